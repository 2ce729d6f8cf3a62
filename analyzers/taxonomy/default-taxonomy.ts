import { categories } from "./categories.js";
import { createTaxonomy } from "./create-taxonomy.js";
import type { Taxonomy } from "./taxonomy.js";

/** The built-in taxonomy (no user configuration), validated at module load. */
export const defaultTaxonomy: Taxonomy = createTaxonomy(categories);
