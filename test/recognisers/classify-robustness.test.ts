import fc from "fast-check";
import { expect, test } from "vitest";
import { classifyIdentifier, createTaxonomy, categories } from "../../analyzers/index.js";
import { tokenizeIdentifier } from "../../analyzers/recognisers/tokenize-identifier.js";

test("never throws and only returns known categories, for any string", () => {
  const ids = new Set(categories.map((c) => c.id));
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (name) => {
      for (const match of classifyIdentifier(name)) expect(ids.has(match.category.id)).toBe(true);
      for (const token of tokenizeIdentifier(name)) expect(token).toBe(token.toLowerCase());
    }),
    { numRuns: 500 },
  );
});

test("classifies 100 KB identifiers in linear time", () => {
  for (const input of [
    "a".repeat(100_000),
    "A".repeat(100_000) + "b",
    "Id".repeat(50_000),
    "身".repeat(100_000),
    "id_card_".repeat(12_500),
  ]) {
    const started = performance.now();
    classifyIdentifier(input);
    expect(performance.now() - started, input.slice(0, 10)).toBeLessThan(1_000);
  }
});

test("classifies 20,000 distinct identifiers quickly (uncached)", () => {
  const taxonomy = createTaxonomy(categories);
  const names = Array.from({ length: 20_000 }, (_, i) => `someUser${i}MobileNumberField`);
  const started = performance.now();
  for (const name of names) taxonomy.classify(name);
  const perIdentifier = (performance.now() - started) / names.length;
  expect(perIdentifier).toBeLessThan(0.2); // milliseconds
});
