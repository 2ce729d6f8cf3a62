import type { ScanResult } from "../scan/scan-result.js";

/** Options every reporter accepts. */
export interface ReportOptions {
  /** Use ANSI colours (text only). The CLI decides: a TTY without NO_COLOR. */
  color: boolean;
}

/** A pure function from a scan result to the report's text: same input, byte-identical output. */
export type Reporter = (result: ScanResult, options: ReportOptions) => string;
