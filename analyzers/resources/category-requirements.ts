import type { CategoryLookup } from "./category-lookup.js";
import type { PolicyOptions } from "./policy-options.js";
import type { CategoryReading } from "./read-categories.js";
import type { Bilingual } from "./policy-finding.js";

type Tagged = Extract<CategoryReading, { state: "tagged" }>;
const sensitivities = new Set(["general", "sensitive"]);

/** Whether the tagged PI must be encrypted at rest; a computed or empty tag counts as "yes". */
export function requiresEncryption(
  reading: Tagged,
  options: PolicyOptions,
  taxonomy: CategoryLookup,
): boolean {
  if (reading.valueUnknown || reading.categories.length === 0) return true;
  return reading.categories.some((c) =>
    options.encryptCategories.some((e) =>
      sensitivities.has(e) ? e === c.sensitivity : taxonomy.covers(e, c.id),
    ),
  );
}

/** Whether the tagged PI must use a customer-managed key (by sensitivity). */
export function requiresCustomerManagedKey(reading: Tagged, options: PolicyOptions): boolean {
  if (options.requireCustomerManagedKey.length === 0) return false;
  if (reading.valueUnknown || reading.categories.length === 0) return true;
  return reading.categories.some((c) => options.requireCustomerManagedKey.includes(c.sensitivity));
}

/** Citations the categories add (e.g. PIPL Art. 28 for sensitive PI), deduplicated. */
export function categoryLegalBases(reading: Tagged, taxonomy: CategoryLookup): Bilingual {
  // The citations would name the categories of a secret tag value.
  if (reading.secret) return { en: "", "zh-CN": "" };
  const seen = new Map<string, Bilingual>();
  for (const c of reading.categories) {
    for (const id of c.legalBasis) {
      const basis = taxonomy.legalBasis(id);
      if (basis) seen.set(id, basis.citation);
    }
  }
  const all = [...seen.values()];
  if (all.length === 0) return { en: "", "zh-CN": "" };
  return {
    en: `Also: ${all.map((b) => b.en).join("; ")}.`,
    "zh-CN": `另见：${all.map((b) => b["zh-CN"]).join("；")}。`,
  };
}
