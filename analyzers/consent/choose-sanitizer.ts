import { tokenizeIdentifier } from "../recognisers/tokenize-identifier.js";
import type { CompiledConsentRules } from "./compile-consent-rules.js";
import { defaultSanitizerPrefixes } from "./sanitizers.js";

type SanitizerRules = Pick<
  CompiledConsentRules,
  "isSanitizer" | "suggestedSanitizer" | "suggestedFor"
>;
/** What the choice reads of a taxonomy (the engine's and the config's both have it). */
interface SanitizerTaxonomy {
  resolve(idOrAlias: string): { id: string } | undefined;
  covers(coveringIdOrAlias: string, categoryId: string): boolean;
  classify(identifier: string): readonly { category: { id: string } }[];
}

/**
 * The sanitizer a fix names for a value of a category: the config's `sanitizers.suggestedFor`
 * entry for the category, else the entry of its nearest ancestor, else `sanitizers.suggested`
 * (`mask` by default). Messages, the scanner and the ESLint suggestion all start from it.
 */
export function suggestedSanitizerFor(
  categoryId: string,
  rules: SanitizerRules,
  taxonomy: SanitizerTaxonomy,
): string {
  let best: { name: string; depth: number } | undefined;
  for (const [key, name] of Object.entries(rules.suggestedFor)) {
    const category = taxonomy.resolve(key);
    if (!category || !taxonomy.covers(category.id, categoryId)) continue;
    const depth = category.id.split(".").length;
    if (!best || depth > best.depth) best = { name, depth };
  }
  return best?.name ?? rules.suggestedSanitizer;
}

/**
 * What a sanitizer's name says it is for: the category its words after the verb name (`maskMobile`
 * → `contact.mobile`, `mask_id_card` → `identity.resident-id`), or `undefined` for a general one
 * (`mask`, `maskPii`, `redactSensitive`).
 */
function sanitizerCategory(name: string, taxonomy: SanitizerTaxonomy): string | undefined {
  const rest = tokenizeIdentifier(name).slice(1);
  if (rest.length === 0) return undefined;
  return taxonomy.classify(rest.join("_"))[0]?.category.id;
}

/** Position of a name's verb among the built-in prefixes (`mask` first), for a stable order. */
function verbRank(name: string): number {
  const verb = tokenizeIdentifier(name)[0]?.toLowerCase() ?? "";
  const rank = defaultSanitizerPrefixes.indexOf(verb);
  return rank < 0 ? defaultSanitizerPrefixes.length : rank;
}

/**
 * Among the names declared or imported where a value is used, the sanitizer to wrap a value of a
 * category in: the suggested one (`suggestedSanitizerFor`) when it is there; else one whose name
 * is for that category or one related to it (`maskMobile`, `maskPhone` for a mobile number); else
 * a general one (`maskPii`). A sanitizer named for another category (`maskMobile` for a resident
 * ID) is never chosen. `undefined` when none fits: a fix that wraps in a name not in scope would
 * not compile, and guessing the import's module path is not ours to do.
 */
export function sanitizerInScope(
  categoryId: string,
  namesInScope: Iterable<string>,
  rules: SanitizerRules,
  taxonomy: SanitizerTaxonomy,
): string | undefined {
  const suggested = suggestedSanitizerFor(categoryId, rules, taxonomy);
  const specific: string[] = [];
  const general: string[] = [];
  for (const name of namesInScope) {
    if (name === suggested) return name;
    if (!rules.isSanitizer(name)) continue;
    const category = sanitizerCategory(name, taxonomy);
    if (category === undefined) general.push(name);
    else if (taxonomy.covers(category, categoryId) || taxonomy.covers(categoryId, category))
      specific.push(name);
  }
  const order = (a: string, b: string) => verbRank(a) - verbRank(b) || (a < b ? -1 : a > b ? 1 : 0);
  return specific.sort(order)[0] ?? general.sort(order)[0];
}
