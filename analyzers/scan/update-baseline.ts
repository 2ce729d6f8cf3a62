import type { BaselineEntry, BaselineFile } from "./baseline-file.js";
import type { ReportedFinding } from "./scan-result.js";

/**
 * The baseline that accepts exactly the current findings, keeping the reason of every entry that
 * still occurs (reasons are written by people; an update must not lose them).
 */
export function updateBaseline(
  findings: readonly ReportedFinding[],
  previous: BaselineFile | undefined,
): BaselineFile {
  const reasons = new Map(
    (previous?.entries ?? []).flatMap((e) =>
      e.reason === undefined ? [] : [[e.fingerprint, e.reason] as const],
    ),
  );
  const entries: BaselineEntry[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    const reason = reasons.get(f.fingerprint);
    entries.push({
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      category: f.category,
      file: f.range.file,
      fieldPath: f.fieldPath,
      sink: f.sink.id,
      ...(reason === undefined ? {} : { reason }),
    });
  }
  return { version: 1, tool: "pipl-guard", entries };
}
