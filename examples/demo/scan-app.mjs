// Step 2 of the demo: `pipl-guard scan` on examples/app, writing the HTML inventory (the input to a
// PIPL Art. 55 impact assessment) and SARIF, and printing the text report.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { appDir, reportsDir, repoRoot } from "./paths.mjs";
import { bold, dim, green, line, notBuilt, red } from "./print.mjs";

/** The scanner's entry point as package.json's `bin` declares it, if declared and built. */
function scannerEntry() {
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.["pipl-guard"];
  return bin ? join(repoRoot, bin) : undefined;
}

function scan(entry, format, output, locale) {
  const args = [entry, "scan", "--project", join(appDir, "tsconfig.json"), "--format", format];
  args.push("--locale", locale);
  if (output) args.push("--output", output);
  return spawnSync(process.execPath, args, { cwd: repoRoot, encoding: "utf8" });
}

/** Scan the example app; returns false when the scanner is absent or failed. */
export function scanApp({ locale = "en" } = {}) {
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
  const text = scan(entry, "text", undefined, locale);
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
  const written = [];
  for (const [format, file] of [
    ["html", "inventory.html"],
    ["sarif", "pipl-guard.sarif"],
    ["json", "pipl-guard.json"],
  ]) {
    const out = join(reportsDir, file);
    const run = scan(entry, format, out, locale);
    if ((run.status === 0 || run.status === 1) && existsSync(out)) {
      written.push(`Report (${format}): ${relative(repoRoot, out)}`);
    } else {
      line(red(`--format ${format} failed (exit ${run.status}): ${run.stderr.trim()}`));
    }
  }
  summarise(join(reportsDir, "pipl-guard.json"), text.stdout);
  compareWithLint(join(reportsDir, "pipl-guard.json"), join(reportsDir, "eslint.json"));
  line();
  for (const w of written) line(w);
  return true;
}

/**
 * Whether the lint of step 1 and this scan report the same finding sites (file, line, column,
 * rule): the rules follow helpers of other modules as the scanner does, so an editor shows what CI
 * will report. Prints the difference, which should be none.
 */
function compareWithLint(scanFile, lintFile) {
  if (!existsSync(scanFile) || !existsSync(lintFile)) return;
  const report = JSON.parse(readFileSync(scanFile, "utf8"));
  const scanned = new Set(
    (report.findings ?? []).map(
      (f) =>
        `${relative(appDir, resolve(report.root ?? repoRoot, f.range.file))}:${f.range.line}:` +
        `${f.range.column} ${f.ruleId}`,
    ),
  );
  const linted = new Set(
    JSON.parse(readFileSync(lintFile, "utf8")).flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId && m.ruleId !== "pipl/valid-annotations")
        .map((m) => `${relative(appDir, r.filePath)}:${m.line}:${m.column} ${m.ruleId}`),
    ),
  );
  const scanOnly = [...scanned].filter((k) => !linted.has(k));
  const lintOnly = [...linted].filter((k) => !scanned.has(k));
  line();
  if (scanOnly.length === 0 && lintOnly.length === 0) {
    line(
      `${green("✔")} Lint and scan agree on all ${scanned.size} finding sites (file, line, column, rule).`,
    );
    return;
  }
  line(
    `${red("✖")} Lint and scan differ: ${scanOnly.length} site(s) only the scan reports, ` +
      `${lintOnly.length} only the lint reports.`,
  );
  for (const k of scanOnly.slice(0, 5)) line(dim(`  scan only: ${k}`));
  for (const k of lintOnly.slice(0, 5)) line(dim(`  lint only: ${k}`));
}

/**
 * A short summary from the JSON report (analyzers/docs/scan-json.md): findings by rule, and the
 * inventory per category (the input to a PIPL Art. 55 impact assessment). Falls back to the head
 * of the text report when the JSON is not there.
 */
function summarise(jsonFile, textReport) {
  if (!existsSync(jsonFile)) {
    for (const l of textReport.trimEnd().split("\n").slice(0, 30)) line(l);
    return;
  }
  const report = JSON.parse(readFileSync(jsonFile, "utf8"));
  const findings = report.findings ?? [];
  line(
    `${report.filesScanned} files scanned; ${findings.length} findings (one per field and sink).`,
  );
  const byRule = new Map();
  for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  for (const [rule, n] of [...byRule].sort()) line(`${rule}: ${n}`);
  line();
  line(bold("Inventory (input to a PIPL Art. 55 impact assessment): flows per category"));
  const header = ["category", "sensitivity", "sources", "unprotected", "consented", "lawful basis"];
  line(dim(`${header[0].padEnd(24)} ${header[1].padEnd(11)} ${header.slice(2).join("  ")}`));
  for (const c of report.inventory?.categories ?? []) {
    const count = (status) => (c.flows ?? []).filter((f) => f.status === status).length;
    const cells = [
      c.sources?.length ?? 0,
      count("unprotected"),
      count("consented"),
      count("lawful-basis"),
    ];
    const sensitivity = report.categories?.[c.category]?.sensitivity ?? "";
    line(
      `${c.category.padEnd(24)} ${sensitivity.padEnd(11)} ` +
        cells.map((n, i) => String(n).padStart(header[i + 2].length)).join("  "),
    );
  }
  for (const b of report.inventory?.declaredBases ?? []) {
    line(dim(`@pipl-basis ${b.basis} on ${b.functionName} (${b.file}:${b.line}): ${b.reason}`));
  }
  const abroad = report.inventory?.crossBorder ?? [];
  if (abroad.length === 0) return;
  line();
  line(
    bold("Recipients outside mainland China (PIPL Arts. 38-39; for the CAC filing and Art. 55)"),
  );
  for (const r of abroad) {
    const mechanisms = r.mechanisms.length > 0 ? r.mechanisms.join(", ") : "none declared";
    const calls = new Set(r.sites.map((s) => `${s.file}:${s.line}`)).size;
    line(
      `${r.recipient}: ${r.categories.join(", ")}; ${calls} call site${calls === 1 ? "" : "s"}; ` +
        `consent: ${r.consented}; mechanism: ${mechanisms}`,
    );
  }
}
