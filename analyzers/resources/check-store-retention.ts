import type { AnalyzedResource } from "./analyzed-resource.js";
import type { CategoryLookup } from "./category-lookup.js";
import { describeCategories } from "./describe-categories.js";
import { describeResource } from "./describe-resource.js";
import type { EvaluationContext } from "./evaluation-context.js";
import {
  createResourceIndex,
  linksByTarget,
  stackPhaseTypes,
  type Linked,
} from "./join-reference.js";
import type { Bilingual, PolicyFinding } from "./policy-finding.js";
import type { PolicyOptions } from "./policy-options.js";
import { readPath, type PropertyValue } from "./property-value.js";
import type { CategoryReading } from "./read-categories.js";
import { readResourceCategories } from "./read-resource-categories.js";
import type { ResourceCatalog } from "./resource-catalog.js";
import type { RetentionSource } from "./resource-type-spec.js";
import { unknownTagsFinding } from "./unknown-tags-finding.js";

type Tagged = Extract<CategoryReading, { state: "tagged" }>;

/** What the sources of one store say about how long it keeps data. */
type Bound =
  | { state: "days"; days: number; field: string; secret?: boolean }
  /** A bound is on, but its length is set by the application (DynamoDB TTL). */
  | { state: "on"; field: string }
  | { state: "forever"; field: string }
  | { state: "unknown"; field: string }
  | { state: "unset" };

const off = new Set(["false", "disabled", "0"]);

function isOff(v: PropertyValue): boolean {
  if (v.kind !== "known") return false;
  return v.value === false || (typeof v.value === "string" && off.has(v.value.toLowerCase()));
}

/** The bounds one source gives: one per item (lifecycle rule) or one for a plain value. */
function readSource(props: unknown, source: RetentionSource): Bound[] {
  const items = source.daysPath ? readPath(props, source.path) : [undefined];
  const field = source.daysPath ? `${source.path}.${source.daysPath}` : source.path;
  const out: Bound[] = [];
  for (const item of items) {
    if (item && item.kind === "unknown") {
      out.push({ state: "unknown", field: source.path });
      continue;
    }
    if (item && item.kind !== "known") continue;
    const holder = item ? item.value : props;
    if (source.enabledPath) {
      const [enabled] = readPath(holder, source.enabledPath);
      if (enabled && isOff(enabled)) continue;
    }
    for (const v of readPath(holder, source.daysPath ?? source.path)) {
      if (v.kind === "absent") continue;
      if (v.kind === "unknown") {
        out.push({ state: "unknown", field });
        continue;
      }
      if (source.lengthUnknown) {
        if (!isOff(v)) out.push({ state: "on", field });
        continue;
      }
      // Only numbers and numeric strings: `Number()` throws on objects without a primitive value.
      const n =
        typeof v.value === "number"
          ? v.value
          : typeof v.value === "string"
            ? Number(v.value)
            : Number.NaN;
      if (!Number.isFinite(n)) continue;
      if (n <= 0 && source.zeroMeansForever) out.push({ state: "forever", field });
      else if (n > 0)
        out.push({
          state: "days",
          days: source.unit === "hours" ? n / 24 : n,
          field,
          secret: v.secret === true,
        });
    }
  }
  return out;
}

/**
 * The store's bound: the longest known one (a second lifecycle rule keeping data longer decides),
 * an explicit "forever", a computed value, or nothing set.
 */
function combine(bounds: readonly Bound[]): Bound {
  const forever = bounds.find((b) => b.state === "forever");
  if (forever) return forever;
  const days = bounds.filter((b): b is Extract<Bound, { state: "days" }> => b.state === "days");
  const unknown = bounds.find((b) => b.state === "unknown");
  if (unknown) return unknown;
  if (days.length > 0) return days.reduce((a, b) => (b.days > a.days ? b : a));
  return bounds.find((b) => b.state === "on") ?? { state: "unset" };
}

/** How a message names the PI a `general` or `sensitive` maximum applies to. */
const sensitivityScope: Record<"general" | "sensitive", Bilingual> = {
  general: { en: "general PI", "zh-CN": "一般个人信息" },
  sensitive: { en: "sensitive PI", "zh-CN": "敏感个人信息" },
};

/** The strictest `maxRetentionDays` entry that applies to the tagged categories. */
function maximum(
  reading: Tagged,
  options: PolicyOptions,
  taxonomy: CategoryLookup,
): { max: number; scope: Bilingual } | undefined {
  let best: { max: number; scope: Bilingual } | undefined;
  const consider = (max: number, scope: Bilingual) => {
    if (!best || max < best.max) best = { max, scope };
  };
  const entries = Object.entries(options.maxRetentionDays);
  // A computed or empty tag counts as every category, as for the other policies.
  const assumeAll = reading.valueUnknown || reading.categories.length === 0;
  for (const [key, max] of entries) {
    if (key === "general" || key === "sensitive") {
      if (assumeAll || reading.categories.some((c) => c.sensitivity === key))
        consider(max, sensitivityScope[key]);
    } else if (assumeAll || reading.categories.some((c) => taxonomy.covers(key, c.id))) {
      // A secret tag must not be named through the key that matched it.
      consider(
        max,
        reading.secret
          ? { en: "a category in the tag", "zh-CN": "标签中的某个类别" }
          : { en: key, "zh-CN": key },
      );
    }
  }
  return best;
}

