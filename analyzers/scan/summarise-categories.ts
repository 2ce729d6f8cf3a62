import type { Taxonomy } from "../taxonomy/taxonomy.js";
import type { CategorySummary } from "./scan-result.js";

/** Names, sensitivity and cited legal bases of the given categories, keyed by id, sorted by id. */
export function summariseCategories(
  ids: Iterable<string>,
  taxonomy: Pick<Taxonomy, "resolve" | "legalBasis">,
): Record<string, CategorySummary> {
  const out: Record<string, CategorySummary> = {};
  for (const id of [...new Set(ids)].sort()) {
    const c = taxonomy.resolve(id);
    if (!c) continue;
    out[id] = {
      id,
      name: { en: c.name.en, "zh-CN": c.name["zh-CN"] },
      sensitivity: c.sensitivity,
      legalBases: c.legalBasis.flatMap((basisId) => {
        const b = taxonomy.legalBasis(basisId);
        return b
          ? [
              {
                id: b.id,
                citation: b.citation,
                summary: b.summary,
                ...(b.url === undefined ? {} : { url: b.url }),
              },
            ]
          : [];
      }),
    };
  }
  return out;
}
