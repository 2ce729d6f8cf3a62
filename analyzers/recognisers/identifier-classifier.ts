import type { CategoryDefinition } from "../taxonomy/category-definition.js";
import type { CategoryMatch } from "../taxonomy/taxonomy.js";
import {
  appCredentialTokens,
  negativePrefixes,
  negativeSuffixes,
  nonPersonalPhrases,
  serviceBrandTerms,
  weakTerms,
} from "./name-rules.js";
import { tokenizeIdentifier } from "./tokenize-identifier.js";

/** One vocabulary entry: a token sequence and the category it names (null for non-personal phrases). */
export interface VocabularyEntry {
  tokens: string[];
  category: CategoryDefinition | null;
  /** Classifies only when it is the whole identifier. */
  wholeOnly: boolean;
}

/** A vocabulary term plus where it came from, before indexing. */
export interface VocabularyTerm {
  term: string;
  category: CategoryDefinition;
  wholeOnly?: boolean;
}

/** A user pattern tested against the whole identifier (a RegExp, or a linear-time RE2 matcher). */
export interface IdentifierPattern {
  regex: { test(identifier: string): boolean };
  category: CategoryDefinition;
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;
const cacheLimit = 10_000;
const prefixSet = new Set(negativePrefixes);
const suffixSet = new Set(negativeSuffixes);
const weakSet = new Set(weakTerms);
const brandSet = new Set(serviceBrandTerms);
const credentialSet = new Set(appCredentialTokens);

/** Normalises a term to its token key: `idCardNo` → `id card no`. */
export function termKey(term: string): string {
  return tokenizeIdentifier(term).join(" ");
}

interface Hit {
  entry: VocabularyEntry;
  start: number;
  end: number;
  term: string;
}

/**
 * Builds the classifier once: token-sequence index by first token, a Chinese word index for
 * substrings of Chinese runs, and a bounded memo per identifier (classification runs on every
 * identifier on every keystroke).
 */
export function createIdentifierClassifier(
  terms: readonly VocabularyTerm[],
  patterns: readonly IdentifierPattern[] = [],
): (identifier: string) => CategoryMatch[] {
  const byFirst = new Map<string, VocabularyEntry[]>();
  const chinese = new Map<string, VocabularyEntry>();
  let longestChinese = 0;
  const add = (tokens: string[], entry: VocabularyEntry): void => {
    const list = byFirst.get(tokens[0]!) ?? [];
    const key = tokens.join(" ");
    const same = list.findIndex((e) => e.tokens.join(" ") === key);
    if (same >= 0) list[same] = entry;
    else list.push(entry);
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    byFirst.set(tokens[0]!, list);
  };
  for (const phrase of nonPersonalPhrases) {
    const tokens = phrase.split(" ");
    const entry = { tokens, category: null, wholeOnly: false };
    add(tokens, entry);
    if (cjk.test(phrase)) {
      chinese.set(phrase, entry);
      longestChinese = Math.max(longestChinese, phrase.length);
    }
  }
  for (const { term, category, wholeOnly } of terms) {
    const tokens = tokenizeIdentifier(term);
    if (tokens.length === 0) continue;
    const entry = {
      tokens,
      category,
      wholeOnly: (wholeOnly ?? false) || weakSet.has(tokens.join(" ")),
    };
    add(tokens, entry);
    if (tokens.length === 1 && cjk.test(term)) {
      chinese.set(tokens[0]!, entry);
      longestChinese = Math.max(longestChinese, tokens[0]!.length);
    }
  }

  const classifyUncached = (identifier: string): CategoryMatch[] => {
    const tokens = tokenizeIdentifier(identifier);
    const n = tokens.length;
    const hits: Hit[] = [];
    let i = 0;
    while (i < n) {
      const token = tokens[i]!;
      const entry = byFirst
        .get(token)
        ?.find((e) => e.tokens.length <= n - i && e.tokens.every((t, k) => tokens[i + k] === t));
      if (entry !== undefined) {
        const whole = i === 0 && entry.tokens.length === n;
        if (entry.category !== null && (!entry.wholeOnly || whole))
          hits.push({
            entry,
            start: i,
            end: i + entry.tokens.length,
            term: entry.tokens.join(" "),
          });
        i += entry.tokens.length;
        continue;
      }
      if (cjk.test(token)) {
        // A Chinese run is one token; find the vocabulary words inside it, longest first.
        for (let s = 0; s < token.length;) {
          let matched = 0;
          for (let len = Math.min(longestChinese, token.length - s); len >= 2; len--) {
            const word = token.slice(s, s + len);
            const found = chinese.get(word);
            // A non-personal phrase (category null) consumes its characters without a hit.
            if (found !== undefined && !found.wholeOnly) {
              if (found.category !== null)
                hits.push({ entry: found, start: i, end: i + 1, term: word });
              matched = len;
              break;
            }
          }
          s += matched > 0 ? matched : 1;
        }
      }
      i++;
    }
    const first = tokens[0];
    const last = tokens[n - 1];
    // The app's own WeChat or Alipay credentials and config, not a person's account.
    const appOwn = tokens.some((t) => credentialSet.has(t));
    const kept = hits.filter(
      (h) =>
        !(first !== undefined && prefixSet.has(first) && h.start !== 0) &&
        !(last !== undefined && suffixSet.has(last) && h.end !== n) &&
        !(appOwn && brandSet.has(h.term)),
    );
    // Frozen: memoised results are shared by every caller.
    const matches: CategoryMatch[] = kept.map((h) =>
      Object.freeze({
        category: h.entry.category!,
        token: h.term,
        confidence: h.start === 0 && h.end === n && h.term === tokens.join(" ") ? "exact" : "token",
      }),
    );
    for (const p of patterns)
      if (p.regex.test(identifier))
        matches.push(
          Object.freeze({ category: p.category, token: identifier, confidence: "exact" }),
        );
    const rank = (m: CategoryMatch): number =>
      (m.confidence === "exact" ? 0 : 2) + (m.category.sensitivity === "sensitive" ? 0 : 1);
    const sorted = matches
      .map((m, index) => ({ m, index }))
      .sort((a, b) => rank(a.m) - rank(b.m) || a.index - b.index)
      .map(({ m }) => m);
    const seen = new Set<string>();
    return sorted.filter((m) => !seen.has(m.category.id) && seen.add(m.category.id) !== undefined);
  };

  const cache = new Map<string, CategoryMatch[]>();
  return (identifier) => {
    const cached = cache.get(identifier);
    if (cached !== undefined) return [...cached];
    const result = classifyUncached(identifier);
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(identifier, result);
    return [...result];
  };
}
