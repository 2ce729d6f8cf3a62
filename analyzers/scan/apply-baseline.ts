import type { BaselineFile } from "./baseline-file.js";
import type { ReportedFinding, StaleBaselineEntry } from "./scan-result.js";

/** Findings split by a baseline. */
export interface BaselineComparison {
  /** Findings no baseline entry accepts. */
  fresh: ReportedFinding[];
  /** Findings a baseline entry accepts. */
  matched: ReportedFinding[];
  /** Entries that matched nothing: the code was fixed or removed, so the entry can go. */
  stale: StaleBaselineEntry[];
}

/** Splits findings into new and accepted ones by fingerprint, and lists entries that no longer occur. */
export function applyBaseline(
  findings: readonly ReportedFinding[],
  baseline: BaselineFile,
): BaselineComparison {
  const accepted = new Set(baseline.entries.map((e) => e.fingerprint));
  const present = new Set(findings.map((f) => f.fingerprint));
  return {
    fresh: findings.filter((f) => !accepted.has(f.fingerprint)),
    matched: findings.filter((f) => accepted.has(f.fingerprint)),
    stale: baseline.entries
      .filter((e) => !present.has(e.fingerprint))
      .map((e) => ({
        fingerprint: e.fingerprint,
        ruleId: e.ruleId,
        category: e.category,
        file: e.file,
        fieldPath: e.fieldPath,
        ...(e.reason === undefined ? {} : { reason: e.reason }),
      })),
  };
}
