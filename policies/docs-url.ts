/**
 * Where the policy doc pages (`policies/docs/<name>.md`, shipped in the package) are read online by
 * default: the `repository` of pipl-guard's package.json, branch `main` (a test keeps the two in
 * step). A fork or an internal mirror sets `docsBaseUrl` in the `piplPolicies` config instead.
 */
export const defaultDocsBaseUrl =
  "https://github.com/pipl-guard/pipl-guard/blob/main/policies/docs/";

/** The doc page of a policy under `baseUrl`. */
export function docsUrl(policyName: string, baseUrl: string = defaultDocsBaseUrl): string {
  return `${baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`}${policyName}.md`;
}
