import { repositoryFileUrl } from "../repository-url.js";

/**
 * The documentation page of an ESLint rule of the plugin (the scanner reports under the same ids),
 * e.g. `pipl/no-unconsented-logging` → `<repository>/blob/main/eslint-plugin/docs/rules/no-unconsented-logging.md`.
 */
export function ruleDocsUrl(ruleId: string): string {
  return repositoryFileUrl(`eslint-plugin/docs/rules/${ruleId.replace(/^pipl\//, "")}.md`);
}
