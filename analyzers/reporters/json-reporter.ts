import type { Reporter } from "./reporter.js";

/** The version of the JSON report's shape (docs/scan-json.md); bumped on incompatible changes. */
export const scanJsonFormatVersion = 1;

/** The scan result as JSON, documented in `analyzers/docs/scan-json.md`. */
export const jsonReporter: Reporter = (result) =>
  `${JSON.stringify({ formatVersion: scanJsonFormatVersion, ...result }, null, 2)}\n`;
