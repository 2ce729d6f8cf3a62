import type { AnalyzedResource } from "./analyzed-resource.js";
import { categoryLegalBases } from "./category-requirements.js";
import {
  firewallExposures,
  ingressRulesByGroup,
  type FirewallExposure,
} from "./check-firewall-exposure.js";
import { describeCategories } from "./describe-categories.js";
import { describeResource } from "./describe-resource.js";
import { evaluateAlternatives, type ConditionOutcome } from "./evaluate-conditions.js";
import type { EvaluationContext } from "./evaluation-context.js";
import {
  createResourceIndex,
  linksByTarget,
  stackPhaseTypes,
  type Linked,
} from "./join-reference.js";
import type { Bilingual, PolicyFinding } from "./policy-finding.js";
import type { CategoryReading } from "./read-categories.js";
import { readResourceCategories } from "./read-resource-categories.js";
import type { ResourceCatalog } from "./resource-catalog.js";
import type { ExposureCheck, ResourceTypeSpec } from "./resource-type-spec.js";
import { unknownTagsFinding } from "./unknown-tags-finding.js";

type Tagged = Extract<CategoryReading, { state: "tagged" }>;

const ownSettings: Bilingual = { en: "its own settings", "zh-CN": "其自身设置" };

/** Store types that another resource can expose or protect: judged whole in the stack phase. */
const joinedTypes = (catalog: ResourceCatalog) =>
  stackPhaseTypes(catalog, "exposure", (s) => [
    ...(s.exposureAttachment?.targets ?? []),
    ...(s.publicAccessBlock?.targets ?? []),
    ...(s.firewall ? [s.type] : []),
  ]);

/**
 * Whether public ACLs or policies are blocked for a store: the best outcome of its own block
 * settings and of the block resources that target it.
 */
function blocked(
  kind: ExposureCheck["kind"],
  store: AnalyzedResource,
  spec: ResourceTypeSpec,
  blocks: readonly Linked[],
): ConditionOutcome {
  if (kind !== "acl" && kind !== "policy") return { result: "no", unknownPaths: [] };
  const candidates = [
    ...(spec.ownPublicAccessBlock
      ? [{ props: store.props, blocks: spec.ownPublicAccessBlock }]
      : []),
    ...blocks.map((b) => ({ props: b.resource.props, blocks: b.spec.publicAccessBlock!.blocks })),
  ];
  let unknown: ConditionOutcome | undefined;
  for (const c of candidates) {
    const outcome = evaluateAlternatives(c.props, c.blocks[kind]);
    if (outcome.result === "yes") return outcome;
    if (outcome.result === "unknown") unknown = outcome;
  }
  return unknown ?? { result: "no", unknownPaths: [] };
}

/**
 * Judge one tagged store against its own exposures and those of the resources that expose it;
 * `blocks` are the public access blocks that target it (`undefined` in the resource phase).
 */
function judge(
  store: AnalyzedResource,
  spec: ResourceTypeSpec,
  reading: Tagged,
  context: EvaluationContext,
  exposers: readonly Linked[],
  blocks: readonly Linked[],
  firewall: readonly FirewallExposure[],
): PolicyFinding[] {
  const base = {
    resource: describeResource(store, spec),
    categories: describeCategories(reading),
    tag: reading.field,
    basis: categoryLegalBases(reading, context.taxonomy),
  };
  const sources: { props: unknown; checks: readonly ExposureCheck[]; via: Bilingual }[] = [
    { props: store.props, checks: spec.exposure, via: ownSettings },
    ...exposers.map((e) => ({
      props: e.resource.props,
      checks: e.spec.exposureAttachment!.exposure,
      via: describeResource(e.resource, e.spec),
    })),
  ];
  const findings: PolicyFinding[] = [];
  for (const source of sources) {
    for (const check of source.checks) {
      const outcome = evaluateAlternatives(source.props, check.anyOf);
      if (outcome.result === "no") continue;
      const block = blocked(check.kind, store, spec, blocks);
      if (block.result === "yes") continue;
      const params = { ...base, exposure: check.label, via: source.via, fix: check.fix };
      if (outcome.result === "unknown" || block.result === "unknown") {
        findings.push({
          urn: store.urn,
          message: "exposure.unknown",
          params: { ...params, field: [...outcome.unknownPaths, ...block.unknownPaths].join(", ") },
          dependsOnUnknown: true,
        });
        continue;
      }
      const defaultBlock =
        blocks.length === 0 && (check.kind === "acl" || check.kind === "policy")
          ? spec.publicAccessBlockedByDefault
          : undefined;
      findings.push({
        urn: store.urn,
        message: "exposure.public",
        params: {
          ...params,
          note: defaultBlock
            ? { en: ` ${defaultBlock.en}`, "zh-CN": defaultBlock["zh-CN"] }
            : { en: "", "zh-CN": "" },
        },
        dependsOnUnknown: false,
      });
    }
  }
  for (const open of firewall) {
    const params = { ...base, exposure: open.label, via: open.via, fix: open.fix };
    findings.push(
      open.outcome.result === "unknown"
        ? {
            urn: store.urn,
            message: "exposure.unknown",
            params: { ...params, field: open.outcome.unknownPaths.join(", ") },
            dependsOnUnknown: true,
          }
        : {
            urn: store.urn,
            message: "exposure.public",
            params: { ...params, note: { en: "", "zh-CN": "" } },
            dependsOnUnknown: false,
          },
    );
  }
  return findings;
}

