// Benchmarks `pipl-guard scan` on a generated project of at least 100,000 lines (the ESLint
// bench's generator: models with tagged and named PI, services with sinks, consent checks and
// cross-file helpers), then lints the same project with the plugin's `recommended` config through
// ESLint for the ratio. Goal: the scan under 60 s and under 2 GB peak RSS on the 2-core machine.
// Run after `npm run build` (npm run bench does both). Writes .bench/scan-bench.json.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateProject } from "./eslint-generate-project.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const cli = path.join(root, "dist/analyzers/cli/main.js");
const projectDir = path.join(root, ".bench/scan-project");
const rssFile = path.join(root, ".bench/scan-bench.rss");
const targetLines = Number(process.env.SCAN_BENCH_LINES ?? 100_000);
const goal = { seconds: 60, megabytes: 2048 };

if (!existsSync(cli)) {
  console.error("dist/analyzers/cli/main.js is missing: run `npm run build` first.");
  process.exit(2);
}

function countLines(dir) {
  let lines = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      const sub = countLines(p);
      lines += sub.lines;
      files += sub.files;
    } else if (name.endsWith(".ts")) {
      lines += readFileSync(p, "utf8").split("\n").length;
      files++;
    }
  }
  return { lines, files };
}

// Size the project: generate a sample, then scale the file count to reach the target line count.
generateProject(projectDir, 200);
const sample = countLines(path.join(projectDir, "src"));
const files = Math.ceil((200 * targetLines) / sample.lines);
generateProject(projectDir, files);
const size = countLines(path.join(projectDir, "src"));
console.log(`generated ${size.files} files, ${size.lines} lines in .bench/scan-project`);

function timed(args, extraEnv = {}) {
  mkdirSync(path.dirname(rssFile), { recursive: true });
  const started = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, ...extraEnv },
  });
  return { r, seconds: (performance.now() - started) / 1000 };
}

const reportFile = path.join(root, ".bench/scan-report.json");
rmSync(reportFile, { force: true });
const scan = timed(
  [
    "--import",
    pathToFileURL(path.join(here, "support/record-peak-rss.mjs")).href,
    cli,
    "scan",
    "--project",
    path.join(projectDir, "tsconfig.json"),
    "--format",
    "json",
    "--output",
    reportFile,
  ],
  { PIPL_BENCH_RSS_FILE: rssFile },
);
if ((scan.r.status !== 0 && scan.r.status !== 1) || !existsSync(reportFile)) {
  console.error(`scan failed (exit ${scan.r.status}): ${scan.r.stderr}`);
  process.exit(1);
}
const scanMb = Number(readFileSync(rssFile, "utf8")) / 1024;
const report = JSON.parse(readFileSync(reportFile, "utf8"));

let eslint;
const lintChild = path.join(here, "eslint-lint-child.mjs");
if (existsSync(lintChild) && existsSync(path.join(root, "dist/eslint-plugin/index.js"))) {
  const lint = timed([lintChild, projectDir, "recommended", "shared"]);
  if (lint.r.status === 0) {
    const line = JSON.parse(lint.r.stdout.trim().split("\n").pop());
    eslint = {
      seconds: lint.seconds,
      lintSeconds: line.ms / 1000,
      peakMb: line.maxRssMb,
      reports: line.reports,
    };
  } else
    console.error(`eslint run failed (exit ${lint.r.status}): ${lint.r.stderr.slice(0, 2000)}`);
}

const result = {
  lines: size.lines,
  files: size.files,
  scan: {
    seconds: scan.seconds,
    peakMb: scanMb,
    findings: report.findings.length,
    inventoryCategories: report.inventory.categories.length,
  },
  eslint,
  ratio: eslint ? scan.seconds / eslint.seconds : undefined,
  goalMet: scan.seconds < goal.seconds && scanMb < goal.megabytes,
};
writeFileSync(path.join(root, ".bench/scan-bench.json"), `${JSON.stringify(result, null, 2)}\n`);
const f = (n) => n.toFixed(1);
console.log(
  `pipl-guard scan: ${f(scan.seconds)} s wall, ${f(scanMb)} MB peak RSS, ${report.findings.length} findings`,
);
if (eslint)
  console.log(
    `eslint recommended (typed, shared mode): ${f(eslint.seconds)} s wall (${f(eslint.lintSeconds)} s linting), ${f(eslint.peakMb)} MB peak RSS, ${eslint.reports} reports`,
  );
if (result.ratio !== undefined)
  console.log(`scan / eslint wall-time ratio: ${result.ratio.toFixed(2)}x`);
console.log(
  `goal (< ${goal.seconds} s, < ${goal.megabytes} MB): ${result.goalMet ? "met" : "NOT met"}`,
);
