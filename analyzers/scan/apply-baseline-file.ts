import path from "node:path";
import { applyBaseline } from "./apply-baseline.js";
import { readBaselineFile } from "./baseline-file.js";
import type { ProjectScan } from "./scan-project.js";
import type { BaselineSummary } from "./scan-result.js";

/** A scan after a baseline: `findings` holds only the findings the baseline does not accept. */
export interface BaselinedScan extends ProjectScan {
  /** What the baseline accepted (`matched`) and its entries that no longer occur (`stale`). */
  baseline: BaselineSummary;
}

/** Where a baseline file named by a relative path is. */
export interface BaselineFileOptions {
  /** Folder a relative baseline path is resolved against; default `process.cwd()`. */
  cwd?: string;
}

/**
 * Applies a baseline file to a scan, as `pipl-guard scan --baseline <file>` does: the findings the
 * baseline accepts (matched by fingerprint) are dropped, new ones kept, and entries that matched
 * nothing are listed as stale. For a baseline already in memory, use `applyBaseline`.
 *
 * @param file - the baseline file; reported in `baseline.file` as given
 * @throws BaselineError when the file cannot be read, is not JSON or has not the baseline shape,
 *   naming the file, the offending path and the fix.
 */
export function applyBaselineFile(
  scan: ProjectScan,
  file: string,
  options: BaselineFileOptions = {},
): BaselinedScan {
  const baseline = readBaselineFile(path.resolve(options.cwd ?? process.cwd(), file));
  const { fresh, matched, stale } = applyBaseline(scan.findings, baseline);
  return { ...scan, findings: fresh, baseline: { file, matched: matched.length, stale } };
}
