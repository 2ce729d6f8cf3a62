/*
 * Mainland-China region allow-lists per cloud provider, with the provider config keys and defaults
 * that decide a resource's effective region.
 *
 * Sources (see shared/domain/pipl.md §4):
 * - AWS China: `cn-north-1` (Beijing), `cn-northwest-1` (Ningxia); `ap-east-1` is Hong Kong.
 *   `@pulumi/aws` 7.48.0 `aws:region`, env `AWS_REGION` / `AWS_DEFAULT_REGION`.
 * - Alibaba Cloud ECS region list (alibabacloud.com/help doc-detail 188196), finance and local
 *   regions; `cn-hongkong` is the only `cn-*` region outside the mainland. `@pulumi/alicloud`
 *   3.108.0 `alicloud:region`, env `ALICLOUD_REGION`.
 * - Azure China (docs.azure.cn reliability/regions-list); `eastasia` is Hong Kong.
 *   `@pulumi/azure-native` 3.28.0 `azure-native:location`.
 * - Tencent Cloud (tencentcloud.com/document/product/628/33133); `ap-hongkong` covers Hong Kong,
 *   Macao and Taiwan. `tencentcloud:region`, env `TENCENTCLOUD_REGION`, default `ap-guangzhou`
 *   (pulumi-tencentcloud `sdk/nodejs/config/vars.ts`).
 * - Huawei Cloud (huaweicloud-sdk-go-v3 region tables; support.huaweicloud.com IEF region page);
 *   `ap-southeast-1` is CN-Hong Kong. `huaweicloud:region`.
 * - Google Cloud has no mainland-China region; `asia-east2` is Hong Kong.
 *
 * Hong Kong, Macao and Taiwan count as outside the mainland (境外) for PIPL cross-border purposes.
 *
 * Provider-level default tags (`defaultTagsPath`), from each provider's `Provider` inputs
 * (`sdk/nodejs/provider.ts`, which JSON-encodes object inputs):
 * - AWS `defaultTags: { tags }` (`@pulumi/aws` `ProviderDefaultTags`).
 * - Google Cloud `defaultLabels` (pulumi/pulumi-gcp `ProviderArgs.defaultLabels`, applied to every
 *   resource that has `labels`).
 * - None in Alibaba Cloud (pulumi/pulumi-alicloud `ProviderArgs`; registry `alicloud.Provider`),
 *   Azure Native (registry `azure-native.Provider` arguments), Tencent Cloud
 *   (tencentcloudstack/pulumi-tencentcloud `ProviderArgs`; provider-level tags are an open request,
 *   terraform-provider-tencentcloud issue 1428) or Huawei Cloud (huaweicloud/pulumi-huaweicloud
 *   `ProviderArgs`). A team whose provider gains them adds `defaultTagsPath` through `regions`.
 */
import type { RegionSpecInput } from "./region-spec.js";

const hongKong = { en: "Hong Kong", "zh-CN": "中国香港" };

