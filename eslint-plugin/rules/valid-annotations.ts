import type { TSESLint } from "@typescript-eslint/utils";
import { formatMessage } from "../../analyzers/messages/format-message.js";
import { lintMessages } from "../../analyzers/messages/lint-messages.js";
import { validAnnotations } from "../../analyzers/rules/valid-annotations.js";
import { analyseLintedFile, lintProblemMessages, sameFile } from "../analyse-linted-file.js";
import { createRule } from "../create-rule.js";
import { defaultRuleOptions, ruleOptionsSchema, type Options } from "../rule-options.js";

/** The rule's messages: the problem as the engine words it, the replacement it suggests. */
const messages = {
  annotationProblem: "{{problem}}",
  replaceAnnotationValue: "{{message}}",
  ...lintProblemMessages,
} as const;

type MessageIds = keyof typeof messages;

/**
 * `pipl/valid-annotations`: reports the `@pipl` and `@pipl-basis` tags of the linted file that the
 * engine could not read (its facts are in its record), with the close known value as a suggestion.
 * It reads the same memoised analysis as the sink rules.
 */
export default createRule<Options, MessageIds>({
  name: validAnnotations.name,
  meta: {
    type: "problem",
    docs: {
      description: validAnnotations.description.en,
      recommended: validAnnotations.recommended,
      ...(validAnnotations.recommendedLevel
        ? { recommendedLevel: validAnnotations.recommendedLevel }
        : {}),
      requiresTypeChecking: false,
    },
    hasSuggestions: true,
    schema: ruleOptionsSchema,
    defaultOptions: defaultRuleOptions,
    messages,
  },
  create(context, [options]) {
    return {
      Program(program) {
        const analysed = analyseLintedFile(context, options, program);
        if (!analysed) return;
        const { analysis, locale, fileName } = analysed;
        for (const problem of analysis.problems) {
          if (!sameFile(problem.file, fileName)) continue;
          const { replacement } = problem;
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = replacement
            ? [
                {
                  messageId: "replaceAnnotationValue",
                  data: {
                    message: formatMessage(lintMessages, locale, "lint.replace-annotation-value", {
                      value: problem.text.replace?.value ?? "",
                      replacement: replacement.text,
                    }),
                  },
                  fix: (fixer) =>
                    fixer.replaceTextRange([replacement.start, replacement.end], replacement.text),
                },
              ]
            : [];
          context.report({
            loc: {
              start: context.sourceCode.getLocFromIndex(problem.start),
              end: context.sourceCode.getLocFromIndex(problem.end),
            },
            messageId: "annotationProblem",
            data: {
              problem: formatMessage(lintMessages, locale, problem.text.id, problem.text.params),
            },
            suggest,
          });
        }
      },
    };
  },
});
