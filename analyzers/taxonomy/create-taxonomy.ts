import { ConfigError } from "../config/config-error.js";
import {
  createIdentifierClassifier,
  termKey,
  type IdentifierPattern,
  type VocabularyTerm,
} from "../recognisers/identifier-classifier.js";
import { validatorsById } from "../recognisers/validators/validators.js";
import type { CategoryDefinition } from "./category-definition.js";
import { closestName } from "./closest-name.js";
import type { FieldPatterns } from "./field-patterns.js";
import type { LegalBasis } from "./legal-basis.js";
import { legalBases as builtInLegalBases } from "./legal-bases.js";
import { compileUserPattern } from "./user-pattern.js";
import type { Taxonomy } from "./taxonomy.js";

/** Options for `createTaxonomy`. */
export interface CreateTaxonomyOptions {
  /** The legal-basis table; the built-in one by default. */
  legalBases?: readonly LegalBasis[];
  /**
   * How to name definition `index` in errors. Default `categories[index]`; `loadConfig` passes one
   * that maps user categories to their position in the config file.
   */
  pathOf?: (index: number) => string;
}

const idShape = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const aliasShape = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function parentOf(definition: CategoryDefinition): string | undefined {
  if (definition.parent !== undefined) return definition.parent;
  const dot = definition.id.lastIndexOf(".");
  return dot < 0 ? undefined : definition.id.slice(0, dot);
}

/**
 * Validates category definitions and builds a `Taxonomy`: id and alias lookups, parent chains,
 * legal bases and the identifier classifier, all precomputed so `classify` costs a few map lookups
 * per token.
 *
 * @throws ConfigError on duplicate ids or aliases, unknown parents, parent cycles, unknown legal-basis
 * or validator ids, unknown categories in `fieldPatterns`, and unsafe patterns.
 */
