import { mainlandRegionIds } from "./mainland-region-ids.js";

/**
 * A built-in mainland-China region id of a provider, for an example in a message
 * (`mainlandRegion("alicloud", "cn-shanghai")`).
 *
 * @throws Error when the built-in table does not list `region` as mainland for `provider`, so an
 *   example cannot drift from the allow-list.
 */
export function mainlandRegion(provider: string, region: string): string {
  if (!mainlandRegionIds(provider).includes(region)) {
    throw new Error(
      `The built-in region table does not list '${region}' as a mainland region of '${provider}'.`,
    );
  }
  return region;
}
