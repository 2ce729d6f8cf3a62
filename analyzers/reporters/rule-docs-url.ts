/**
 * The documentation page of an ESLint rule of the plugin (the scanner reports under the same ids),
 * e.g. `pipl/no-unconsented-logging` → `.../eslint-plugin/docs/rules/no-unconsented-logging.md`.
 */
export function ruleDocsUrl(ruleId: string): string {
  const name = ruleId.replace(/^pipl\//, "");
  return `https://github.com/pipl-guard/pipl-guard/blob/main/eslint-plugin/docs/rules/${name}.md`;
}
