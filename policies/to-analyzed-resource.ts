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

/** Every resource under `validateStack`, with dependencies kept as links between the converted objects. */
export function fromStackResources(resources: readonly PolicyResource[]): AnalyzedResource[] {
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
