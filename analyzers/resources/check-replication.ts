import { mainlandRegionIds } from "../regions/mainland-region-ids.js";
import type { AnalyzedResource } from "./analyzed-resource.js";
import { regionProblem } from "./check-store-residency.js";
import { describeCategories } from "./describe-categories.js";
import { describeResource } from "./describe-resource.js";
import type { EvaluationContext } from "./evaluation-context.js";
import { createResourceIndex, joinReference, type ResourceIndex } from "./join-reference.js";
import { parseArn } from "./parse-arn.js";
import type { Bilingual, PolicyFinding } from "./policy-finding.js";
import { readPath } from "./property-value.js";
import type { CategoryReading } from "./read-categories.js";
import { readResourceCategories } from "./read-resource-categories.js";
import { resolveRegion, type RegionResolution } from "./resolve-region.js";
import type { ReplicationSpec } from "./resource-type-spec.js";

type Tagged = Extract<CategoryReading, { state: "tagged" }>;
const sourceKeys = ["bucket", "arn", "id", "name", "identifier"];
/** The region an `aws-cn` ARN without a region stands for: any mainland AWS region will do. */
const awsCnRegion = mainlandRegionIds("aws")[0];

/** One place a copy goes, resolved as far as the stack allows. */
interface Destination {
  label: string | Bilingual;
  provider: string;
  resolution: RegionResolution;
}

function isStore(context: EvaluationContext) {
  return (r: AnalyzedResource) => Boolean(context.resources.get(r.type)?.store);
}

/** The tagged stores whose PI the relation copies. */
function sources(
  resource: AnalyzedResource,
  relation: ReplicationSpec,
  index: ResourceIndex,
  context: EvaluationContext,
): { store: AnalyzedResource; reading: Tagged }[] {
  let candidates: AnalyzedResource[] = [];
  if (relation.source === "self") candidates.push(resource);
  else {
    candidates = joinReference(
      resource,
      relation.source.property,
      index,
      isStore(context),
      sourceKeys,
    ).targets;
  }
  const via = relation.sourceVia;
  if (via) {
    for (const link of index.ofType(via.type)) {
      const linked = joinReference(link, via.linkProperty, index, (r) => r.urn === resource.urn, [
        "id",
        "arn",
        "name",
      ]);
      if (linked.targets.length === 0) continue;
      candidates.push(
        ...joinReference(link, via.sourcesProperty, index, isStore(context), ["arn", "id"]).targets,
      );
    }
  }
  const out: { store: AnalyzedResource; reading: Tagged }[] = [];
  for (const store of new Map(candidates.map((c) => [c.urn, c])).values()) {
    const reading = readResourceCategories(store, context);
    if (reading.state === "tagged") out.push({ store, reading });
  }
  return out;
}

/** What a destination held as a Pulumi secret is called instead of its value. */
const secretLabel: Bilingual = { en: "a secret destination", "zh-CN": "机密目标" };

