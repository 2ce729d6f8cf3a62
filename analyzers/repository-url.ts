/**
 * Where pipl-guard lives online: the `repository` of its package.json (`homepage` is its README).
 * Doc links in reports, ESLint rule metadata and policy metadata are built from here; a test keeps
 * it in step with package.json. Kept as a constant, not read from package.json at run time: the
 * policy pack and the ESLint plugin run from bundles and installs where that file is not beside them.
 */
export const repositoryUrl = "https://github.com/pipl-guard/pipl-guard";

/** The branch the doc links point at. */
export const docsBranch = "main";

/** The online copy of a file of this repository, e.g. `repositoryFileUrl("policies/docs/")`. */
export function repositoryFileUrl(pathInRepository: string): string {
  return `${repositoryUrl}/blob/${docsBranch}/${pathInRepository.replace(/^\/+/, "")}`;
}
