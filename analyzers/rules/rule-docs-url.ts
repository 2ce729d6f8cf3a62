import { repositoryFileUrl } from "../repository-url.js";
import type { RuleRecord } from "./rule-record.js";

/** Where a rule's documentation page is read online (its `docsPath` in the repository). */
export function ruleDocsUrl(rule: Pick<RuleRecord, "docsPath">): string {
  return repositoryFileUrl(rule.docsPath);
}
