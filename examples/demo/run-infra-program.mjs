// Runs examples/infra the way `pulumi preview` does, without the Pulumi CLI: the TypeScript program
// is transpiled (as the CLI's TypeScript support would) into reports/demo/infra-program/ and run
// in-process against Pulumi's mock monitor in preview mode (test/policies/support/run-program.mjs,
// shared with the policy tests), capturing each registration in the wire form the engine forwards.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { infraDir, reportsDir, repoRoot } from "./paths.mjs";

const require = createRequire(join(repoRoot, "package.json"));

/** Transpile the program's .ts files; returns the URL of the compiled entry point. */
function transpileProgram() {
  const ts = require("typescript");
  const outDir = join(reportsDir, "infra-program");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "package.json"), '{ "type": "module" }\n');
  for (const file of readdirSync(infraDir).filter((f) => f.endsWith(".ts"))) {
    const { outputText } = ts.transpileModule(readFileSync(join(infraDir, file), "utf8"), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
      fileName: file,
    });
    writeFileSync(join(outDir, file.replace(/\.ts$/, ".js")), outputText);
  }
  return pathToFileURL(join(outDir, "index.js")).href;
}

/** Run the program in preview mode; returns the registered resources, providers attached. */
export async function runInfraProgram(stack = "dev") {
  const entry = transpileProgram();
  const { runProgram } = await import(
    pathToFileURL(join(repoRoot, "test/policies/support/run-program.mjs")).href
  );
  return runProgram(() => import(entry), true, { stack });
}
