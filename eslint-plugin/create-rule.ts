import { ESLintUtils } from "@typescript-eslint/utils";
import { ruleDocsUrl } from "../analyzers/rules/rule-docs-url.js";

/** Plugin-specific `meta.docs` fields, read by the config builder and the package test. */
export interface PiplRuleDocs {
  /** Whether the rule is in the `recommended` config. */
  recommended: boolean;
  /** Its level there (`error` unless given); `strict` has every rule as an error. */
  recommendedLevel?: "error" | "warn";
  /** The rule needs type information to be precise (it still runs without, in isolated mode). */
  requiresTypeChecking: boolean;
}

// Every rule's page is `eslint-plugin/docs/rules/<name>.md` (its record's `docsPath`).
const namedRule = ESLintUtils.RuleCreator<PiplRuleDocs>((name) =>
  ruleDocsUrl({ docsPath: `eslint-plugin/docs/rules/${name}.md` }),
);

/**
 * Creates a pipl rule whose docs URL points at `eslint-plugin/docs/rules/<name>.md`: typescript-
 * eslint's RuleCreator, except for how the defaults reach `create`. Its `create` structured-clones
 * and deep-merges `meta.defaultOptions` for every rule on every file (so on every keystroke in the
 * editor); the pipl rules take one flat options object, which a spread merges.
 */
export function createRule<Options extends readonly [object], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PiplRuleDocs>>,
): ReturnType<typeof namedRule<Options, MessageIds>> {
  const [defaults] = rule.meta.defaultOptions ?? [];
  return {
    ...namedRule(rule),
    create: (context) =>
      rule.create(context, [{ ...defaults, ...context.options[0] }] as unknown as Options),
  };
}
