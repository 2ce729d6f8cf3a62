// Times the engine alone on the ESLint bench's generated project, for iterating on engine speed:
//   node test/bench/engine-time.mjs [files=300] [distDir=dist]
// The Program is built before the clock starts, so the figure is the analysis plus the type
// checking it triggers, without parsing, ESLint or module loading. Far less noisy than the ESLint
// bench on a shared machine; pass another build's dist/ (e.g. of `git archive HEAD`) to compare.
// Not a `*-bench.mjs`: it has no goal, so `npm run bench` does not run it.
import { existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Project } from "ts-morph";
import { generateProject } from "./eslint-generate-project.mjs";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const size = Number(process.argv[2] ?? 300);
const dist = path.resolve(process.argv[3] ?? path.join(repoRoot, "dist"));
const load = (rel) => import(pathToFileURL(path.join(dist, rel)).href);
if (!existsSync(path.join(dist, "analyzers/engine/analyze-source-file.js"))) {
  console.error(
    `${dist}/analyzers/engine/analyze-source-file.js is missing: run \`npm run build\`.`,
  );
  process.exit(1);
}
const { loadConfig } = await load("analyzers/config/load-config.js");
const { analyzeSourceFile } = await load("analyzers/engine/analyze-source-file.js");

const dir = path.join(repoRoot, ".bench", "eslint", `project-${size}`);
if (!existsSync(path.join(dir, "tsconfig.json"))) generateProject(dir, size);
const project = new Project({ tsConfigFilePath: path.join(dir, "tsconfig.json") });
const checker = project.getTypeChecker().compilerObject; // builds the Program, off the clock
const files = project.getSourceFiles().filter((f) => !f.isDeclarationFile());
const config = loadConfig({});

const started = performance.now();
const cpu = process.cpuUsage();
let findings = 0;
for (const file of files)
  findings += analyzeSourceFile(file, { config, typeChecker: checker }).findings.length;
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    files: files.length,
    ms: Math.round(performance.now() - started),
    cpuMs: Math.round((used.user + used.system) / 1000),
    findings,
  }),
);