export function createTaxonomy(
  definitions: readonly CategoryDefinition[],
  fieldPatterns: FieldPatterns = {},
  options: CreateTaxonomyOptions = {},
): Taxonomy {
  const pathOf = options.pathOf ?? ((index: number) => `categories[${index}]`);
  const bases = new Map((options.legalBases ?? builtInLegalBases).map((b) => [b.id, b]));
  const byName = new Map<string, CategoryDefinition>();
  const byId = new Map<string, CategoryDefinition>();
  const parents = new Map<string, string | undefined>();

  definitions.forEach((d, index) => {
    if (!idShape.test(d.id))
      throw new ConfigError(
        `${pathOf(index)}.id`,
        { id: "taxonomy.id-shape.problem", params: { id: d.id } },
        { id: "taxonomy.id-shape.fix" },
      );
    if (byName.has(d.id.toLowerCase()))
      throw new ConfigError(
        `${pathOf(index)}.id`,
        { id: "taxonomy.id-taken.problem", params: { id: d.id } },
        { id: "taxonomy.id-taken.fix" },
      );
    byName.set(d.id.toLowerCase(), d);
    byId.set(d.id, d);
  });
  definitions.forEach((d, index) => {
    d.aliases.forEach((alias, a) => {
      const path = `${pathOf(index)}.aliases[${a}]`;
      if (!aliasShape.test(alias))
        throw new ConfigError(
          path,
          { id: "taxonomy.alias-shape.problem", params: { alias } },
          { id: "taxonomy.alias-shape.fix" },
        );
      const owner = byName.get(alias.toLowerCase());
      if (owner !== undefined && owner !== d)
        throw new ConfigError(
          path,
          { id: "taxonomy.alias-taken.problem", params: { alias, owner: owner.id } },
          { id: "taxonomy.alias-taken.fix" },
        );
      byName.set(alias.toLowerCase(), d);
    });
  });
  const names = [...byName.keys()];

  definitions.forEach((d, index) => {
    const parent = parentOf(d);
    let parentDefinition = parent === undefined ? undefined : byName.get(parent.toLowerCase());
    // A derived prefix that is the category's own alias (`location` of `location.precise`) is no parent.
    if (d.parent === undefined && parentDefinition === d) parentDefinition = undefined;
    else if (parent !== undefined && parentDefinition === undefined)
      throw new ConfigError(
        `${pathOf(index)}.parent`,
        { id: "taxonomy.unknown-category.problem", params: { category: parent } },
        { id: "taxonomy.unknown-parent.fix" },
        closestName(parent, names),
      );
    parents.set(d.id, parentDefinition?.id);
    d.legalBasis.forEach((basis, b) => {
      if (!bases.has(basis))
        throw new ConfigError(
          `${pathOf(index)}.legalBasis[${b}]`,
          { id: "taxonomy.unknown-legal-basis.problem", params: { basis } },
          { id: "taxonomy.unknown-legal-basis.fix" },
          closestName(basis, [...bases.keys()]),
        );
    });
    d.validators.forEach((validator, v) => {
      if (!(validator in validatorsById))
        throw new ConfigError(
          `${pathOf(index)}.validators[${v}]`,
          { id: "taxonomy.unknown-validator.problem", params: { validator } },
          { id: "schema.one-of.fix", params: { options: Object.keys(validatorsById) } },
          closestName(validator, Object.keys(validatorsById)),
        );
    });
    if (d.deprecated !== undefined && !byId.has(d.deprecated.replacedBy))
      throw new ConfigError(
        `${pathOf(index)}.deprecated.replacedBy`,
        { id: "taxonomy.unknown-category.problem", params: { category: d.deprecated.replacedBy } },
        { id: "taxonomy.unknown-replaced-by.fix" },
        closestName(d.deprecated.replacedBy, names),
      );
  });
  definitions.forEach((d, index) => {
    const seen = new Set<string>([d.id]);
    for (let p = parents.get(d.id); p !== undefined; p = parents.get(p)) {
      if (seen.has(p))
        throw new ConfigError(
          `${pathOf(index)}.parent`,
          { id: "taxonomy.parent-cycle.problem", params: { id: d.id, parent: p } },
          { id: "taxonomy.parent-cycle.fix" },
        );
      seen.add(p);
    }
  });

  // What callers see: each definition with its resolved parent filled in (undefined at the top).
  const resolved = new Map(
    definitions.map((d) => {
      const { parent: _given, ...rest } = d;
      const parent = parents.get(d.id);
      return [d.id, parent === undefined ? rest : { ...rest, parent }] as const;
    }),
  );
  const resolve = (idOrAlias: string): CategoryDefinition | undefined => {
    let found = byName.get(idOrAlias.trim().toLowerCase());
    for (let hops = 0; found?.deprecated !== undefined && hops < 16; hops++)
      found = byId.get(found.deprecated.replacedBy);
    return found === undefined ? undefined : resolved.get(found.id);
  };
  const resolveOrThrow = (category: string, path: string): CategoryDefinition => {
    const found = resolve(category);
    if (found === undefined)
      throw new ConfigError(
        path,
        { id: "taxonomy.unknown-category.problem", params: { category } },
        { id: "taxonomy.unknown-category.fix" },
        closestName(category, names),
      );
    return found;
  };

  const disabledTerms = new Set<string>();
  const disabledCategories = new Set<string>();
  const builtInTerms = new Set(
    definitions.flatMap((d) => Object.values(d.fieldNames).flat().map(termKey)),
  );
  (fieldPatterns.disable ?? []).forEach((entry, index) => {
    const path = `fieldPatterns.disable[${index}]`;
    if (typeof entry === "string") {
      if (!builtInTerms.has(termKey(entry)))
        throw new ConfigError(
          path,
          { id: "taxonomy.unknown-field-name.problem", params: { term: entry } },
          { id: "taxonomy.unknown-field-name.fix" },
          closestName(entry, [...builtInTerms]),
        );
      disabledTerms.add(termKey(entry));
    } else disabledCategories.add(resolveOrThrow(entry.category, `${path}.category`).id);
  });

  const terms: VocabularyTerm[] = [];
  for (const d of definitions) {
    if (d.deprecated !== undefined || disabledCategories.has(d.id)) continue;
    for (const term of Object.values(d.fieldNames).flat())
      if (!disabledTerms.has(termKey(term))) terms.push({ term, category: resolved.get(d.id)! });
  }
  const patterns: IdentifierPattern[] = [];
  (fieldPatterns.add ?? []).forEach((addition, index) => {
    const path = `fieldPatterns.add[${index}]`;
    const category = resolveOrThrow(addition.category, `${path}.category`);
    for (const term of addition.names ?? []) terms.push({ term, category, wholeOnly: true });
    for (const term of addition.tokens ?? []) terms.push({ term, category });
    if (addition.pattern !== undefined) {
      const compiled = compileUserPattern(addition.pattern);
      if ("problem" in compiled)
        throw new ConfigError(
          `${path}.pattern`,
          {
            id: `taxonomy.${compiled.problem}-regex.problem`,
            params: { detail: compiled.detail, pattern: addition.pattern },
          },
          { id: `taxonomy.${compiled.problem}-regex.fix` },
        );
      patterns.push({ regex: compiled, category });
    }
  });

  const classify = createIdentifierClassifier(terms, patterns);
  return {
    categories: [...resolved.values()],
    resolve,
    covers(coveringIdOrAlias, categoryId) {
      const covering = resolve(coveringIdOrAlias);
      const target = resolve(categoryId);
      if (covering === undefined || target === undefined) return false;
      for (let id: string | undefined = target.id; id !== undefined; id = parents.get(id))
        if (id === covering.id) return true;
      return false;
    },
    suggest: (unknown) => closestName(unknown, names),
    legalBasis: (id) => bases.get(id),
    classify,
  };
}
