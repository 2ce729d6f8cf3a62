// Engine time against file size, on generated code: the first 1 MB and the whole 8 MB of the
// TypeScript 3.8 compiler that @pulumi/pulumi vendors (`typescript.js`, tsc's output: a namespace
// wrapper function around everything, and `createChecker`, one function of 1.5 MB). That shape
// made the checker's control-flow analysis quadratic: 8x the size took 170x the time. Goal: at
// most 12x (issue 21). Run after `npm run build`:
//   node test/bench/file-size-bench.mjs [distDir=dist]
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Project } from "ts-morph";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dist = path.resolve(process.argv[2] ?? path.join(root, "dist"));
const load = (rel) => import(pathToFileURL(path.join(dist, rel)).href);
const { loadConfig } = await load("analyzers/config/load-config.js");
const { analyzeSourceFile } = await load("analyzers/engine/analyze-source-file.js");
const goal = 12;

const pulumi = path.dirname(createRequire(import.meta.url).resolve("@pulumi/pulumi/package.json"));
const compiler = readFileSync(path.join(pulumi, "vendor/typescript@3.8.3/typescript.js"), "utf8");

const config = loadConfig({});
const dir = path.join(root, ".bench/file-size");
mkdirSync(dir, { recursive: true });
const times = {};
for (const mb of [1, 8]) {
  // Cut at a line end; the 8 MB cut is the whole file.
  const prefix = compiler.slice(0, mb * 1024 * 1024);
  const text = prefix.length < compiler.length ? prefix.slice(0, prefix.lastIndexOf("\n")) : prefix;
  const file = path.join(dir, `typescript-${mb}mb.js`);
  writeFileSync(file, text);
  const project = new Project({ compilerOptions: { allowJs: true, checkJs: false, noEmit: true } });
  const sourceFile = project.addSourceFileAtPath(file);
  const checker = project.getTypeChecker().compilerObject; // the Program, off the clock
  const started = performance.now();
  analyzeSourceFile(sourceFile, { config, typeChecker: checker });
  times[mb] = performance.now() - started;
  console.log(
    `engine on ${(text.length / 1048576).toFixed(1)} MB of typescript.js: ${times[mb].toFixed(0)} ms`,
  );
}
const ratio = times[8] / times[1];
const met = ratio <= goal;
console.log(
  `8 MB / 1 MB: ${ratio.toFixed(1)}x (goal: at most ${goal}x) ${met ? "met" : "NOT met"}`,
);
process.exit(met ? 0 : 1);
