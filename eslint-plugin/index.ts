import { createRequire } from "node:module";
import type { TSESLint } from "@typescript-eslint/utils";
import type { PiplRuleDocs } from "./create-rule.js";
import { rules } from "./rules.js";

/** The prefix users register the plugin under (`plugins: { pipl }`). */
const prefix = "pipl";

// Self-reference by package name: the same line works from the sources and from dist/.
const { name, version } = createRequire(import.meta.url)("pipl-guard/package.json") as {
  name: string;
  version: string;
};

type RuleEntries = Record<string, TSESLint.FlatConfig.RuleEntry>;

/** Rule entries (`pipl/<id>: level`) for the rules whose docs give them a level. */
function entriesFor(level: (docs: PiplRuleDocs) => "error" | "warn" | undefined): RuleEntries {
  const entries: RuleEntries = {};
  for (const [id, rule] of Object.entries(rules)) {
    const chosen = rule.meta.docs && level(rule.meta.docs);
    if (chosen) entries[`${prefix}/${id}`] = chosen;
  }
  return entries;
}

const plugin = {
  meta: { name: `${name}/eslint-plugin`, version },
  rules,
  configs: {} as Record<"recommended" | "strict", TSESLint.FlatConfig.Config>,
};

/*
 * Presets are derived from each rule's `meta.docs`, never listed by hand: `recommended` has the
 * rules marked recommended at their `recommendedLevel` (an error unless it says `warn`), `strict`
 * every rule as an error (a rule added later without `recommended` joins `strict` only).
 */
plugin.configs.recommended = {
  name: `${prefix}/recommended`,
  plugins: { [prefix]: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: entriesFor((docs) => (docs.recommended ? (docs.recommendedLevel ?? "error") : undefined)),
};
plugin.configs.strict = {
  name: `${prefix}/strict`,
  plugins: { [prefix]: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: entriesFor(() => "error"),
};

/**
 * The pipl-guard ESLint plugin (flat config): rules `pipl/no-unconsented-logging`,
 * `pipl/no-unconsented-export`, `pipl/no-unconsented-transfer` and `pipl/valid-annotations`,
 * configs `recommended` and `strict`. Use `plugin.configs.recommended` with typescript-eslint's
 * typed parser.
 */
export default plugin;
