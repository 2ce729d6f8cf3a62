import { ruleDescriptions } from "../../analyzers/reporters/rule-descriptions.js";
import { createRule } from "../create-rule.js";
import { createSinkListener } from "../create-sink-listener.js";
import { defaultRuleOptions, ruleOptionsSchema, type Options } from "../rule-options.js";
import { sinkRuleMessages, type MessageIds } from "../sink-rule-messages.js";

/** `pipl/no-unconsented-logging`: log sinks (see the rule's doc page). */
export default createRule<Options, MessageIds>({
  name: "no-unconsented-logging",
  meta: {
    type: "problem",
    docs: {
      // One wording for the IDE and the scanner's SARIF rule metadata.
      description: ruleDescriptions.log.short.en,
      recommended: true,
      requiresTypeChecking: true,
    },
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- the shared createSinkListener reports the suggestions
    hasSuggestions: true,
    schema: ruleOptionsSchema,
    defaultOptions: defaultRuleOptions,
    messages: sinkRuleMessages,
  },
  create(context, [options]) {
    return createSinkListener("log", context, [options]);
  },
});