/** Built-in region facts, one entry per provider. */
export const providerRegions: readonly RegionSpecInput[] = [
  {
    provider: "aws",
    providerType: "pulumi:providers:aws",
    configKey: "aws:region",
    providerRegionProperty: "region",
    envVars: ["AWS_REGION", "AWS_DEFAULT_REGION"],
    defaultTagsPath: "defaultTags.tags",
    mainland: ["cn-north-1", "cn-northwest-1"],
    mainlandNames: {
      "cn-north-1": { en: "Beijing", "zh-CN": "北京" },
      "cn-northwest-1": { en: "Ningxia", "zh-CN": "宁夏" },
    },
    outsideMainland: {
      "ap-east-1": hongKong,
      "ap-east-2": { en: "Taipei", "zh-CN": "中国台北" },
    },
  },
  {
    provider: "alicloud",
    providerType: "pulumi:providers:alicloud",
    configKey: "alicloud:region",
    providerRegionProperty: "region",
    envVars: ["ALICLOUD_REGION"],
    mainland: [
      "cn-qingdao",
      "cn-beijing",
      "cn-zhangjiakou",
      "cn-huhehaote",
      "cn-wulanchabu",
      "cn-hangzhou",
      "cn-shanghai",
      "cn-shenzhen",
      "cn-heyuan",
      "cn-guangzhou",
      "cn-chengdu",
      "cn-nanjing",
      "cn-fuzhou",
      "cn-wuhan-lr",
      "cn-shanghai-finance-1",
      "cn-shenzhen-finance-1",
      "cn-beijing-finance-1",
      "cn-zhengzhou-jva",
    ],
    mainlandNames: {
      "cn-hangzhou": { en: "Hangzhou", "zh-CN": "杭州" },
      "cn-shanghai": { en: "Shanghai", "zh-CN": "上海" },
      "cn-beijing": { en: "Beijing", "zh-CN": "北京" },
      "cn-shenzhen": { en: "Shenzhen", "zh-CN": "深圳" },
    },
    outsideMainland: { "cn-hongkong": hongKong },
  },
  {
    provider: "azure-native",
    providerType: "pulumi:providers:azure-native",
    configKey: "azure-native:location",
    providerRegionProperty: "location",
    normalise: "lowercase-strip-spaces",
    mainland: ["chinaeast", "chinaeast2", "chinaeast3", "chinanorth", "chinanorth2", "chinanorth3"],
    mainlandNames: {
      chinaeast2: { en: "China East 2 (Shanghai)", "zh-CN": "中国东部 2（上海）" },
      chinanorth3: { en: "China North 3 (Hebei)", "zh-CN": "中国北部 3（河北）" },
    },
    outsideMainland: { eastasia: hongKong },
  },
  {
    provider: "tencentcloud",
    providerType: "pulumi:providers:tencentcloud",
    configKey: "tencentcloud:region",
    providerRegionProperty: "region",
    envVars: ["TENCENTCLOUD_REGION"],
    defaultRegion: "ap-guangzhou",
    mainland: [
      "ap-guangzhou",
      "ap-shanghai",
      "ap-nanjing",
      "ap-beijing",
      "ap-chengdu",
      "ap-chongqing",
      "ap-shanghai-fsi",
      "ap-shenzhen-fsi",
      "ap-beijing-fsi",
      "ap-guangzhou-open",
    ],
    mainlandNames: {
      "ap-guangzhou": { en: "Guangzhou", "zh-CN": "广州" },
      "ap-shanghai": { en: "Shanghai", "zh-CN": "上海" },
    },
    outsideMainland: {
      "ap-hongkong": { en: "Hong Kong, Macao and Taiwan", "zh-CN": "中国香港、澳门、台湾" },
    },
  },
  {
    provider: "huaweicloud",
    providerType: "pulumi:providers:huaweicloud",
    configKey: "huaweicloud:region",
    providerRegionProperty: "region",
    mainland: [
      "cn-north-1",
      "cn-north-2",
      "cn-north-4",
      "cn-north-9",
      "cn-north-11",
      "cn-east-2",
      "cn-east-3",
      "cn-east-4",
      "cn-east-5",
      "cn-south-1",
      "cn-south-2",
      "cn-south-4",
      "cn-southwest-2",
    ],
    mainlandNames: {
      "cn-north-4": { en: "Beijing 4", "zh-CN": "北京四" },
      "cn-east-3": { en: "Shanghai 1", "zh-CN": "上海一" },
      "cn-south-1": { en: "Guangzhou", "zh-CN": "广州" },
    },
    outsideMainland: { "ap-southeast-1": hongKong },
  },
  {
    provider: "gcp",
    providerType: "pulumi:providers:gcp",
    configKey: "gcp:region",
    providerRegionProperty: "region",
    defaultTagsPath: "defaultLabels",
    mainland: [],
    outsideMainland: {
      "asia-east2": hongKong,
      "asia-east1": { en: "Taiwan", "zh-CN": "中国台湾" },
    },
  },
];