/** Judge a store: untagged is silent; a computed tag map is reported only when something is public. */
function judgeStore(
  store: AnalyzedResource,
  context: EvaluationContext,
  exposers: readonly Linked[],
  blocks: readonly Linked[],
  firewall: () => readonly FirewallExposure[] = () => [],
): PolicyFinding[] {
  const spec = context.resources.get(store.type);
  if (!spec || (spec.exposure.length === 0 && exposers.length === 0 && !spec.firewall)) return [];
  const reading = readResourceCategories(store, context);
  if (reading.state === "untagged") return [];
  if (reading.state === "unknown-tags") {
    const asIfTagged: Tagged = {
      state: "tagged",
      field: reading.field,
      categories: [],
      invalid: [],
      valueUnknown: true,
      raw: "",
      secret: false,
    };
    return judge(store, spec, asIfTagged, context, exposers, blocks, firewall()).length > 0
      ? [unknownTagsFinding(store, spec, reading.field)]
      : [];
  }
  return judge(store, spec, reading, context, exposers, blocks, firewall());
}

/**
 * Resource phase of `pi-store-not-public`: stores whose exposure lives on the resource itself (RDS
 * `publiclyAccessible`, Alibaba Cloud whitelists, COS and OBS ACLs). Types another resource can
 * expose or protect (S3, OSS, GCS buckets, Azure storage accounts, RDS instances with snapshots)
 * are judged whole by {@link checkStackExposure}.
 */
export function checkResourceExposure(
  resource: AnalyzedResource,
  context: EvaluationContext,
): PolicyFinding[] {
  if (joinedTypes(context.resources).has(resource.type)) return [];
  return judgeStore(resource, context, [], []);
}

/**
 * Stack phase of `pi-store-not-public`: tagged stores joined with the resources that expose them
 * (ACL, policy and IAM resources, blob containers, snapshots), those that block public access, and
 * the firewall groups and ingress rules that guard their endpoints.
 */
export function checkStackExposure(
  resources: readonly AnalyzedResource[],
  context: EvaluationContext,
): PolicyFinding[] {
  const joined = joinedTypes(context.resources);
  if (!resources.some((r) => joined.has(r.type))) return [];
  const index = createResourceIndex(resources);
  const exposers = linksByTarget(resources, index, context, (s) => s.exposureAttachment);
  const blocks = linksByTarget(resources, index, context, (s) => s.publicAccessBlock);
  const rulesByGroup = ingressRulesByGroup(resources, index, context);
  return resources
    .filter((r) => joined.has(r.type))
    .flatMap((r) => {
      const firewall = context.resources.get(r.type)?.firewall;
      return judgeStore(r, context, exposers.get(r.urn) ?? [], blocks.get(r.urn) ?? [], () =>
        firewall
          ? firewallExposures(r, firewall, index, context, rulesByGroup, exposers.get(r.urn) ?? [])
          : [],
      );
    });
}
