/*
 * Countries and regions of foreign cloud regions, for messages about where a transfer goes. The
 * mainland allow-list and the Hong Kong / Macao / Taiwan labels come from the region table
 * (analyzers/regions); this adds names for common foreign regions. Sources: the region lists of
 * Alibaba Cloud (alibabacloud.com/help/en/ecs/regions-and-zones), Tencent Cloud
 * (tencentcloud.com/document/product/213/6091), Huawei Cloud and AWS.
 */
import type { LocalizedText } from "../messages/localized-text.js";
import { defaultRegionCatalog, type RegionCatalog } from "../regions/index.js";

const place = (en: string, zh: string): LocalizedText => ({ en, "zh-CN": zh });
const singapore = place("Singapore", "新加坡");
const japan = place("Japan", "日本");
const us = place("United States", "美国");
const germany = place("Germany", "德国");

/** Foreign region id → country or region, per provider. */
export const foreignRegionPlaces: Readonly<
  Record<string, Readonly<Record<string, LocalizedText>>>
> = {
  alicloud: {
    "ap-southeast-1": singapore,
    "ap-southeast-3": place("Malaysia", "马来西亚"),
    "ap-southeast-5": place("Indonesia", "印度尼西亚"),
    "ap-southeast-6": place("Philippines", "菲律宾"),
    "ap-southeast-7": place("Thailand", "泰国"),
    "ap-northeast-1": japan,
    "ap-northeast-2": place("South Korea", "韩国"),
    "us-west-1": us,
    "us-east-1": us,
    "eu-central-1": germany,
    "eu-west-1": place("United Kingdom", "英国"),
    "me-east-1": place("United Arab Emirates", "阿联酋"),
  },
  tencentcloud: {
    "ap-singapore": singapore,
    "ap-tokyo": japan,
    "ap-seoul": place("South Korea", "韩国"),
    "ap-bangkok": place("Thailand", "泰国"),
    "ap-jakarta": place("Indonesia", "印度尼西亚"),
    "ap-mumbai": place("India", "印度"),
    "na-siliconvalley": us,
    "na-ashburn": us,
    "eu-frankfurt": germany,
    "sa-saopaulo": place("Brazil", "巴西"),
  },
  huaweicloud: {
    "ap-southeast-2": place("Thailand", "泰国"),
    "ap-southeast-3": singapore,
    "ap-southeast-4": place("Indonesia", "印度尼西亚"),
    "af-south-1": place("South Africa", "南非"),
  },
  aws: {
    "us-east-1": us,
    "us-east-2": us,
    "us-west-1": us,
    "us-west-2": us,
    "ap-southeast-1": singapore,
    "ap-northeast-1": japan,
    "ap-east-1": place("Hong Kong", "中国香港"),
    "eu-central-1": germany,
    "eu-west-1": place("Ireland", "爱尔兰"),
  },
};

/** A region's verdict and place, or `undefined` when the id is not a region pipl-guard knows. */
export function regionPlace(
  provider: string,
  region: string,
  catalog: RegionCatalog = defaultRegionCatalog,
): { mainland: boolean; place?: LocalizedText } | undefined {
  const spec = catalog.forProvider(provider);
  if (!spec) return undefined;
  const id = catalog.normalise(provider, region);
  if (catalog.verdict(provider, id) === "mainland")
    return { mainland: true, place: catalog.label(provider, id) };
  const known = catalog.label(provider, id) ?? foreignRegionPlaces[provider]?.[id];
  return known ? { mainland: false, place: known } : undefined;
}
