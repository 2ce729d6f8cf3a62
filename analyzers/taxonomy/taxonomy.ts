import type { CategoryDefinition } from "./category-definition.js";
import type { LegalBasis } from "./legal-basis.js";

/** One category an identifier was recognised as. */
export interface CategoryMatch {
  category: CategoryDefinition;
  /** The vocabulary term that matched (`id card no`, `身份证号`), or the identifier for a pattern. */
  token: string;
  /** `exact` when the whole identifier is a vocabulary entry, `token` when a part of it is. */
  confidence: "exact" | "token";
}

/** The loaded taxonomy: built-in plus configured categories, with fast lookups. */
export interface Taxonomy {
  categories: readonly CategoryDefinition[];
  /** Id or alias, case-insensitive; deprecated ids resolve to their replacement. */
  resolve(idOrAlias: string): CategoryDefinition | undefined;
  /** True when `coveringIdOrAlias` is `categoryId` or one of its ancestors. */
  covers(coveringIdOrAlias: string, categoryId: string): boolean;
  /** The closest id or alias to a misspelling ("did you mean"), or undefined. */
  suggest(unknown: string): string | undefined;
  legalBasis(id: string): LegalBasis | undefined;
  /** Categories an identifier names, best first; [] when none. */
  classify(identifier: string): CategoryMatch[];
}
