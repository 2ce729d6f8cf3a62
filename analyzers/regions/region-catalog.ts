import { parseSpec } from "../resources/parse-spec.js";
import { providerRegions } from "./provider-regions.js";
import {
  regionSpecExtensionSchema,
  regionSpecSchema,
  type RegionSpec,
  type RegionSpecExtension,
  type RegionSpecInput,
} from "./region-spec.js";

/** Where a region sits relative to the mainland-China allow-list. */
export type RegionVerdict = "mainland" | "outside-mainland";

/** Region facts for every known provider, with the lookups the policies need. */
export interface RegionCatalog {
  /** The spec for a provider id (`aws`), or `undefined` for a provider pipl-guard does not know. */
  forProvider(provider: string): RegionSpec | undefined;
  /** The spec whose first-class provider resource has this type token (`pulumi:providers:aws`). */
  forProviderType(providerType: string): RegionSpec | undefined;
  /** Normalise a raw region value the way the provider compares it (Azure display names). */
  normalise(provider: string, region: string): string;
  /** Judge a region against the allow-list (plus `extraAllowed`, e.g. a private cloud). */
  verdict(provider: string, region: string, extraAllowed?: readonly string[]): RegionVerdict;
  /** Mainland regions a message can suggest for this provider (`cn-north-1`, …). */
  suggestions(provider: string): readonly string[];
  /** "Hong Kong / 中国香港" style label for a region, or `undefined` when none is recorded. */
  label(provider: string, region: string): { en: string; "zh-CN": string } | undefined;
}

let builtIns: readonly RegionSpec[] | undefined;

/** The built-in table, parsed once per process (each parse is start-up time of every preview). */
function builtInSpecs(): readonly RegionSpec[] {
  return (builtIns ??= providerRegions.map((input, i) =>
    parseSpec(regionSpecSchema, input, `built-in regions[${i}]`),
  ));
}

/**
 * Build the region catalog from the built-in table plus user specs from config. A user spec for a
 * provider already known replaces lists only where it gives them, so a team can add a region
 * without restating the table; a spec for a new provider is added as is.
 */
export function createRegionCatalog(
  extra: readonly (RegionSpecInput | RegionSpecExtension)[] = [],
): RegionCatalog {
  if (extra.length > 0) return buildRegionCatalog(extra);
  // Built-ins only: nothing a user wrote to validate now, so parse the table on the first lookup
  // (a policy pack answering the engine's handshake never looks a region up).
  let built: RegionCatalog | undefined;
  const catalog = (): RegionCatalog => (built ??= buildRegionCatalog([]));
  return {
    forProvider: (provider) => catalog().forProvider(provider),
    forProviderType: (type) => catalog().forProviderType(type),
    normalise: (provider, region) => catalog().normalise(provider, region),
    verdict: (provider, region, extraAllowed) => catalog().verdict(provider, region, extraAllowed),
    suggestions: (provider) => catalog().suggestions(provider),
    label: (provider, region) => catalog().label(provider, region),
  };
}

function buildRegionCatalog(
  extra: readonly (RegionSpecInput | RegionSpecExtension)[],
): RegionCatalog {
  const byProvider = new Map<string, RegionSpec>();
  for (const spec of builtInSpecs()) byProvider.set(spec.provider, spec);
  for (const [i, input] of extra.entries()) {
    const known = byProvider.get(input.provider);
    if (!known) {
      byProvider.set(input.provider, parseSpec(regionSpecSchema, input, `regions[${i}]`));
      continue;
    }
    // Extending a built-in provider: only the fields given change, lists are merged.
    const given = parseSpec(regionSpecExtensionSchema, input, `regions[${i}]`);
    const changed = Object.fromEntries(
      Object.keys(input).map((k) => [k, given[k as keyof typeof given]]),
    ) as Partial<RegionSpec>;
    byProvider.set(input.provider, {
      ...known,
      ...changed,
      mainland: [...new Set([...known.mainland, ...(given.mainland ?? [])])],
      mainlandNames: { ...known.mainlandNames, ...given.mainlandNames },
      outsideMainland: { ...known.outsideMainland, ...given.outsideMainland },
    });
  }
  const byProviderType = new Map([...byProvider.values()].map((s) => [s.providerType, s]));
  const mainlandSets = new Map(
    [...byProvider.values()].map((s) => [s.provider, new Set(s.mainland.map((r) => norm(s, r)))]),
  );

  function norm(spec: RegionSpec | undefined, region: string): string {
    const trimmed = region.trim();
    return spec?.normalise === "lowercase-strip-spaces"
      ? trimmed.toLowerCase().replace(/\s+/g, "")
      : trimmed;
  }

  return {
    forProvider: (provider) => byProvider.get(provider),
    forProviderType: (type) => byProviderType.get(type),
    normalise: (provider, region) => norm(byProvider.get(provider), region),
    verdict(provider, region, extraAllowed = []) {
      const spec = byProvider.get(provider);
      const r = norm(spec, region);
      if (mainlandSets.get(provider)?.has(r)) return "mainland";
      return extraAllowed.some((a) => norm(spec, a) === r) ? "mainland" : "outside-mainland";
    },
    suggestions: (provider) => byProvider.get(provider)?.mainland.slice(0, 3) ?? [],
    label(provider, region) {
      const spec = byProvider.get(provider);
      if (!spec) return undefined;
      const r = norm(spec, region);
      return spec.outsideMainland[r] ?? spec.mainlandNames[r];
    },
  };
}

/** The catalog of built-in regions only. */
export const defaultRegionCatalog: RegionCatalog = createRegionCatalog();
