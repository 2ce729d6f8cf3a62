import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../analyzers/config/load-config.js";
import { classifyIdentifier } from "../../analyzers/recognisers/classify-identifier.js";
import { findPiInText } from "../../analyzers/recognisers/find-pi-in-text.js";
import { tokenizeIdentifier } from "../../analyzers/recognisers/tokenize-identifier.js";
import { validators } from "../../analyzers/recognisers/validators/validators.js";
import { syntheticBankCard, syntheticMobile, syntheticResidentId } from "../support/synthetic.js";

/*
 * Fuzz of the recognisers: random and adversarial identifiers and values (up to 100 KB, shaped to
 * make a backtracking regex or a quadratic loop blow up) are each classified, without an
 * exception, within a time bound.
 */

const runs = Number(process.env.PIPL_FUZZ_RUNS ?? 200);
const boundMs = 250;
const config = loadConfig({
  fieldPatterns: { add: [{ category: "name", pattern: "^(?:emp|staff)[_-]?name\\d*$" }] },
});

function timed<T>(label: string, f: () => T): T {
  const started = performance.now();
  const result = f();
  const ms = performance.now() - started;
  expect({ label: label.slice(0, 60), slow: ms > boundMs }).toEqual({
    label: label.slice(0, 60),
    slow: false,
  });
  return result;
}

const size = 100_000;
const rep = (s: string) => s.repeat(Math.ceil(size / s.length)).slice(0, size);

/** 100 KB strings aimed at the known failure modes of identifier and value scanners. */
const adversarial: Record<string, string> = {
  "one long identifier": rep("a"),
  "camel humps": rep("aB"),
  "acronym run": rep("ABC"),
  "id-number tokens": rep("idNumber"),
  "pinyin run": rep("shenfenzhenghao"),
  "digits only": rep("1"),
  "digits with X": rep("11010519900101123X"),
  "almost resident IDs": rep("1101051990010112 "),
  "resident IDs back to back": rep(syntheticResidentId(3)),
  "mobiles back to back": rep(syntheticMobile(1)),
  "mobiles with separators": rep(`${syntheticMobile(2)},`),
  "bank-card digit runs": rep(`${syntheticBankCard(4)}0`),
  "plus-86 prefixes": rep("+86"),
  underscores: rep("_"),
  "dashes and dollars": rep("-$"),
  "chinese field names": rep("身份证号手机号"),
  "mixed scripts": rep("用户IdCard号"),
  "astral characters": rep("𠀀𝒳"),
  "lone surrogates": rep("\ud800a"),
  "nul and control": rep("\u0000\u0001\u007f"),
  whitespace: rep(" \t\n"),
  "passport-like": rep("E12345678"),
  "travel-permit-like": rep("H1234567890"),
  "uscc-like": rep("91350100M000100Y43"),
};

describe("recognisers: 100 KB adversarial strings", () => {
  for (const [name, text] of Object.entries(adversarial)) {
    it(`classifies ${name} within ${boundMs} ms per call`, () => {
      timed(`tokenize ${name}`, () => tokenizeIdentifier(text));
      timed(`classify ${name}`, () => classifyIdentifier(text));
      timed(`configured classify ${name}`, () => config.taxonomy.classify(text));
      const found = timed(`findPiInText ${name}`, () => findPiInText(text));
      for (const f of found) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.end).toBeGreaterThan(f.start);
      }
      for (const [id, validate] of Object.entries(validators))
        expect(typeof timed(`${id} ${name}`, () => validate(text))).toBe("boolean");
    });
  }

  it("finds every planted value in a 100 KB haystack (the fuzz is not vacuous)", () => {
    const planted = [syntheticResidentId(1), syntheticMobile(5), syntheticBankCard(6)];
    const text = `${rep("x ").slice(0, 50_000)} ${planted.join(" ; ")} ${rep("y ").slice(0, 50_000)}`;
    const found = timed("haystack", () => findPiInText(text));
    expect(found.map((f) => f.category)).toEqual([
      "identity.resident-id",
      "contact.mobile",
      "financial.bank-account",
    ]);
  });
});

const identifierArb = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        "id",
        "Id",
        "ID",
        "number",
        "No",
        "card",
        "mobile",
        "phone",
        "shouji",
        "sfz",
        "身份证",
        "号",
        "_",
        "-",
        "$",
        "user",
        "name",
        "Name",
        "x",
        "2",
        "emp",
        "staff",
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join("")),
);

const valueArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.stringMatching(/^[0-9Xx +-]{0,60}$/),
  fc.integer({ min: 0, max: 999 }).map((n) => `${syntheticResidentId(n)}${n % 3 ? "" : "1"}`),
  fc.integer({ min: 0, max: 999 }).map((n) => ` ${syntheticMobile(n)} `),
  fc.integer({ min: 0, max: 999 }).map((n) => syntheticBankCard(n)),
);

describe("recognisers: random identifiers and values", () => {
  it("classifies random identifiers deterministically, within the bound", () => {
    fc.assert(
      fc.property(identifierArb, (id) => {
        const first = timed(`classify ${id}`, () => config.taxonomy.classify(id));
        expect(config.taxonomy.classify(id)).toEqual(first);
        for (const m of first) expect(config.taxonomy.resolve(m.category.id)).toBeDefined();
        expect(Array.isArray(tokenizeIdentifier(id))).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  it("scans random values within the bound, reporting spans inside the text only", () => {
    fc.assert(
      fc.property(valueArb, (value) => {
        const found = timed(`findPiInText ${value}`, () => findPiInText(value));
        for (const f of found) expect(value.slice(f.start, f.end).length).toBe(f.end - f.start);
        for (const validate of Object.values(validators)) validate(value);
      }),
      { numRuns: runs },
    );
  });

  it("recognises every synthetic resident ID, mobile and bank card (the generators are valid)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        expect(validators.residentId(syntheticResidentId(n))).toBe(true);
        expect(validators.mobile(syntheticMobile(n))).toBe(true);
        expect(validators.bankCard(syntheticBankCard(n))).toBe(true);
      }),
      { numRuns: runs },
    );
  });
});
