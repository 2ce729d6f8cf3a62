// Preloaded with `node --import` into a benchmarked process: on exit, writes the process's peak
// resident set size (KiB, from getrusage) to the file named by PIPL_BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.PIPL_BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
