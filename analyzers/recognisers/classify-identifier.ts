import { defaultTaxonomy } from "../taxonomy/default-taxonomy.js";
import type { CategoryDefinition } from "../taxonomy/category-definition.js";
import type { CategoryMatch } from "../taxonomy/taxonomy.js";

/**
 * The categories an identifier names under the built-in taxonomy, best first (exact before token,
 * sensitive before general); [] when none. `classifyIdentifier("userIdCardNo")[0].category.id` is
 * `identity.resident-id`. Use `loadConfig(...).taxonomy.classify` to include configured vocabulary.
 */
export function classifyIdentifier(name: string): CategoryMatch[] {
  return defaultTaxonomy.classify(name);
}

/** A built-in category by id or alias (case-insensitive), or undefined. */
export function resolveCategory(idOrAlias: string): CategoryDefinition | undefined {
  return defaultTaxonomy.resolve(idOrAlias);
}
