import type { SinkKind } from "../sinks/sink-spec.js";
import { noUnconsentedExport } from "./no-unconsented-export.js";
import { noUnconsentedLogging } from "./no-unconsented-logging.js";
import { noUnconsentedTransfer } from "./no-unconsented-transfer.js";
import type { RuleRecord, SinkRuleRecord } from "./rule-record.js";
import { validAnnotations } from "./valid-annotations.js";

/** Every rule, in the order reports list them. */
export const ruleRecords: readonly RuleRecord[] = [
  noUnconsentedLogging,
  noUnconsentedExport,
  noUnconsentedTransfer,
  validAnnotations,
];

/** The rule reporting PI that reaches a sink of each kind (one rule per kind). */
export const ruleForSinkKind: Readonly<Record<SinkKind, SinkRuleRecord>> = {
  log: noUnconsentedLogging,
  export: noUnconsentedExport,
  transfer: noUnconsentedTransfer,
};
