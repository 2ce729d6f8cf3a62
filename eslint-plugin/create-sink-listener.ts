import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { ResolvedConfig } from "../analyzers/config/resolved-config.js";
import { sanitizerInScope } from "../analyzers/consent/choose-sanitizer.js";
import { getEngineContext } from "../analyzers/engine/engine-context.js";
import type { Finding } from "../analyzers/engine/finding.js";
import { findingMessageParts } from "../analyzers/messages/finding-message-parts.js";
import { formatMessage } from "../analyzers/messages/format-message.js";
import { lintMessages } from "../analyzers/messages/lint-messages.js";
import type { Locale } from "../analyzers/messages/locale.js";
import type { SinkRuleRecord } from "../analyzers/rules/rule-record.js";
import { ruleForFinding } from "../analyzers/rules/rule-records.js";
import type { FileAnalysis } from "../analyzers/engine/analyze-source-file.js";
import { analyseLintedFile, sameFile } from "./analyse-linted-file.js";
import type { Options } from "./rule-options.js";
import type { MessageIds } from "./sink-rule-messages.js";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const messageForReason = {
  "no-consent": "noConsent",
  "consent-for-other-category": "consentForOtherCategory",
  "general-consent-for-sensitive": "generalConsentForSensitive",
  // Only a cross-border transfer has this reason; the domestic id is never used for it.
  "no-cross-border-consent": "noCrossBorderConsent",
} as const satisfies Record<Finding["reason"], MessageIds>;

/** The message ids of transfers to a mainland recipient the code names (service or host). */
const toRecipientMessageForReason = {
  "no-consent": "noConsentToRecipient",
  "consent-for-other-category": "consentForOtherCategoryToRecipient",
  "general-consent-for-sensitive": "generalConsentForSensitiveToRecipient",
  "no-cross-border-consent": "noCrossBorderConsent",
} as const satisfies Record<Finding["reason"], MessageIds>;

/** The message ids of transfers outside mainland China, whose messages name the recipient. */
const crossBorderMessageForReason = {
  "no-consent": "crossBorderNoConsent",
  "consent-for-other-category": "crossBorderConsentForOtherCategory",
  "general-consent-for-sensitive": "crossBorderGeneralConsentForSensitive",
  "no-cross-border-consent": "noCrossBorderConsent",
} as const satisfies Record<Finding["reason"], MessageIds>;

/**
 * The findings of an analysis in the linted file, by the rule that reports them (see
 * `ruleForFinding`: a transfer abroad is the cross-border rule's), in groups reported together
 * (same expression, same reason). Worked out once per analysis: the sink rules read the same
 * memoised analysis, each its own findings.
 */
const reportGroups = new WeakMap<
  FileAnalysis,
  { fileName: string; byKind: Map<string, Finding[][]> }
>();

function groupsOfRule(
  analysis: FileAnalysis,
  fileName: string,
  rule: SinkRuleRecord,
): readonly Finding[][] {
  const cached = reportGroups.get(analysis);
  let byKind = cached?.fileName === fileName ? cached.byKind : undefined;
  if (!byKind) {
    byKind = new Map();
    const byKey = new Map<string, Finding[]>();
    for (const finding of analysis.findings) {
      if (!sameFile(finding.file, fileName)) continue;
      const owner = ruleForFinding(finding).id;
      const key = `${owner}:${finding.start}:${finding.end}:${finding.reason}`;
      const group = byKey.get(key);
      if (group) group.push(finding);
      else {
        const created = [finding];
        byKey.set(key, created);
        const groups = byKind.get(owner);
        if (groups) groups.push(created);
        else byKind.set(owner, [created]);
      }
    }
    reportGroups.set(analysis, { fileName, byKind });
  }
  return byKind.get(rule.id) ?? [];
}

/** The names declared or imported in the scope of `node` and the scopes enclosing it. */
function* namesInScope(context: Context, node: TSESTree.Node): Generator<string> {
  for (let scope: TSESLint.Scope.Scope | null = context.sourceCode.getScope(node); scope;) {
    yield* scope.set.keys();
    scope = scope.upper;
  }
}

/**
 * A suggestion wrapping the reported expression in the project's own sanitizer for the finding's
 * category (`sanitizerInScope`: the configured one, else one the file declares or imports whose
 * name fits, `maskMobile` for a mobile number, else a general one such as `maskPii`), offered only
 * when it is safe: one finding with a mask fix, the expression is the PI value itself (not a whole
 * object or a string built from several values, where masking the whole would change what is
 * sent), and the sanitizer is already declared or imported in scope (adding an import would guess
 * a module path).
 */
function maskSuggestion(
  context: Context,
  group: readonly Finding[],
  range: [number, number],
  locale: Locale,
  config: ResolvedConfig,
): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const [finding] = group;
  if (!finding || group.length !== 1 || finding.fix.kind !== "mask") return [];
  const expression = context.sourceCode.text.slice(range[0], range[1]);
  if (expression !== finding.fieldPath) return [];
  const node = context.sourceCode.getNodeByRangeIndex(range[0]);
  if (!node) return [];
  const sanitizer = sanitizerInScope(
    finding.category,
    namesInScope(context, node),
    getEngineContext(config).consent,
    config.taxonomy,
  );
  if (!sanitizer) return [];
  return [
    {
      messageId: "wrapInSanitizer",
      data: {
        message: formatMessage(lintMessages, locale, "lint.wrap-in-sanitizer", {
          expression,
          sanitizer,
        }),
      },
      fix: (fixer) => fixer.replaceTextRange(range, `${sanitizer}(${expression})`),
    },
  ];
}

/**
 * The rule listener shared by the sink rules: run the engine once per file (it memoises per
 * compiler source file, so the other rules reuse the analysis) on the source file the bridge
 * provides, and report this rule's sink kind, one report per reached expression and reason.
 * Annotation problems are `pipl/valid-annotations`'s to report.
 */
export function createSinkListener(
  rule: SinkRuleRecord,
  context: Context,
  [options]: Readonly<Options>,
): TSESLint.RuleListener {
  return {
    Program(program) {
      const analysed = analyseLintedFile(context, options, program);
      if (!analysed) return;
      const { analysis, config, locale, fileName } = analysed;
      for (const group of groupsOfRule(analysis, fileName, rule)) {
        const first = group[0]!;
        const range: [number, number] = [first.start, first.end];
        const parts = findingMessageParts(group, rule, config.taxonomy, locale);
        const messages = rule.crossBorder
          ? crossBorderMessageForReason
          : parts.destination !== undefined
            ? toRecipientMessageForReason
            : messageForReason;
        context.report({
          loc: {
            start: context.sourceCode.getLocFromIndex(first.start),
            end: context.sourceCode.getLocFromIndex(first.end),
          },
          messageId: messages[first.reason],
          data: { ...parts },
          suggest: maskSuggestion(context, group, range, locale, config),
        });
      }
    },
  };
}
