import type { SinkKind } from "../sinks/sink-spec.js";
import type { TransferDestination } from "../transfers/transfer-destination.js";
import { noUnconsentedCrossBorder } from "./no-unconsented-cross-border.js";
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
  noUnconsentedCrossBorder,
  validAnnotations,
];

/** The rule reporting PI that reaches a sink of each kind (one rule per kind). */
export const ruleForSinkKind: Readonly<Record<SinkKind, SinkRuleRecord>> = {
  log: noUnconsentedLogging,
  export: noUnconsentedExport,
  transfer: noUnconsentedTransfer,
};

/**
 * The rule that reports a finding: the rule of its sink kind, except a transfer to a recipient
 * outside mainland China, which `pipl/no-unconsented-cross-border` reports instead.
 */
export function ruleForFinding(finding: {
  kind: SinkKind;
  destination?: Pick<TransferDestination, "jurisdiction">;
}): SinkRuleRecord {
  return finding.kind === "transfer" && finding.destination?.jurisdiction === "cross-border"
    ? noUnconsentedCrossBorder
    : ruleForSinkKind[finding.kind];
}
