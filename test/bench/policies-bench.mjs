// Benchmarks the pipl-guard policy pack the way the engine runs it (see
// test/policies/support/pack-harness.mjs):
//  1. spawn → ready (port printed) for our pack vs @pulumi/awsguard, alternating, median ratio
//     (goal ≤ 0.6×). awsguard is installed by this script into .bench/awsguard, never as a project
//     dependency; it loads @pulumi/aws at run time, which is what pipl-guard avoids.
//  2. per-Analyze latency over the gRPC service;
//  3. AnalyzeStack on a generated 10,000-resource stack (goal < 2 s).
// Run after `npm run build` (npm run bench does both). Prints a table; writes .bench/policies-bench.json.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startPack } from "../policies/support/pack-harness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ourPack = path.join(root, "policies");
const scratch = path.join(root, ".bench/awsguard");
const awsguardPack = path.join(scratch, "pack");
// A pack with one no-op policy on stock @pulumi/policy (whose index loads the whole @pulumi/pulumi
// index, Automation API included; our bundle does not, see policies/bundle-pack.mjs).
const floorPack = path.join(root, ".bench/floor-pack");
// The runner alone: run-policy-pack (which always loads TypeScript and ts-node) and a main that
// only prints a port line. No pack can start faster than this.
const runnerPack = path.join(root, ".bench/runner-only-pack");
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);

if (!existsSync(path.join(root, "dist/policies/pack.cjs"))) {
  console.error(
    "dist/policies/pack.cjs is missing: run `npm run build` first (npm run bench does).",
  );
  process.exit(2);
}

