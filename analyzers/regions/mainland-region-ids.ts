import { providerRegions } from "./provider-regions.js";

/**
 * The built-in mainland-China region ids of a provider, in table order (`["cn-north-1",
 * "cn-northwest-1"]` for `aws`). Built-in data is read this way so that a message or a fallback
 * cannot name a region the allow-list does not hold.
 *
 * @throws Error when the built-in table has no such provider or it has no mainland region (`gcp`):
 *   a mistake in pipl-guard's own data, found when the module that asks is loaded.
 */
export function mainlandRegionIds(provider: string): readonly [string, ...string[]] {
  const mainland = providerRegions.find((spec) => spec.provider === provider)?.mainland ?? [];
  const [first, ...rest] = mainland;
  if (first === undefined) {
    throw new Error(
      `The built-in region table lists no mainland region for provider '${provider}'.`,
    );
  }
  return [first, ...rest];
}
