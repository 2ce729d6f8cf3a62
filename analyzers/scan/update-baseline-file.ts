import { existsSync } from "node:fs";
import path from "node:path";
import type { BaselineFileOptions, BaselinedScan } from "./apply-baseline-file.js";
import { readBaselineFile, writeBaselineFile, type BaselineFile } from "./baseline-file.js";
import type { ProjectScan } from "./scan-project.js";
import { updateBaseline } from "./update-baseline.js";

/** What `updateBaselineFile` wrote, and the scan as the baseline now sees it. */
export interface BaselineUpdate {
  /** The baseline written: one entry per distinct finding. */
  written: BaselineFile;
  /** The scan with every finding accepted: no `findings` left, none stale. */
  scan: BaselinedScan;
}

/**
 * Writes the baseline that accepts every finding of the scan, as `pipl-guard scan --baseline
 * <file> --update-baseline` does, keeping the `reason` of each entry of the existing file that
 * still occurs; entries whose code is gone are dropped. Creates the file and its folders if needed.
 *
 * @param file - the baseline file; reported in `scan.baseline.file` as given
 * @throws BaselineError when an existing file cannot be read or has not the baseline shape (it is
 *   left as it is); the file system's error (`code` `EACCES`, `EISDIR`…) when it cannot be written.
 */
export function updateBaselineFile(
  scan: ProjectScan,
  file: string,
  options: BaselineFileOptions = {},
): BaselineUpdate {
  const resolved = path.resolve(options.cwd ?? process.cwd(), file);
  const previous = existsSync(resolved) ? readBaselineFile(resolved) : undefined;
  const written = updateBaseline(scan.findings, previous);
  writeBaselineFile(resolved, written);
  return {
    written,
    scan: {
      ...scan,
      findings: [],
      baseline: { file, matched: scan.findings.length, stale: [] },
    },
  };
}
