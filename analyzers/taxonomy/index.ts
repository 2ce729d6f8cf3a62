export { categories, controlsBySensitivity } from "./categories.js";
export type {
  CategoryDefinition,
  FieldNames,
  LocalizedText,
  RequiredControl,
  Sensitivity,
} from "./category-definition.js";
export { createTaxonomy, type CreateTaxonomyOptions } from "./create-taxonomy.js";
export { defaultTaxonomy } from "./default-taxonomy.js";
export type { FieldPatternAddition, FieldPatternDisable, FieldPatterns } from "./field-patterns.js";
export type { LegalBasis } from "./legal-basis.js";
export { legalBases } from "./legal-bases.js";
export type { CategoryMatch, Taxonomy } from "./taxonomy.js";
