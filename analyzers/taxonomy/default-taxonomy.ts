import { categories } from "./categories.js";
import { createTaxonomy } from "./create-taxonomy.js";
import type { Taxonomy } from "./taxonomy.js";

let built: Taxonomy | undefined;
const taxonomy = (): Taxonomy => (built ??= createTaxonomy(categories));

/**
 * The built-in taxonomy (no user configuration), validated and indexed on first use: a process
 * that never asks it anything (a policy pack answering the engine's handshake) does not pay for it.
 */
export const defaultTaxonomy: Taxonomy = {
  get categories() {
    return taxonomy().categories;
  },
  resolve: (idOrAlias) => taxonomy().resolve(idOrAlias),
  covers: (coveringIdOrAlias, categoryId) => taxonomy().covers(coveringIdOrAlias, categoryId),
  suggest: (unknown) => taxonomy().suggest(unknown),
  legalBasis: (id) => taxonomy().legalBasis(id),
  classify: (identifier) => taxonomy().classify(identifier),
};
