// Runs examples/infra the way `pulumi preview` does, without the Pulumi CLI: the TypeScript program
// is transpiled (as the CLI's TypeScript support would) into reports/demo/infra-program/ and run
// in-process against Pulumi's mock monitor in preview mode, capturing each registration in the
// wire form the engine forwards to policy packs. Same approach as the policy tests'
// test/policies/support/run-program.ts, in plain JavaScript so the demo needs no TypeScript loader.
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

function entries(map) {
  const out = [];
  const it = map.entries();
  for (let n = it.next(); !n.done; n = it.next()) out.push(n.value);
  return out;
}

/** Run the program in preview mode; returns the registered resources, providers attached. */
export async function runInfraProgram(stack = "dev") {
  const entry = transpileProgram();
  const pulumi = require("@pulumi/pulumi");
  const { MockMonitor } = require("@pulumi/pulumi/runtime/mocks.js");
  const captured = [];
  const mocks = {
    // Preview: ids and outputs of new resources are unknown, as during `pulumi preview`.
    newResource: (args) => ({ id: "", state: { ...args.inputs } }),
    call: (args) => args.inputs,
  };
  class CapturingMonitor extends MockMonitor {
    async registerResource(req, cb) {
      await super.registerResource(req, (err, resp) => {
        if (!err && resp) {
          captured.push({
            type: req.getType(),
            name: req.getName(),
            urn: resp.getUrn(),
            custom: req.getCustom(),
            providerRef: req.getProvider(),
            properties: req.getObject()?.toJavaScript() ?? {},
            ...(req.getParent() ? { parent: req.getParent() } : {}),
            dependencies: req.getDependenciesList(),
            propertyDependencies: Object.fromEntries(
              entries(req.getPropertydependenciesMap()).map(([k, v]) => [k, v.getUrnsList()]),
            ),
          });
        }
        cb(err, resp);
      });
    }
  }
  pulumi.runtime.setMockOptions(new CapturingMonitor(mocks), "infra", stack, true);
  await pulumi.runtime.awaitFeatureSupport();
  await import(entry);
  await pulumi.runtime.waitForRPCs();
  const providers = new Map(
    captured.filter((r) => r.type.startsWith("pulumi:providers:")).map((p) => [p.urn, p]),
  );
  for (const r of captured) {
    const p = providers.get(r.providerRef.split("::").slice(0, -1).join("::"));
    if (p) r.provider = { type: p.type, urn: p.urn, name: p.name, properties: p.properties ?? {} };
  }
  return captured;
}