function installAwsguard() {
  if (existsSync(path.join(scratch, "node_modules/@pulumi/awsguard/package.json"))) return;
  mkdirSync(scratch, { recursive: true });
  console.error("installing @pulumi/awsguard into .bench/awsguard (once)…");
  // Pin the Pulumi SDKs to the versions this project runs, so both packs start on the same runtime.
  execFileSync(
    "npm",
    [
      "install",
      "--prefix",
      scratch,
      "--no-audit",
      "--no-fund",
      "--no-save",
      "@pulumi/awsguard@0.3.1",
      "@pulumi/pulumi@3.248.0",
      "@pulumi/policy@1.21.0",
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
}

function writeFloorPack() {
  mkdirSync(floorPack, { recursive: true });
  writeFileSync(
    path.join(floorPack, "package.json"),
    JSON.stringify({ name: "floor-bench", version: "0.0.1", main: "index.js" }),
  );
  writeFileSync(
    path.join(floorPack, "index.js"),
    'const { PolicyPack } = require("@pulumi/policy");\nnew PolicyPack("floor", { policies: [{ name: "noop", description: "no-op", validateResource: () => {} }] });\n',
  );
}

function writeAwsguardPack() {
  mkdirSync(awsguardPack, { recursive: true });
  writeFileSync(
    path.join(awsguardPack, "package.json"),
    JSON.stringify({ name: "awsguard-bench", version: "0.0.1", main: "index.js" }),
  );
  writeFileSync(path.join(awsguardPack, "PulumiPolicy.yaml"), "runtime: nodejs\n");
  writeFileSync(
    path.join(awsguardPack, "index.js"),
    'const { AwsGuard } = require("@pulumi/awsguard");\nnew AwsGuard({ all: "mandatory" });\n',
  );
}

function writeRunnerOnlyPack() {
  mkdirSync(runnerPack, { recursive: true });
  writeFileSync(
    path.join(runnerPack, "package.json"),
    JSON.stringify({ name: "runner-only-bench", version: "0.0.1", main: "index.js" }),
  );
  writeFileSync(
    path.join(runnerPack, "index.js"),
    'process.stdout.write("1\\n");\nsetInterval(() => {}, 60000);\n',
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function readyTime(packDir) {
  const pack = await startPack({ packDir, stackConfig: { "aws:region": "cn-north-1" } });
  const ms = pack.readyMs;
  await pack.close();
  return ms;
}

async function startup() {
  installAwsguard();
  writeAwsguardPack();
  writeFloorPack();
  writeRunnerOnlyPack();
  const ours = [];
  const theirs = [];
  const floor = [];
  const runner = [];
  await readyTime(ourPack); // warm the file-system cache for both before measuring
  await readyTime(awsguardPack);
  for (let i = 0; i < rounds; i++) {
    ours.push(await readyTime(ourPack));
    theirs.push(await readyTime(awsguardPack));
    floor.push(await readyTime(floorPack));
    runner.push(await readyTime(runnerPack));
  }
  // Also the median of per-round ratios: each round runs both packs back to back, so it cancels
  // most of the load that other processes put on the machine during the run.
  const perRound = median(ours.map((o, i) => o / theirs[i]));
  return { ours, theirs, floor, runner, ratio: median(ours) / median(theirs), perRound };
}

const provider = {
  type: "pulumi:providers:aws",
  urn: "urn:pulumi:dev::bench::pulumi:providers:aws::cn",
  name: "cn",
  properties: { region: "cn-north-1" },
};
const urn = (type, name) => `urn:pulumi:dev::bench::${type}::${name}`;

async function analyzeLatency(pack) {
  const samples = [];
  const types = [
    ["aws:rds/instance:Instance", { storageEncrypted: false, tags: { pipl: "resident-id" } }],
    ["aws:ebs/volume:Volume", { encrypted: true, tags: { pipl: "phone" } }],
    ["alicloud:oss/bucket:Bucket", { tags: { pipl: "face" } }],
    ["aws:lambda/function:Function", { runtime: "nodejs20.x" }],
  ];
  for (let i = 0; i < 1000; i++) {
    const [type, properties] = types[i % types.length];
    const t = process.hrtime.bigint();
    await pack.analyze({ type, urn: urn(type, `r${i}`), name: `r${i}`, properties, provider });
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return {
    n: samples.length,
    p50: pct(samples, 50),
    p95: pct(samples, 95),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
  };
}

/** 10,000 resources: tagged buckets with SSE configs, replication, RDS instances, DynamoDB tables, untagged noise. */
function generatedStack(n = 10_000) {
  const out = [];
  const oregon = {
    ...provider,
    urn: `${provider.urn}-us`,
    name: "us",
    properties: { region: "us-west-2" },
  };
  for (let i = 0; out.length < n; i++) {
    const b = {
      type: "aws:s3/bucket:Bucket",
      urn: urn("aws:s3/bucket:Bucket", `b${i}`),
      name: `b${i}`,
      properties: { bucket: `b${i}-x`, tags: { pipl: "resident-id,phone" } },
      provider,
    };
    const sseType =
      "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
    const sse = {
      type: sseType,
      urn: urn(sseType, `s${i}`),
      name: `s${i}`,
      properties: {
        bucket: `b${i}-x`,
        rules: [
          { applyServerSideEncryptionByDefault: { sseAlgorithm: i % 10 ? "aws:kms" : "none" } },
        ],
      },
      provider,
      dependencies: [b.urn],
      propertyDependencies: { bucket: [b.urn] },
    };
    const dest = {
      type: "aws:s3/bucket:Bucket",
      urn: urn("aws:s3/bucket:Bucket", `d${i}`),
      name: `d${i}`,
      properties: { bucket: `d${i}-x` },
      provider: i % 7 ? provider : oregon,
    };
    const repType = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
    const rep = {
      type: repType,
      urn: urn(repType, `p${i}`),
      name: `p${i}`,
      properties: {
        bucket: `b${i}-x`,
        rules: [{ destination: { bucket: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } }],
      },
      provider,
      dependencies: [b.urn, dest.urn],
      propertyDependencies: { bucket: [b.urn], rules: [dest.urn] },
    };
    const db = {
      type: "aws:rds/instance:Instance",
      urn: urn("aws:rds/instance:Instance", `db${i}`),
      name: `db${i}`,
      properties: { identifier: `db${i}`, storageEncrypted: true, tags: { pipl: "bank-account" } },
      provider,
    };
    const table = {
      type: "aws:dynamodb/table:Table",
      urn: urn("aws:dynamodb/table:Table", `t${i}`),
      name: `t${i}`,
      properties: {
        serverSideEncryption: { enabled: true },
        replicas: [{ regionName: i % 5 ? "cn-northwest-1" : "ap-east-1" }],
        tags: { pipl: "phone" },
      },
      provider,
    };
    const noise = {
      type: "aws:lambda/function:Function",
      urn: urn("aws:lambda/function:Function", `f${i}`),
      name: `f${i}`,
      properties: { runtime: "nodejs20.x" },
      provider,
    };
    out.push(b, sse, dest, rep, db, table, noise);
  }
  return out.slice(0, n);
}

/**
 * CPU time (user + system, all threads) of a process in ms, from /proc on Linux, else undefined.
 * Unlike wall time it hardly grows when other processes load the machine.
 */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

async function analyzeStack(pack) {
  const resources = generatedStack();
  const times = [];
  const cpu = [];
  const encode = [];
  let violations = 0;
  for (let i = 0; i < 3; i++) {
    const before = cpuMs(pack.child.pid);
    const { diagnostics, encodeMs, rpcMs } = await pack.analyzeStack(resources);
    const after = cpuMs(pack.child.pid);
    times.push(rpcMs);
    if (before !== undefined && after !== undefined) cpu.push(after - before);
    encode.push(encodeMs);
    violations = diagnostics.length;
  }
  return {
    resources: resources.length,
    violations,
    ms: times,
    median: median(times),
    cpuMs: cpu,
    cpuMedian: cpu.length > 0 ? median(cpu) : undefined,
    encodeMedian: median(encode),
  };
}

const s = await startup();
const pack = await startPack({ packDir: ourPack, stackConfig: { "aws:region": "cn-north-1" } });
const latency = await analyzeLatency(pack);
const stack = await analyzeStack(pack);
await pack.close();

const result = {
  date: new Date().toISOString(),
  node: process.version,
  startup: {
    rounds,
    oursMs: s.ours,
    awsguardMs: s.theirs,
    floorMs: s.floor,
    oursMedianMs: median(s.ours),
    awsguardMedianMs: median(s.theirs),
    floorMedianMs: median(s.floor),
    runnerOnlyMs: s.runner,
    runnerOnlyMedianMs: median(s.runner),
    ratio: s.ratio,
    perRoundRatioMedian: s.perRound,
    floorRatio: median(s.floor) / median(s.theirs),
    runnerOnlyRatio: median(s.runner) / median(s.theirs),
    goal: 0.6,
  },
  analyze: latency,
  analyzeStack: { ...stack, goalMs: 2000 },
};
mkdirSync(path.join(root, ".bench"), { recursive: true });
writeFileSync(path.join(root, ".bench/policies-bench.json"), JSON.stringify(result, null, 2));
const f = (x) => x.toFixed(1);
console.log("policies bench (spawn→ready as the engine runs packs; gRPC over loopback)");
console.log(
  `  start-up   pipl-guard median ${f(result.startup.oursMedianMs)} ms vs @pulumi/awsguard ${f(result.startup.awsguardMedianMs)} ms → ratio ${result.startup.ratio.toFixed(2)}× (goal ≤ 0.60×) ${result.startup.ratio <= 0.6 ? "OK" : "MISSED"}`,
);
console.log(
  `  a no-op pack on stock @pulumi/policy ${f(result.startup.floorMedianMs)} ms → ${result.startup.floorRatio.toFixed(2)}× awsguard; the runner alone (run-policy-pack, TypeScript, ts-node) ${f(result.startup.runnerOnlyMedianMs)} ms → ${result.startup.runnerOnlyRatio.toFixed(2)}×`,
);
console.log(
  `  (${rounds} alternating rounds; median of per-round ratios ${result.startup.perRoundRatioMedian.toFixed(2)}×; set BENCH_ROUNDS for more)`,
);
console.log(
  `  Analyze    ${latency.n} calls: p50 ${f(latency.p50)} ms, p95 ${f(latency.p95)} ms, mean ${f(latency.mean)} ms`,
);
console.log(
  `  AnalyzeStack ${stack.resources} resources: median ${f(stack.median)} ms in the pack (runs ${stack.ms.map(f).join(", ")}; + ${f(stack.encodeMedian)} ms for this client to encode the request), ${stack.violations} violations (goal < 2000 ms) ${stack.median < 2000 ? "OK" : "MISSED"}`,
);
if (stack.cpuMedian !== undefined)
  console.log(
    `               pack CPU time per call: median ${f(stack.cpuMedian)} ms (${stack.cpuMs.map(f).join(", ")}; all threads, GC included)`,
  );
