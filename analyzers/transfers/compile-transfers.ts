import type { LocalizedText } from "../messages/localized-text.js";
import { defaultRegionCatalog, type RegionCatalog } from "../regions/index.js";
import { knownHosts, type KnownHost } from "./known-hosts.js";
import { regionPlace } from "./region-places.js";
import { sdkDestinations, urlSinks } from "./sdk-destinations.js";
import type { TransferDestination } from "./transfer-destination.js";
import { crossBorderPurposes, transferMechanisms } from "./transfer-mechanisms.js";
import type { TransfersSection } from "./transfers-section.js";

/** A destination that is the organisation itself: not a transfer to another party. */
export const ownDestination = "own" as const;

/** What a transfer's destination resolves to: a recipient, or the organisation itself. */
export type ResolvedDestination = TransferDestination | typeof ownDestination;

/** The `transfers` config section with the built-in tables, ready for lookups. */
export interface CompiledTransfers {
  /** Where a request to a host goes (`unknown` when no table knows the host). */
  host(host: string, from: TransferDestination["from"]): ResolvedDestination;
  /** Where a cloud SDK's region sends data, or `undefined` for a region id no table knows. */
  region(sinkId: string, region: string): TransferDestination | undefined;
  /** An SDK sink's recipient when the code names no endpoint; `undefined` for URL sinks. */
  sdkDefault(sinkId: string): TransferDestination | undefined;
  /** Whether a sink follows its URL argument (fetch, axios, ...). */
  followsUrl(sinkId: string): boolean;
  /** Consent purposes that cover a cross-border send (PIPL Art. 39). */
  crossBorderPurposes: ReadonlySet<string>;
  /** Mechanisms `@pipl-transfer` accepts. */
  mechanisms: ReadonlySet<string>;
}

/** Hosts that are this machine: a sidecar or local gateway, not another party. */
const loopbackHosts = new Set(["localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0"]);

function matchesHost(host: string, pattern: string): boolean {
  const bare = pattern.startsWith("*.") ? pattern.slice(2) : pattern;
  return host === bare || host.endsWith(`.${bare}`);
}

/** The longest entry matching a host (the most specific one). */
function bestMatch<T extends { host: string }>(host: string, entries: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const e of entries)
    if (matchesHost(host, e.host) && (!best || e.host.length > best.host.length)) best = e;
  return best;
}

/** What a cloud region id looks like (`cn-hangzhou`, `ap-southeast-1`, `me-central-1`). */
const regionShaped = /^(cn|ap|us|eu|me|sa|af|na|ca|il|mx)-[a-z]+(-[a-z0-9]+)*$/;

/** Region ids a host name may carry: each label and each of its dash-separated tails. */
function regionCandidates(host: string): string[] {
  const out: string[] = [];
  for (const label of host.split(".")) {
    const parts = label.split("-");
    for (let i = 0; i < parts.length - 1; i++) out.push(parts.slice(i).join("-"));
  }
  return out;
}

/** Compiles the built-in tables with a config's `transfers` section. */
export function compileTransfers(
  section: TransfersSection = {},
  regions: RegionCatalog = defaultRegionCatalog,
): CompiledTransfers {
  const declared = (section.destinations ?? []).map((d) => ({
    ...d,
    host: d.host ?? "",
  }));
  const declaredHosts = declared.filter((d) => d.host !== "");
  const ownHosts = section.ownHosts ?? [];
  const bySink = new Map(sdkDestinations.map((d) => [d.sink, d]));
  const declaredBySink = new Map(
    (section.destinations ?? []).filter((d) => d.sink !== undefined).map((d) => [d.sink!, d]),
  );

  const fromRegion = (
    provider: string,
    region: string,
    service: string | undefined,
    host: string | undefined,
    from: TransferDestination["from"],
  ): TransferDestination | undefined => {
    const verdict = regionPlace(provider, region, regions);
    if (!verdict) return undefined;
    const place: LocalizedText | undefined = verdict.place;
    return {
      jurisdiction: verdict.mainland ? "mainland" : "cross-border",
      ...(host === undefined ? {} : { host }),
      ...(service === undefined ? {} : { service }),
      ...(place === undefined ? {} : { place }),
      region,
      from,
    };
  };

  const fromKnown = (
    host: string,
    known: KnownHost,
    from: TransferDestination["from"],
  ): TransferDestination => {
    if (known.regionProvider !== undefined) {
      const candidates = regionCandidates(host.slice(0, -known.host.length));
      for (const candidate of candidates) {
        const byRegion = fromRegion(known.regionProvider, candidate, known.service, host, from);
        if (byRegion) return byRegion;
      }
      // A region the tables do not know (a new foreign region): not the vendor's home default.
      const unknownRegion = candidates.find((c) => regionShaped.test(c));
      if (unknownRegion !== undefined)
        return {
          jurisdiction: "unknown",
          host,
          service: known.service,
          region: unknownRegion,
          from,
        };
    }
    return {
      jurisdiction: known.jurisdiction,
      host,
      service: known.service,
      ...(known.place ? { place: known.place } : {}),
      from,
    };
  };

  return {
    host(rawHost, from) {
      const host = rawHost.toLowerCase();
      if (loopbackHosts.has(host) || ownHosts.some((h) => matchesHost(host, h)))
        return ownDestination;
      const mine = bestMatch(host, declaredHosts);
      if (mine)
        return {
          jurisdiction: mine.jurisdiction,
          host,
          ...(mine.service ? { service: mine.service } : {}),
          ...(mine.place ? { place: mine.place } : {}),
          from: "config",
        };
      const known = bestMatch(host, knownHosts);
      if (known) return fromKnown(host, known, from);
      // A `.cn` host is registered under CNNIC's mainland rules; no other TLD says where a server is.
      if (host.endsWith(".cn"))
        return {
          jurisdiction: "mainland",
          host,
          place: { en: "mainland China", "zh-CN": "中国境内" },
          from,
        };
      return { jurisdiction: "unknown", host, from };
    },
    region(sinkId, region) {
      const sdk = bySink.get(sinkId);
      if (!sdk?.regionProvider) return undefined;
      return fromRegion(sdk.regionProvider, region, sdk.service, undefined, "region");
    },
    sdkDefault(sinkId) {
      const mine = declaredBySink.get(sinkId);
      if (mine)
        return {
          jurisdiction: mine.jurisdiction,
          ...(mine.service ? { service: mine.service } : {}),
          ...(mine.place ? { place: mine.place } : {}),
          from: "config",
        };
      const sdk = bySink.get(sinkId);
      if (!sdk) return undefined;
      return {
        jurisdiction: sdk.jurisdiction,
        service: sdk.service,
        ...(sdk.host ? { host: sdk.host } : {}),
        ...(sdk.place ? { place: sdk.place } : {}),
        from: "sdk-default",
      };
    },
    followsUrl: (sinkId) => urlSinks.includes(sinkId),
    crossBorderPurposes: new Set([...crossBorderPurposes, ...(section.crossBorderPurposes ?? [])]),
    mechanisms: new Set([
      ...transferMechanisms.map((m) => m.id),
      ...(section.mechanisms ?? []).map((m) => m.id),
    ]),
  };
}
