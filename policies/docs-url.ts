import { repositoryFileUrl } from "../analyzers/repository-url.js";

/**
 * Where the policy doc pages (`policies/docs/<name>.md`, shipped in the package) are read online by
 * default: the `repository` of pipl-guard's package.json, branch `main` (analyzers/repository-url.ts,
 * shared with the rule doc links). A fork or an internal mirror sets `docsBaseUrl` in the
 * `piplPolicies` config instead.
 */
export const defaultDocsBaseUrl = repositoryFileUrl("policies/docs/");

/** The url of a policy doc page (a record's `docsPath`, relative to `policies/docs/`) under `baseUrl`. */
export function docsUrl(docsPath: string, baseUrl: string = defaultDocsBaseUrl): string {
  return `${baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`}${docsPath}`;
}
