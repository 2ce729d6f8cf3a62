import type { AnalyzedResource } from "./analyzed-resource.js";
import { describeCategories } from "./describe-categories.js";
import { describeResource } from "./describe-resource.js";
import type { EvaluationContext } from "./evaluation-context.js";
import type { Bilingual, PolicyFinding } from "./policy-finding.js";
import { readResourceCategories } from "./read-resource-categories.js";
import { unknownTagsFinding } from "./unknown-tags-finding.js";
import { resolveRegion, type RegionResolution } from "./resolve-region.js";

/** Types that are engine bookkeeping, not cloud resources. */
function isBookkeeping(type: string): boolean {
  return type.startsWith("pulumi:");
}

/** "cn-hongkong (Hong Kong / 中国香港)" */
export function describeRegion(
  context: EvaluationContext,
  provider: string,
  region: string,
): Bilingual {
  const label = context.regions.label(provider, region);
  return label
    ? { en: `${region} (${label.en})`, "zh-CN": `${region}（${label["zh-CN"]}）` }
    : { en: region, "zh-CN": region };
}

/** `region, provider region, stack config aws:region` in each language. */
function joinTexts(parts: readonly (string | Bilingual)[]): Bilingual {
  const pick = (p: string | Bilingual, l: keyof Bilingual) => (typeof p === "string" ? p : p[l]);
  return {
    en: parts.map((p) => pick(p, "en")).join(", "),
    "zh-CN": parts.map((p) => pick(p, "zh-CN")).join("、"),
  };
}

/** The mainland regions a fix can suggest, plus the config escape hatch. */
export function regionFix(context: EvaluationContext, provider: string): string | Bilingual {
  const suggestions = context.regions.suggestions(provider);
  return suggestions.length > 0
    ? suggestions.map((r) => `\`${r}\``).join(" / ")
    : {
        en: `a mainland-China provider (\`${provider}\` has no mainland region)`,
        "zh-CN": `在中国大陆有区域的云厂商（\`${provider}\` 没有中国大陆区域）`,
      };
}

/**
 * Judge a region resolution against the allow-list; the shared part of the residency and
 * replication checks. Returns `undefined` when the region is in mainland China.
 */
export function regionProblem(
  resolution: RegionResolution,
  context: EvaluationContext,
  provider: string,
):
  | { message: "outside" | "unknown" | "undetermined"; params: Record<string, string | Bilingual> }
  | undefined {
  if (resolution.state === "unknown")
    return { message: "unknown", params: { field: resolution.field } };
  if (resolution.state === "undetermined") {
    const spec = context.regions.forProvider(provider);
    return {
      message: "undetermined",
      params: {
        field:
          resolution.tried.length > 0
            ? joinTexts(resolution.tried)
            : { en: "(no region property)", "zh-CN": "（无区域属性）" },
        fix: spec
          ? {
              en: `\`${spec.configKey}\` in stack config or the provider's \`${spec.providerRegionProperty}\``,
              "zh-CN": `栈配置中的 \`${spec.configKey}\` 或 provider 的 \`${spec.providerRegionProperty}\``,
            }
          : {
              en: `a \`regions\` entry for provider \`${provider}\` in the pipl-guard config`,
              "zh-CN": `在 pipl-guard 配置中为 provider \`${provider}\` 添加 \`regions\` 条目`,
            },
      },
    };
  }
  if (
    context.regions.verdict(provider, resolution.region, context.options.allowedRegions) ===
    "mainland"
  ) {
    return undefined;
  }
  return {
    message: "outside",
    params: {
      region: resolution.secret
        ? { en: "(a secret value, not shown)", "zh-CN": "（机密值，不予显示）" }
        : describeRegion(context, provider, resolution.region),
      field: resolution.field,
    },
  };
}

/**
 * `pi-store-in-mainland-china`: every resource tagged as holding PI must resolve to a region on the
 * provider's mainland-China allow-list. Applies to any tagged resource, modelled store or not.
 */
export function checkResidency(
  resource: AnalyzedResource,
  context: EvaluationContext,
): PolicyFinding[] {
  if (isBookkeeping(resource.type)) return [];
  const spec = context.resources.get(resource.type);
  const provider = context.resources.providerOf(resource.type);
  const reading = readResourceCategories(resource, context);
  if (reading.state === "untagged") return [];
  const resolution = resolveRegion(resource, spec, provider, context.regions, context.environment);
  const problem = regionProblem(resolution, context, provider);
  if (!problem) return [];
  const resourceText = describeResource(resource, spec);
  if (reading.state === "unknown-tags") {
    return [unknownTagsFinding(resource, spec, reading.field)];
  }
  return [
    {
      urn: resource.urn,
      message: `residency.${problem.message}`,
      params: {
        fix: regionFix(context, provider),
        ...problem.params,
        resource: resourceText,
        categories: describeCategories(reading),
        tag: reading.field,
      },
      dependsOnUnknown: problem.message === "unknown",
    },
  ];
}