function destinations(
  resource: AnalyzedResource,
  relation: ReplicationSpec,
  index: ResourceIndex,
  context: EvaluationContext,
): Destination[] {
  const provider = context.resources.providerOf(resource.type);
  const d = relation.destination;
  if (d === "self") {
    const spec = context.resources.get(resource.type);
    return [
      {
        label: resource.name,
        provider,
        resolution: resolveRegion(
          resource,
          spec,
          provider,
          context.regions,
          context.environment,
          "outputs",
        ),
      },
    ];
  }
  if ("regionPath" in d) {
    return readPath(resource.props, d.regionPath).flatMap((v): Destination[] => {
      if (v.kind === "unknown")
        return [
          { label: d.regionPath, provider, resolution: { state: "unknown", field: d.regionPath } },
        ];
      if (v.kind !== "known" || typeof v.value !== "string") return [];
      const raw =
        d.stripPrefix && v.value.startsWith(d.stripPrefix)
          ? v.value.slice(d.stripPrefix.length)
          : v.value;
      const region = context.regions.normalise(provider, raw);
      const secret = v.secret === true;
      return [
        {
          label: secret ? secretLabel : `"${v.value}"`,
          provider,
          resolution: {
            state: "known",
            region,
            source: "resource",
            field: d.regionPath,
            ...(secret ? { secret: true as const } : {}),
          },
        },
      ];
    });
  }
  const join = joinReference(
    resource,
    d.resourcePath,
    index,
    (r) => isStore(context)(r) && context.resources.providerOf(r.type) === provider,
    d.targetKeys,
  );
  const out: Destination[] = join.targets.map((t) => ({
    label: t.name,
    provider: context.resources.providerOf(t.type),
    resolution: resolveRegion(
      t,
      context.resources.get(t.type),
      context.resources.providerOf(t.type),
      context.regions,
      context.environment,
      "outputs",
    ),
  }));
  for (const value of join.unmatched) {
    const secret = join.secretUnmatched?.has(value) === true;
    const label = secret ? secretLabel : value;
    const hide = secret ? { secret: true as const } : {};
    const arn = parseArn(value);
    if (!arn) {
      out.push({
        label,
        provider,
        resolution: { state: "undetermined", tried: [d.resourcePath] },
      });
    } else if (arn.region) {
      out.push({
        label,
        provider,
        resolution: {
          state: "known",
          region: arn.region,
          source: "resource",
          field: d.resourcePath,
          ...hide,
        },
      });
    } else {
      // Global-namespace ARNs (S3) carry no region, but the partition does: `aws-cn` holds only the
      // mainland regions, so its first one stands for it; every other partition is outside mainland
      // China and its id stands for the region (the field says it was read from the ARN partition,
      // in each language).
      const region = arn.partition === "aws-cn" ? awsCnRegion : arn.partition;
      out.push({
        label,
        provider,
        resolution: {
          state: "known",
          region,
          source: "resource",
          field: {
            en: `${d.resourcePath} (ARN partition)`,
            "zh-CN": `${d.resourcePath}（ARN 分区）`,
          },
          ...hide,
        },
      });
    }
  }
  if (join.unknown)
    out.push({
      label: d.resourcePath,
      provider,
      resolution: { state: "unknown", field: d.resourcePath },
    });
  return out;
}

/**
 * `pi-no-cross-border-replication` (stack policy): copies of tagged PI — S3 replication, DynamoDB
 * global-table replicas, RDS read replicas and automated-backup replication, AWS Backup copy
 * actions, OSS cross-region replication — must stay in mainland China.
 */
export function checkReplication(
  resources: readonly AnalyzedResource[],
  context: EvaluationContext,
): PolicyFinding[] {
  const index = createResourceIndex(resources);
  const findings: PolicyFinding[] = [];
  for (const resource of resources) {
    const spec = context.resources.get(resource.type);
    if (!spec || spec.replication.length === 0) continue;
    for (const relation of spec.replication) {
      if (
        relation.when &&
        readPath(resource.props, relation.when).every((v) => v.kind === "absent")
      )
        continue;
      const from = sources(resource, relation, index, context);
      if (from.length === 0) continue;
      for (const destination of destinations(resource, relation, index, context)) {
        const problem = regionProblem(destination.resolution, context, destination.provider);
        if (!problem) continue;
        for (const { store, reading } of from) {
          const params: Record<string, string | Bilingual> = {
            fix: relation.fix,
            ...problem.params,
            resource: describeResource(resource, spec),
            relation: relation.label,
            source: describeResource(store, context.resources.get(store.type)),
            destination: destination.label,
            categories: describeCategories(reading),
            tag: reading.field,
          };
          findings.push({
            urn: resource.urn,
            message: `replication.${problem.message}`,
            params,
            dependsOnUnknown: problem.message === "unknown",
          });
        }
      }
    }
  }
  return findings;
}
