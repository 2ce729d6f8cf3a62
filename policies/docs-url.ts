/**
 * Where a policy's documentation page lives. The pages ship in the package under
 * `policies/docs/<name>.md`; this is their address in the source repository.
 */
export function docsUrl(policyName: string): string {
  return `https://github.com/pipl-guard/pipl-guard/blob/main/policies/docs/${policyName}.md`;
}
