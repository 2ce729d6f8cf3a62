import { ESLintUtils } from "@typescript-eslint/utils";
import { ruleDocsUrl } from "../analyzers/reporters/rule-docs-url.js";

/** Plugin-specific `meta.docs` fields, read by the config builder and the package test. */
export interface PiplRuleDocs {
  /** Whether the rule is in the `recommended` config (as an error). */
  recommended: boolean;
  /** The rule needs type information to be precise (it still runs without, in isolated mode). */
  requiresTypeChecking: boolean;
}

/** Creates a pipl rule whose docs URL points at `eslint-plugin/docs/rules/<name>.md`. */
export const createRule = ESLintUtils.RuleCreator<PiplRuleDocs>((name) => ruleDocsUrl(name));
