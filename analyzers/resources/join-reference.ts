import type { AnalyzedResource } from "./analyzed-resource.js";
import type { EvaluationContext } from "./evaluation-context.js";
import { readPath } from "./property-value.js";
import type { ResourceCatalog } from "./resource-catalog.js";
import type { ResourceTypeSpec } from "./resource-type-spec.js";

/** A resource that links to others (exposes, blocks, bounds or opens them), with its spec. */
export interface Linked {
  resource: AnalyzedResource;
  spec: ResourceTypeSpec;
}

/** The outcome of following a reference property to the resources it names. */
export interface JoinResult {
  targets: AnalyzedResource[];
  /** Known string values that matched no resource (an ARN or name outside this stack). */
  unmatched: string[];
  /** The reference is computed and no dependency says where it points. */
  unknown: boolean;
  /** Unmatched values Pulumi holds as secrets: messages must not print them. */
  secretUnmatched?: ReadonlySet<string>;
}

/**
 * Follow `path` of `resource` to resources accepted by `isCandidate`. Order: the engine's
 * `propertyDependencies` for the top-level property, then plain `dependencies` when exactly one is a
 * candidate (both work during preview, when names and ARNs are still computed), then known values
 * equal to a candidate's `targetKeys` properties (references to resources made elsewhere).
 */
export function joinReference(
  resource: AnalyzedResource,
  path: string,
  index: ResourceIndex,
  isCandidate: (r: AnalyzedResource) => boolean,
  targetKeys: readonly string[],
): JoinResult {
  const top = path.split(".")[0]!.replace(/\[\]$/, "");
  const byProperty = (resource.propertyDependencies?.[top] ?? []).filter(isCandidate);
  if (byProperty.length > 0) return { targets: dedupe(byProperty), unmatched: [], unknown: false };
  const values = readPath(resource.props, path);
  const known = values.flatMap((v) =>
    v.kind === "known" && typeof v.value === "string" ? [v.value] : [],
  );
  const unknown = values.some((v) => v.kind === "unknown");
  const secrets = new Set(
    values.flatMap((v) =>
      v.kind === "known" && v.secret && typeof v.value === "string" ? [v.value] : [],
    ),
  );
  const deps = (resource.dependencies ?? []).filter(isCandidate);
  if (deps.length === 1 && (unknown || known.length > 0)) {
    return { targets: deps, unmatched: [], unknown: false };
  }
  const targets: AnalyzedResource[] = [];
  const unmatched: string[] = [];
  for (const value of known) {
    const hit = targetKeys
      .flatMap((k) => index.lookup(k, value))
      .filter((r) => isCandidate(r) && r.urn !== resource.urn);
    if (hit.length > 0) targets.push(...hit);
    else unmatched.push(value);
  }
  return {
    targets: dedupe(targets),
    unmatched,
    unknown: unknown && targets.length === 0,
    ...(secrets.size > 0 ? { secretUnmatched: secrets } : {}),
  };
}

/** Resources of a stack by the known string values of their properties, built lazily per key. */
export interface ResourceIndex {
  readonly all: readonly AnalyzedResource[];
  lookup(key: string, value: string): readonly AnalyzedResource[];
  /** The resources of one type token, in stack order. */
  ofType(type: string): readonly AnalyzedResource[];
}

const indexes = new WeakMap<readonly AnalyzedResource[], ResourceIndex>();

/**
 * Index a stack's resources; each key is scanned once, on first lookup. The index of an array is
 * built once and shared by every check handed the same array (the pack's stack policies are,
 * policies/to-analyzed-resource.ts), so a stack is scanned once per key, not once per policy.
 */
export function createResourceIndex(all: readonly AnalyzedResource[]): ResourceIndex {
  const cached = indexes.get(all);
  if (cached) return cached;
  const byKey = new Map<string, Map<string, AnalyzedResource[]>>();
  const byType = new Map<string, AnalyzedResource[]>();
  const index: ResourceIndex = {
    all,
    lookup(key, value) {
      let map = byKey.get(key);
      if (!map) {
        map = new Map();
        for (const r of all) {
          const [v] = readPath(r.props, key);
          if (v?.kind === "known" && typeof v.value === "string") {
            const hits = map.get(v.value);
            if (hits) hits.push(r);
            else map.set(v.value, [r]);
          }
        }
        byKey.set(key, map);
      }
      return map.get(value) ?? [];
    },
    ofType(type) {
      if (byType.size === 0) {
        for (const r of all) {
          const same = byType.get(r.type);
          if (same) same.push(r);
          else byType.set(r.type, [r]);
        }
      }
      return byType.get(type) ?? [];
    },
  };
  indexes.set(all, index);
  return index;
}

function dedupe(rs: AnalyzedResource[]): AnalyzedResource[] {
  return [...new Map(rs.map((r) => [r.urn, r])).values()];
}

/**
 * Follow each linking resource of the stack (an ACL, a block, a lifecycle rule, an ingress rule)
 * to the resources it names, by `pick`'s property; a link without a property is account-level
 * and covers every target made with the same provider.
 */
export function linksByTarget(
  resources: readonly AnalyzedResource[],
  index: ResourceIndex,
  context: EvaluationContext,
  pick: (
    spec: ResourceTypeSpec,
  ) => { property?: string; targets: string[]; targetKeys: string[] } | undefined,
): Map<string, Linked[]> {
  const out = new Map<string, Linked[]>();
  for (const r of resources) {
    const spec = context.resources.get(r.type);
    const link = spec && pick(spec);
    if (!spec || !link) continue;
    const targets = new Set(link.targets);
    if (link.property === undefined) {
      // Account-level: every target made with the same provider (the same account, as far as
      // the stack says; two providers may be one account, but a block is never assumed).
      for (const t of link.targets.flatMap((type) => index.ofType(type)))
        if (t.provider?.urn === r.provider?.urn)
          out.set(t.urn, [...(out.get(t.urn) ?? []), { resource: r, spec }]);
      continue;
    }
    const join = joinReference(
      r,
      link.property,
      index,
      (t) => targets.has(t.type),
      link.targetKeys,
    );
    for (const t of join.targets)
      out.set(t.urn, [...(out.get(t.urn) ?? []), { resource: r, spec }]);
  }
  return out;
}

const stackTypes = new WeakMap<ResourceCatalog, Map<string, ReadonlySet<string>>>();

/**
 * The store types a policy judges whole in its stack phase (those another resource can link to),
 * worked out once per catalog and policy: `collect` names them for one spec.
 */
export function stackPhaseTypes(
  catalog: ResourceCatalog,
  policy: string,
  collect: (spec: ResourceTypeSpec) => readonly string[],
): ReadonlySet<string> {
  let byPolicy = stackTypes.get(catalog);
  if (!byPolicy) stackTypes.set(catalog, (byPolicy = new Map()));
  let types = byPolicy.get(policy);
  if (!types) byPolicy.set(policy, (types = new Set(catalog.specs.flatMap(collect))));
  return types;
}
