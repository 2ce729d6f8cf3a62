// `npm run bench`: run every test/bench/*-bench.mjs in its own Node process, one after another
// (benchmarks must not compete for the CPU), and fail if any fails. Record what it prints, dated,
// with the machine, in docs/performance.md.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.dirname(fileURLToPath(import.meta.url));
const benches = readdirSync(dir)
  .filter((f) => f.endsWith("-bench.mjs"))
  .sort();
let failed = 0;
for (const bench of benches) {
  console.log(`\n▶ ${bench}`);
  const r = spawnSync(process.execPath, [path.join(dir, bench)], { stdio: "inherit" });
  if (r.status !== 0) {
    failed++;
    console.error(`✖ ${bench} exited with ${r.status ?? r.signal}`);
  }
}
process.exit(failed ? 1 : 0);
