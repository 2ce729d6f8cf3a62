import { createColors } from "picocolors";
import type { ScanResult } from "../scan/scan-result.js";
import { reportLabels } from "./report-labels.js";
import type { Reporter } from "./reporter.js";

// Continuation lines start under the message ("  12:5    error  ").
const indent = " ".repeat(17);

/**
 * Human-readable report grouped by file (eslint "stylish" layout): one line per finding with its
 * position, message and rule, then the flow from source to sink, then a summary, the files not
 * analysed (over the size limit) and the stale baseline entries.
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
    // Messages are several lines (header, one line per field, fix): rule id on the first.
    const [head = "", ...rest] = f.message.split("\n");
    const level = f.confidence === "medium" ? c.yellow("warn ") : c.red("error");
    out.push(`  ${pos}${level}  ${head}  ${c.dim(f.ruleId)}`);
    for (const line of rest) out.push(`${indent}${line}`);
    if (f.via)
      out.push(
        `${indent}${c.dim(`${labels.via} ${f.via.callee} (${f.via.file}:${f.via.line}:${f.via.column})`)}`,
      );
    if (f.flow.length > 1) {
      const steps = f.flow.map((s) => `${s.label} (${s.file}:${s.line}:${s.column})`);
      out.push(`${indent}${c.dim(steps.join(" → "))}`);
    }
  }
  if (result.findings.length > 0) out.push("");
  const count = result.findings.length;
  const summary =
    count === 0
      ? c.green(labels.noFindings)
      : c.red(c.bold(`✖ ${count} ${count === 1 ? labels.finding : labels.findings.toLowerCase()}`));
  const files = result.filesScanned;
  const extra = [`${files} ${files === 1 ? labels.fileScanned : labels.filesScanned}`];
  const notAnalysed = result.notAnalysed ?? [];
  if (notAnalysed.length > 0) extra.push(`${notAnalysed.length} ${labels.notAnalysedCount}`);
  if (result.vendored) extra.push(`${result.vendored} ${labels.vendoredSkipped}`);
  if (result.baseline) extra.push(`${result.baseline.matched} ${labels.baselined}`);
  out.push(`${summary} ${c.dim(`(${extra.join(", ")})`)}`);
  if (notAnalysed.length > 0) {
    out.push("", c.yellow(`${labels.notAnalysed} (${notAnalysed.length}):`));
    for (const n of notAnalysed) out.push(`  ${n.file}  ${c.dim(n.message)}`);
  }
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
