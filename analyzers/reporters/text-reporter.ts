import { createColors } from "picocolors";
import type { ScanResult } from "../scan/scan-result.js";
import { reportLabels } from "./report-labels.js";
import type { Reporter } from "./reporter.js";

/**
 * Human-readable report grouped by file (eslint "stylish" layout): one line per finding with its
 * position, message and rule, then the flow from source to sink, then a summary.
 */
export const textReporter: Reporter = (result: ScanResult, { color }) => {
  const c = createColors(color);
  const labels = reportLabels[result.locale];
  const out: string[] = [];
  let file: string | undefined;
  for (const f of result.findings) {
    if (f.range.file !== file) {
      if (file !== undefined) out.push("");
      file = f.range.file;
      out.push(c.underline(file));
    }
    const pos = c.dim(`${f.range.line}:${f.range.column}`.padEnd(8));
    out.push(`  ${pos}${c.red("error")}  ${f.message}  ${c.dim(f.ruleId)}`);
    if (f.flow.length > 1) {
      const steps = f.flow.map((s) => `${s.label} (${s.file}:${s.line}:${s.column})`);
      out.push(`          ${c.dim(steps.join(" → "))}`);
    }
  }
  if (result.findings.length > 0) out.push("");
  const count = result.findings.length;
  const summary =
    count === 0
      ? c.green(labels.noFindings)
      : c.red(c.bold(`✖ ${count} ${labels.findings.toLowerCase()}`));
  const extra = [`${result.filesScanned} ${labels.filesScanned}`];
  if (result.baseline) extra.push(`${result.baseline.matched} ${labels.baselined}`);
  out.push(`${summary} ${c.dim(`(${extra.join(", ")})`)}`);
  const stale = result.baseline?.stale ?? [];
  if (stale.length > 0) {
    out.push("", c.yellow(`${labels.staleEntries} (${stale.length}):`));
    for (const e of stale) {
      out.push(
        `  ${e.file}  ${e.fieldPath}  ${e.category}  ${c.dim(e.ruleId)}  ${c.dim(e.fingerprint)}`,
      );
    }
    out.push(c.dim(labels.staleNote));
  }
  return `${out.join("\n")}\n`;
};
