import type { AnalyzedResource } from "./analyzed-resource.js";
import type { Bilingual } from "./policy-finding.js";
import { classify, readPath } from "./property-value.js";
import type { ResourceTypeSpec } from "./resource-type-spec.js";
import type { RegionCatalog } from "../regions/region-catalog.js";

/** Where the effective region came from; messages name it so the fix lands in the right place. */
export type RegionSource =
  "resource" | "provider" | "stack-config" | "environment" | "provider-default";

/**
 * Where a region was read: a property path (`region`, `$ALICLOUD_REGION`), or words around one
 * (`provider region`, `stack config aws:region`) in both languages.
 */
export type RegionField = string | Bilingual;

/** The effective region of a resource. */
export type RegionResolution =
  | {
      state: "known";
      region: string;
      source: RegionSource;
      field: RegionField;
      /** Pulumi holds the deciding value as a secret: messages must not print the region. */
      secret?: true;
    }
  /** The deciding value is computed (e.g. a provider whose region is an output). */
  | { state: "unknown"; field: RegionField }
  /** Nothing says where the resource lives, and the provider documents no default. */
  | { state: "undetermined"; tried: RegionField[] };

const providerProperty = (property: string): Bilingual => ({
  en: `provider ${property}`,
  "zh-CN": `provider 的 ${property}`,
});
const stackConfigKey = (key: string): Bilingual => ({
  en: `stack config ${key}`,
  "zh-CN": `栈配置 ${key}`,
});

/** Inputs outside the resource that the provider would read. */
export interface RegionEnvironment {
  /** Stack config as the engine passes it in `PULUMI_CONFIG` (`{"aws:region": "cn-north-1"}`). */
  stackConfig: Readonly<Record<string, string>>;
  /**
   * Stack config keys the engine marks as secret (`PULUMI_CONFIG_SECRET_KEYS`): their values are
   * never printed.
   */
  secretConfigKeys?: readonly string[];
  /** Process environment of the policy pack (the engine passes its own through). */
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Effective region = the resource's own region/location property, else its provider resource's
 * region, else stack config (`aws:region`, …), else the provider's environment variables, else
 * the provider's documented default (Tencent `ap-guangzhou`). The default provider the engine
 * creates from stack config arrives as `resource.provider` too, so the later steps matter for
 * programs analysed without one (tests, `pulumi preview` on old CLIs). `phase` says whether
 * `resource.props` are inputs (Analyze) or outputs (AnalyzeStack).
 */
export function resolveRegion(
  resource: AnalyzedResource,
  spec: Pick<ResourceTypeSpec, "regionProperty"> | undefined,
  provider: string,
  regions: RegionCatalog,
  environment: RegionEnvironment,
  phase: "inputs" | "outputs" = "inputs",
): RegionResolution {
  const tried: RegionField[] = [];
  const norm = (r: string) => regions.normalise(provider, r);
  if (spec?.regionProperty) {
    tried.push(spec.regionProperty);
    const [v] = readPath(resource.props, spec.regionProperty);
    // Among inputs a computed region was set on purpose; among stack outputs (AnalyzeStack) the
    // provider fills it in during preview, so it is the provider's region, read next.
    if (v?.kind === "unknown" && phase === "inputs") {
      return { state: "unknown", field: spec.regionProperty };
    }
    if (v?.kind === "known" && typeof v.value === "string" && v.value.trim()) {
      return {
        state: "known",
        region: norm(v.value),
        source: "resource",
        field: spec.regionProperty,
        ...(v.secret ? { secret: true as const } : {}),
      };
    }
  }
  const providerSpec = regions.forProvider(provider);
  if (!providerSpec) return { state: "undetermined", tried };
  const providerField = providerProperty(providerSpec.providerRegionProperty);
  if (resource.provider) {
    tried.push(providerField);
    const v = classify(resource.provider.props[providerSpec.providerRegionProperty]);
    if (v.kind === "unknown") return { state: "unknown", field: providerField };
    if (v.kind === "known" && typeof v.value === "string" && v.value.trim()) {
      return {
        state: "known",
        region: norm(v.value),
        source: "provider",
        field: providerField,
        ...(v.secret ? { secret: true as const } : {}),
      };
    }
  }
  const [ns, key] = providerSpec.configKey.split(":") as [string, string];
  tried.push(stackConfigKey(providerSpec.configKey));
  const fromConfig =
    environment.stackConfig[providerSpec.configKey] ??
    environment.stackConfig[`${ns}:config:${key}`];
  if (fromConfig?.trim()) {
    const secretKeys = environment.secretConfigKeys ?? [];
    const secret =
      secretKeys.includes(providerSpec.configKey) || secretKeys.includes(`${ns}:config:${key}`);
    return {
      state: "known",
      region: norm(fromConfig),
      source: "stack-config",
      field: stackConfigKey(providerSpec.configKey),
      ...(secret ? { secret: true as const } : {}),
    };
  }
  for (const name of providerSpec.envVars) {
    tried.push(`$${name}`);
    const v = environment.env[name];
    if (v?.trim())
      return { state: "known", region: norm(v), source: "environment", field: `$${name}` };
  }
  if (providerSpec.defaultRegion) {
    return {
      state: "known",
      region: providerSpec.defaultRegion,
      source: "provider-default",
      field: { en: `${provider} provider default`, "zh-CN": `${provider} provider 的默认区域` },
    };
  }
  return { state: "undetermined", tried };
}
