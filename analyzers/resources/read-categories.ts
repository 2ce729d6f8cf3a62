import type { AnalyzedResource } from "./analyzed-resource.js";
import type { CategoryLookup, PolicyCategory } from "./category-lookup.js";
import { classify, parseJsonObject, readPath } from "./property-value.js";
import type { ResourceTypeSpec } from "./resource-type-spec.js";
import type { RegionCatalog } from "../regions/region-catalog.js";

/** A token in a PI tag that names no category, with the closest id. */
export interface InvalidCategoryToken {
  token: string;
  suggestion?: string;
}

/** What a resource's PI tag says. */
export type CategoryReading =
  | { state: "untagged" }
  /** The tags map itself is computed: whether the resource holds PI cannot be known yet. */
  | { state: "unknown-tags"; field: string }
  | {
      state: "tagged";
      /** Where the tag was found: `tags.pipl`, or `provider defaultTags.tags.pipl`. */
      field: string;
      categories: PolicyCategory[];
      invalid: InvalidCategoryToken[];
      /** The tag value is computed: categories unknown, so every control is assumed required. */
      valueUnknown: boolean;
      /** The raw tag value, for messages (never printed when `secret`). */
      raw: string;
      /** Pulumi holds the tag value (or its whole tag map) as a secret: messages must not print it. */
      secret: boolean;
    };

/** GCP label values allow no commas or dots, hence `_` as a separator too. */
const separators = /[\s,_]+/;

function lookupTag(
  tags: unknown,
  tagKey: string,
  inSecret: boolean,
): { found: boolean; value: unknown; secret: boolean } {
  // A provider's default tags map arrives JSON-encoded (GCP `defaultLabels`).
  const c = classify(parseJsonObject(tags), inSecret);
  const none = { found: false, value: undefined, secret: false };
  if (c.kind !== "known") return none;
  const secret = c.secret === true;
  if (Array.isArray(c.value)) {
    for (const e of c.value) {
      const entry = classify(e, secret);
      if (entry.kind !== "known" || typeof entry.value !== "object") continue;
      const o = entry.value as Record<string, unknown>;
      const key = classify(o.key ?? o.Key);
      if (key.kind === "known" && key.value === tagKey)
        return { found: true, value: o.value ?? o.Value, secret: entry.secret === true };
    }
    return none;
  }
  if (typeof c.value === "object" && Object.prototype.hasOwnProperty.call(c.value, tagKey)) {
    return { found: true, value: (c.value as Record<string, unknown>)[tagKey], secret };
  }
  return none;
}

/**
 * Read the PI tag (`tagKey`, default `pipl`) from the resource's tag properties, then from its
 * provider's default tags. The value lists category ids or aliases separated by commas, spaces or
 * `_`; each is resolved through the taxonomy.
 */
export function readCategories(
  resource: AnalyzedResource,
  spec: Pick<ResourceTypeSpec, "tagProperties"> | undefined,
  tagKey: string,
  taxonomy: CategoryLookup,
  regions: RegionCatalog,
): CategoryReading {
  // `decisive` places can hide the tag while computed; derived ones (AWS `tagsAll`, computed in
  // every preview, the union of the others) are only read when known.
  const places: { field: string; tags: ReturnType<typeof readPath>[number]; decisive: boolean }[] =
    [];
  (spec?.tagProperties ?? ["tags"]).forEach((prop, i) => {
    const [tags] = readPath(resource.props, prop);
    if (tags) places.push({ field: prop, tags, decisive: i === 0 });
  });
  const providerSpec = resource.provider && regions.forProviderType(resource.provider.type);
  if (resource.provider && providerSpec?.defaultTagsPath) {
    const [tags] = readPath(resource.provider.props, providerSpec.defaultTagsPath);
    if (tags)
      places.push({ field: `provider ${providerSpec.defaultTagsPath}`, tags, decisive: true });
  }
  let unknownField: string | undefined;
  for (const { field, tags, decisive } of places) {
    if (tags.kind === "unknown") {
      if (decisive) unknownField ??= field;
      continue;
    }
    if (tags.kind !== "known") continue;
    const hit = lookupTag(tags.value, tagKey, tags.secret === true);
    if (!hit.found) continue;
    const value = classify(hit.value, hit.secret);
    const secret = value.kind !== "absent" && value.secret === true;
    const tagField = `${field}.${tagKey}`;
    if (value.kind === "unknown") {
      return {
        state: "tagged",
        field: tagField,
        categories: [],
        invalid: [],
        valueUnknown: true,
        raw: "",
        secret,
      };
    }
    const raw = value.kind === "known" ? tagText(value.value) : "";
    const categories: PolicyCategory[] = [];
    const invalid: InvalidCategoryToken[] = [];
    const seen = new Set<string>();
    for (const token of raw.split(separators).filter(Boolean)) {
      const category = taxonomy.resolve(token);
      if (category) {
        if (!categories.some((c) => c.id === category.id)) categories.push(category);
      } else if (!seen.has(token)) {
        seen.add(token);
        // One finding per distinct token: each repeats the whole tag value, so repeats of a bad
        // token (a list or object stringified into the tag) would multiply the report.
        const suggestion = taxonomy.suggest(token);
        invalid.push(suggestion ? { token, suggestion } : { token });
      }
    }
    return {
      state: "tagged",
      field: tagField,
      categories,
      invalid,
      valueUnknown: false,
      raw,
      secret,
    };
  }
  return unknownField ? { state: "unknown-tags", field: unknownField } : { state: "untagged" };
}

/**
 * A tag value as text. `String()` throws on objects without a usable `toString` (a `toString`
 * property holding data, a null prototype), and a policy that throws fails the whole deploy.
 */
function tagText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
