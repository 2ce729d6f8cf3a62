import { htmlReporter } from "./html-reporter.js";
import { jsonReporter } from "./json-reporter.js";
import type { Reporter } from "./reporter.js";
import { sarifReporter } from "./sarif-reporter.js";
import { textReporter } from "./text-reporter.js";

/** The report formats `--format` accepts, by name. */
export const reporters = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  html: htmlReporter,
} as const satisfies Record<string, Reporter>;

/** A `--format` value. */
export type ReportFormat = keyof typeof reporters;
