import type { ReportedFinding } from "./scan-result.js";

/**
 * Total order on findings: file, line, column, rule, category, field path, sink, fingerprint.
 * Every reporter prints in this order so two scans of the same code give byte-identical reports.
 */
export function compareFindings(a: ReportedFinding, b: ReportedFinding): number {
  return (
    cmp(a.range.file, b.range.file) ||
    a.range.line - b.range.line ||
    a.range.column - b.range.column ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.category, b.category) ||
    cmp(a.fieldPath, b.fieldPath) ||
    cmp(a.sink.id, b.sink.id) ||
    cmp(a.fingerprint, b.fingerprint)
  );
}

// Code-unit order, not localeCompare: the order must not depend on the machine's locale.
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
