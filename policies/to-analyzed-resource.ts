import type { PolicyResource, ResourceValidationArgs } from "@pulumi/policy";
import type {
  AnalyzedProvider,
  AnalyzedResource,
} from "../analyzers/resources/analyzed-resource.js";

/*
 * `@pulumi/policy` hands policies its unknown-checking proxy, which throws on the first computed
 * value it meets and makes the SDK downgrade the whole policy to a generic advisory. pipl-guard
 * decides about unknowns itself, so it reads the proxy's target (the SDK's documented escape hatch
 * `__getSpecialProxyTarget`, also used by its own serializer).
 */
const proxyTarget = "__getSpecialProxyTarget";

function raw(props: unknown): Record<string, unknown> {
  if (props === null || typeof props !== "object") return {};
  // The bundled pack asks the SDK to keep secrets (policies/bundle-pack.mjs), which adds its
  // secrets-preserving proxy under the unknown-checking one: peel both.
  let o = props as Record<string, unknown>;
  for (let target = o[proxyTarget]; target && target !== o; target = o[proxyTarget])
    o = target as Record<string, unknown>;
  return o;
}

function provider(p: ResourceValidationArgs["provider"]): AnalyzedProvider | undefined {
  return p ? { type: p.type, urn: p.urn, name: p.name, props: raw(p.props) } : undefined;
}

/** A resource under `validateResource`. */
export function fromValidationArgs(args: ResourceValidationArgs): AnalyzedResource {
  const p = provider(args.provider);
  return {
    type: args.type,
    urn: args.urn,
    name: args.name,
    props: raw(args.props),
    ...(p ? { provider: p } : {}),
  };
}

/** Whether `c` was converted from a resource with `r`'s property object, URN, provider and links. */
function convertedFrom(c: AnalyzedResource, r: PolicyResource): boolean {
  if (c.urn !== r.urn || c.props !== raw(r.props) || c.provider?.urn !== r.provider?.urn)
    return false;
  const deps = r.dependencies ?? [];
  if ((c.dependencies?.length ?? 0) !== deps.length) return false;
  if (deps.some((d, i) => c.dependencies![i]!.urn !== d.urn)) return false;
  const byProperty = Object.entries(r.propertyDependencies ?? {});
  if (Object.keys(c.propertyDependencies ?? {}).length !== byProperty.length) return false;
  return byProperty.every(([k, ds]) => {
    const converted = c.propertyDependencies?.[k];
    return converted?.length === ds.length && ds.every((d, i) => converted[i]!.urn === d.urn);
  });
}

/** The last stack converted, and the resource objects it was converted from. */
let lastStack: AnalyzedResource[] | undefined;
let lastInput: readonly PolicyResource[] = [];

/**
 * Every resource under `validateStack`, with dependencies kept as links between the converted
 * objects. Stock @pulumi/policy calls each stack policy with its own resource objects; the bundled
 * pack builds them once per request (policies/bundle-pack.mjs). When every resource is the previous
 * call's object, or has its property object, URN, provider and links, this is the same request, and
 * its conversion (and the resource index built on it, analyzers/resources/join-reference.ts) is
 * reused rather than rebuilt per policy.
 */
export function fromStackResources(resources: readonly PolicyResource[]): AnalyzedResource[] {
  const previous = lastStack;
  // The bundle hands every stack policy of a request the same resource objects: compare those
  // first, then what a converted resource records.
  if (
    previous &&
    previous.length === resources.length &&
    resources.every((r, i) => r === lastInput[i] || convertedFrom(previous[i]!, r))
  ) {
    lastInput = resources;
    return previous;
  }
  lastStack = convertStack(resources);
  lastInput = resources;
  return lastStack;
}

function convertStack(resources: readonly PolicyResource[]): AnalyzedResource[] {
  const converted = new Map<
    PolicyResource,
    AnalyzedResource & {
      dependencies: AnalyzedResource[];
      propertyDependencies: Record<string, AnalyzedResource[]>;
    }
  >();
  for (const r of resources) {
    const p = provider(r.provider);
    converted.set(r, {
      type: r.type,
      urn: r.urn,
      name: r.name,
      props: raw(r.props),
      ...(p ? { provider: p } : {}),
      dependencies: [],
      propertyDependencies: {},
    });
  }
  for (const [r, c] of converted) {
    c.dependencies.push(...(r.dependencies ?? []).flatMap((d) => converted.get(d) ?? []));
    for (const [k, deps] of Object.entries(r.propertyDependencies ?? {})) {
      c.propertyDependencies[k] = deps.flatMap((d) => converted.get(d) ?? []);
    }
  }
  return [...converted.values()];
}
