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

/** What identifies a converted resource: its property objects, URN, provider and links. */
function identity(r: PolicyResource): readonly unknown[] {
  const links = [
    ...(r.dependencies ?? []).map((d) => d.urn),
    ...Object.entries(r.propertyDependencies ?? {}).flatMap(([k, ds]) => [
      k,
      ...ds.map((d) => d.urn),
    ]),
  ].join("\u0000");
  return [raw(r.props), r.urn, r.provider?.urn, r.provider && raw(r.provider.props), links];
}

/** The last stack converted, by the identities of the resources it was converted from. */
let lastStack:
  { identities: readonly (readonly unknown[])[]; converted: AnalyzedResource[] } | undefined;

/**
 * Every resource under `validateStack`, with dependencies kept as links between the converted
 * objects. The SDK calls each stack policy with its own resource objects, but the bundled pack
 * deserializes each resource's properties once per request (policies/bundle-pack.mjs): when every
 * resource has the property objects, URN, provider and links the previous call converted, this is
 * the same request, and its conversion (and the resource index built on it,
 * analyzers/resources/join-reference.ts) is reused rather than rebuilt per policy.
 */
export function fromStackResources(resources: readonly PolicyResource[]): AnalyzedResource[] {
  const identities = resources.map(identity);
  const previous = lastStack;
  if (
    previous &&
    previous.identities.length === identities.length &&
    identities.every((id, i) => id.every((part, j) => part === previous.identities[i]![j]))
  )
    return previous.converted;
  const converted = convertStack(resources);
  lastStack = { identities, converted };
  return converted;
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
