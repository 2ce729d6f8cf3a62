// Step 2 of the demo: `pipl-guard scan` on examples/app, writing the HTML inventory (the input to a
// PIPL Art. 55 impact assessment) and SARIF, and printing the text report.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { appDir, reportsDir, repoRoot } from "./paths.mjs";
import { line, notBuilt, red } from "./print.mjs";

/** The scanner's entry point as package.json's `bin` declares it, if declared and built. */
function scannerEntry() {
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.["pipl-guard"];
  return bin ? join(repoRoot, bin) : undefined;
}

function scan(entry, format, output) {
  const args = [entry, "scan", "--project", join(appDir, "tsconfig.json"), "--format", format];
  if (output) args.push("--output", output);
  return spawnSync(process.execPath, args, { cwd: repoRoot, encoding: "utf8" });
}

/** Scan the example app; returns false when the scanner is absent or failed. */
export function scanApp() {
  const entry = scannerEntry();
  if (!entry || !existsSync(entry)) {
    notBuilt(
      "Scanner",
      entry ? relative(repoRoot, entry) : 'a "pipl-guard" bin in package.json',
      "Run `npm run build` once the scanner's sources exist in analyzers/cli/.",
    );
    return false;
  }
  mkdirSync(reportsDir, { recursive: true });
  const text = scan(entry, "text");
  // Exit code 1 means "findings", which is what this example exists to show; Node also exits 1
  // when the program crashes, which leaves a stack on stderr and no report on stdout.
  const crashed = text.status === 1 && text.stdout.trim() === "" && /Error/.test(text.stderr);
  if (crashed && /ERR_MODULE_NOT_FOUND/.test(text.stderr)) {
    notBuilt("Scanner", "a module of its build", "The build is incomplete: run `npm run build`.");
    return false;
  }
  if ((text.status !== 0 && text.status !== 1) || crashed) {
    line(red(`pipl-guard scan failed (exit ${text.status}):`));
    for (const l of (text.stderr || text.stdout).trim().split("\n")) line(l);
    return false;
  }
  for (const l of text.stdout.trimEnd().split("\n").slice(0, 40)) line(l);
  for (const [format, file] of [
    ["html", "inventory.html"],
    ["sarif", "pipl-guard.sarif"],
    ["json", "pipl-guard.json"],
  ]) {
    const out = join(reportsDir, file);
    const run = scan(entry, format, out);
    if ((run.status === 0 || run.status === 1) && existsSync(out)) {
      line(`Report (${format}): ${relative(repoRoot, out)}`);
    } else {
      line(red(`--format ${format} failed (exit ${run.status}): ${run.stderr.trim()}`));
    }
  }
  return true;
}