/** Store types another resource can bound: judged whole in the stack phase. */
const joinedTypes = (catalog: ResourceCatalog) =>
  stackPhaseTypes(catalog, "retention", (s) => s.retentionAttachment?.targets ?? []);

function judge(
  store: AnalyzedResource,
  context: EvaluationContext,
  attachments: readonly Linked[],
): PolicyFinding[] {
  const spec = context.resources.get(store.type);
  const retention = spec?.retention;
  if (!spec || !retention) return [];
  const reading = readResourceCategories(store, context);
  if (reading.state === "untagged") return [];
  const bound = combine([
    ...retention.sources.flatMap((s) => readSource(store.props, s)),
    ...attachments.flatMap((a) =>
      a.spec.retentionAttachment!.sources.flatMap((s) => readSource(a.resource.props, s)),
    ),
  ]);
  const effective: Bound =
    bound.state !== "unset"
      ? bound
      : retention.defaultDays !== undefined
        ? { state: "days", days: retention.defaultDays, field: "provider default" }
        : { state: "forever", field: "" };
  if (reading.state === "unknown-tags") {
    return effective.state === "forever" || effective.state === "unknown"
      ? [unknownTagsFinding(store, spec, reading.field)]
      : [];
  }
  const base = {
    resource: describeResource(store, spec),
    categories: describeCategories(reading),
    tag: reading.field,
    fix: retention.fix,
  };
  if (effective.state === "unknown")
    return [
      {
        urn: store.urn,
        message: "retention.unknown",
        params: { ...base, field: effective.field },
        dependsOnUnknown: true,
      },
    ];
  if (effective.state === "forever") {
    const field: Bilingual = effective.field
      ? { en: `${effective.field} means never expire`, "zh-CN": `${effective.field} 表示永不过期` }
      : {
          en: `${retention.sources.map((s) => `\`${s.path.replace(/\[\]$/, "")}\``).join(", ")} unset; the provider keeps data until it is deleted`,
          "zh-CN": `${retention.sources.map((s) => `\`${s.path.replace(/\[\]$/, "")}\``).join("、")} 未设置；云厂商会一直保存至被删除`,
        };
    return [
      {
        urn: store.urn,
        message: "retention.unbounded",
        params: { ...base, field },
        dependsOnUnknown: false,
      },
    ];
  }
  if (effective.state !== "days") return [];
  const limit = maximum(reading, context.options, context.taxonomy);
  if (!limit || effective.days <= limit.max) return [];
  const field: Bilingual =
    effective.field === "provider default"
      ? { en: "the provider default", "zh-CN": "云厂商默认值" }
      : { en: effective.field, "zh-CN": effective.field };
  return [
    {
      urn: store.urn,
      message: "retention.too-long",
      params: {
        ...base,
        field,
        days: effective.secret
          ? { en: "a number of days held as a secret (not shown)", "zh-CN": "机密天数（不予显示）" }
          : String(Math.round(effective.days * 100) / 100),
        max: String(limit.max),
        scope: limit.scope,
      },
      dependsOnUnknown: false,
    },
  ];
}

/**
 * Resource phase of `pi-store-retention-limited`: stores whose retention is set on the resource
 * itself (CloudWatch log groups, DynamoDB TTL, Kinesis, SLS logstores, OSS and COS lifecycle rules).
 */
export function checkResourceRetention(
  resource: AnalyzedResource,
  context: EvaluationContext,
): PolicyFinding[] {
  if (joinedTypes(context.resources).has(resource.type)) return [];
  return judge(resource, context, []);
}

/**
 * Stack phase of `pi-store-retention-limited`: stores a separate resource can bound (S3 buckets
 * and their `BucketLifecycleConfiguration`), joined to them.
 */
export function checkStackRetention(
  resources: readonly AnalyzedResource[],
  context: EvaluationContext,
): PolicyFinding[] {
  const joined = joinedTypes(context.resources);
  if (!resources.some((r) => joined.has(r.type))) return [];
  const index = createResourceIndex(resources);
  const attached = linksByTarget(resources, index, context, (s) => s.retentionAttachment);
  return resources
    .filter((r) => joined.has(r.type))
    .flatMap((r) => judge(r, context, attached.get(r.urn) ?? []));
}
