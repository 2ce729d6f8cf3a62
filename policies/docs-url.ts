import { repositoryFileUrl } from "../analyzers/repository-url.js";

/**
 * Where the policy doc pages (`policies/docs/<name>.md`, shipped in the package) are read online by
 * default: the `repository` of pipl-guard's package.json, branch `main` (analyzers/repository-url.ts,
 * shared with the rule doc links). A fork or an internal mirror sets `docsBaseUrl` in the
 * `piplPolicies` config instead.
 */
export const defaultDocsBaseUrl = repositoryFileUrl("policies/docs/");

/** The doc page of a policy under `baseUrl`. */
export function docsUrl(policyName: string, baseUrl: string = defaultDocsBaseUrl): string {
  return `${baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`}${policyName}.md`;
}
