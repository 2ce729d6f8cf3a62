/*
 * Sink kind → ESLint rule id. The ids are fixed by issue 3 ("Rules (fixed ids)"); the scanner
 * reports under the same ids so a finding means the same thing in the IDE, in CI and in SARIF.
 */
import type { SinkKind } from "./scan-result.js";

/** The rule id reporting PI that reaches a sink of each kind without a lawful basis. */
export const ruleForSinkKind: Readonly<Record<SinkKind, string>> = {
  log: "pipl/no-unconsented-logging",
  export: "pipl/no-unconsented-export",
  transfer: "pipl/no-unconsented-transfer",
};
