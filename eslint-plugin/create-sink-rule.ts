import type { SinkRuleRecord } from "../analyzers/rules/rule-record.js";
import { createRule } from "./create-rule.js";
import { createSinkListener } from "./create-sink-listener.js";
import { defaultRuleOptions, ruleOptionsSchema, type Options } from "./rule-options.js";
import { sinkRuleMessages, type MessageIds } from "./sink-rule-messages.js";

/**
 * The ESLint rule of a sink rule record: `meta` from the record (one wording for the IDE and the
 * scanner's SARIF), the listener shared by the sink rules for the record's sink kind.
 */
export function createSinkRule(
  record: SinkRuleRecord,
): ReturnType<typeof createRule<Options, MessageIds>> {
  return createRule<Options, MessageIds>({
    name: record.name,
    meta: {
      type: "problem",
      docs: {
        description: record.description.en,
        recommended: record.recommended,
        ...(record.recommendedLevel ? { recommendedLevel: record.recommendedLevel } : {}),
        requiresTypeChecking: true,
      },
      hasSuggestions: true,
      schema: ruleOptionsSchema,
      defaultOptions: defaultRuleOptions,
      messages: sinkRuleMessages,
    },
    create(context, [options]) {
      return createSinkListener(record, context, [options]);
    },
  });
}
