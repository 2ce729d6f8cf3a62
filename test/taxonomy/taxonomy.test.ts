import { describe, expect, test } from "vitest";
import {
  categories,
  createTaxonomy,
  defaultTaxonomy,
  legalBases,
  resolveCategory,
  type CategoryDefinition,
} from "../../analyzers/index.js";
import { errorOf } from "../support/config-error-of.js";

const required: [id: string, aliases: string[], sensitivity: string, bases: string[]][] = [
  ["basic.name", ["name"], "general", ["pipl-art-4", "gbt-35273-a1", "guiding-case-193"]],
  ["basic.address", ["address"], "general", ["gbt-35273-a1", "guiding-case-193"]],
  ["basic.birth-date", ["birth-date"], "general", ["gbt-35273-a1"]],
  ["basic.gender", ["gender"], "general", ["gbt-35273-a1"]],
  ["basic.ethnicity", ["ethnicity"], "general", ["gbt-35273-a1"]],
  ["contact.mobile", ["mobile-number", "phone"], "general", ["guiding-case-195", "gbt-35273-a1"]],
  ["contact.email", ["email"], "general", ["gbt-35273-a1"]],
  [
    "identity.resident-id",
    ["resident-id"],
    "sensitive",
    ["gbt-35273-b1", "guiding-case-193", "spc-spp-2017-art-5-500"],
  ],
  ["identity.passport", ["passport"], "sensitive", ["gbt-35273-b1"]],
  ["identity.travel-permit", ["travel-permit"], "sensitive", ["gbt-35273-b1"]],
  ["identity.document-image", ["id-card-image"], "sensitive", ["gbt-35273-b1"]],
  ["biometric", [], "sensitive", ["pipl-art-28", "pipl-art-29"]],
  ["biometric.face", ["face"], "sensitive", ["pipl-art-28", "pipl-art-29", "guiding-case-192"]],
  ["biometric.fingerprint", ["fingerprint"], "sensitive", ["pipl-art-28", "pipl-art-29"]],
  ["biometric.voiceprint", ["voiceprint"], "sensitive", ["pipl-art-28", "pipl-art-29"]],
  ["biometric.iris", ["iris"], "sensitive", ["pipl-art-28", "pipl-art-29"]],
  ["account.social", ["social-account", "wechat"], "general", ["guiding-case-194"]],
  [
    "account.credential",
    ["credential", "password"],
    "sensitive",
    ["spc-spp-2017-art-1", "gbt-35273-b1"],
  ],
  ["auth.verification-code", ["verification-code", "sms-code"], "sensitive", ["guiding-case-195"]],
  [
    "financial.bank-account",
    ["bank-account", "financial-account"],
    "sensitive",
    ["pipl-art-28", "gbt-35273-b1"],
  ],
  ["financial.transaction", ["transaction"], "sensitive", ["pipl-art-28", "gbt-35273-b1"]],
  ["health", ["medical"], "sensitive", ["pipl-art-28"]],
  ["location.precise", ["location"], "sensitive", ["pipl-art-28", "spc-spp-2017-art-5-50"]],
  ["religion", [], "sensitive", ["pipl-art-28"]],
  ["specific-identity", [], "sensitive", ["pipl-art-28"]],
  ["minor", ["minor-under-14"], "sensitive", ["pipl-art-28", "pipl-art-31"]],
];

describe("built-in categories", () => {
  test.each(required)(
    "%s has its aliases, sensitivity and legal bases",
    (id, aliases, sensitivity, bases) => {
      const category = resolveCategory(id);
      expect(category?.id).toBe(id);
      expect(category?.sensitivity).toBe(sensitivity);
      expect(category?.legalBasis).toEqual(expect.arrayContaining(bases));
      for (const alias of aliases) expect(resolveCategory(alias)?.id).toBe(id);
      expect(category?.controls).toEqual(
        sensitivity === "sensitive"
          ? ["encryption-at-rest", "mainland-residency", "separate-consent"]
          : ["encryption-at-rest", "mainland-residency"],
      );
    },
  );

  test("every legal-basis id a category cites resolves, with English and Chinese text", () => {
    for (const category of categories)
      for (const id of category.legalBasis) {
        const basis = defaultTaxonomy.legalBasis(id);
        expect(basis, `${category.id} → ${id}`).toBeDefined();
        expect(basis?.summary.en.length).toBeGreaterThan(10);
        expect(basis?.summary["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      }
  });

  test("the legal-basis table has the required provisions", () => {
    const ids = legalBases.map((b) => b.id);
    for (const art of [4, 13, 14, 23, 25, 28, 29, 31, 38, 39, 40, 51, 55])
      expect(ids).toContain(`pipl-art-${art}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        "criminal-law-art-253a",
        "spc-spp-2017-art-1",
        "guiding-case-192",
        "guiding-case-193",
        "guiding-case-194",
        "guiding-case-195",
        "gbt-35273-a1",
        "gbt-35273-b1",
        "cac-2022-security-assessment",
        "cac-2024-cross-border-provisions",
      ]),
    );
    expect(defaultTaxonomy.legalBasis("pipl-art-28")?.citation["zh-CN"]).toBe(
      "《个人信息保护法》第二十八条",
    );
  });

  test("every category has an English and a Chinese name", () => {
    for (const c of categories) {
      expect(c.name.en.length, c.id).toBeGreaterThan(1);
      expect(c.name["zh-CN"], c.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("resolve, covers and suggest", () => {
  test("resolves ids and aliases case-insensitively", () => {
    expect(defaultTaxonomy.resolve("Resident-ID")?.id).toBe("identity.resident-id");
    expect(defaultTaxonomy.resolve("IDENTITY.RESIDENT-ID")?.id).toBe("identity.resident-id");
    expect(defaultTaxonomy.resolve("no-such-thing")).toBeUndefined();
  });

  test("a parent covers its children and itself, not its siblings", () => {
    expect(defaultTaxonomy.covers("biometric", "biometric.face")).toBe(true);
    expect(defaultTaxonomy.covers("identity", "identity.resident-id")).toBe(true);
    expect(defaultTaxonomy.covers("resident-id", "identity.resident-id")).toBe(true);
    expect(defaultTaxonomy.covers("face", "biometric.iris")).toBe(false);
    expect(defaultTaxonomy.covers("biometric.face", "biometric")).toBe(false);
    expect(defaultTaxonomy.covers("unknown", "biometric")).toBe(false);
  });

  test("suggests the closest id or alias for typos and other spellings", () => {
    expect(defaultTaxonomy.suggest("resident_id")).toBe("resident-id");
    expect(defaultTaxonomy.suggest("residentId")).toBe("resident-id");
    expect(defaultTaxonomy.suggest("fingreprint")).toBe("fingerprint");
    expect(defaultTaxonomy.suggest("identity.resdent-id")).toBe("identity.resident-id");
    expect(defaultTaxonomy.suggest("completely-unrelated-words")).toBeUndefined();
  });
});

const base: CategoryDefinition = {
  id: "custom",
  aliases: [],
  name: { en: "Custom", "zh-CN": "自定义" },
  sensitivity: "general",
  legalBasis: ["pipl-art-4"],
  fieldNames: { english: [], pinyin: [], pinyinAbbreviations: [], chinese: [] },
  validators: [],
  controls: ["encryption-at-rest", "mainland-residency"],
};

describe("createTaxonomy validation", () => {
  test("rejects a duplicate id", () => {
    const e = errorOf(() => createTaxonomy([base, { ...base }]));
    expect(e.path).toBe("categories[1].id");
    expect(e.message).toBe(
      "pipl-guard config: categories[1].id: category id 'custom' is already defined. Fix: choose a new id; ids are never reused (extend a category through its parent instead).",
    );
  });

  test("rejects an alias another category already uses", () => {
    const e = errorOf(() =>
      createTaxonomy([
        { ...base, aliases: ["thing"] },
        { ...base, id: "other", aliases: ["thing"] },
      ]),
    );
    expect(e.path).toBe("categories[1].aliases[0]");
    expect(e.problem).toBe("alias 'thing' already names category 'custom'");
  });

  test("rejects an unknown parent with a suggestion", () => {
    const e = errorOf(() => createTaxonomy([base, { ...base, id: "custom.x", parent: "custon" }]));
    expect(e.path).toBe("categories[1].parent");
    expect(e.problem).toBe("unknown category 'custon'");
    expect(e.suggestion).toBe("custom");
  });

  test("rejects a dotted id whose prefix is not a category", () => {
    const e = errorOf(() => createTaxonomy([{ ...base, id: "nothing.here" }]));
    expect(e.path).toBe("categories[0].parent");
    expect(e.problem).toBe("unknown category 'nothing'");
  });

  test("rejects a parent cycle", () => {
    const e = errorOf(() =>
      createTaxonomy([
        { ...base, id: "a", parent: "b" },
        { ...base, id: "b", parent: "a" },
      ]),
    );
    expect(e.path).toBe("categories[0].parent");
    expect(e.problem).toBe("parent chain of 'a' loops back to 'a'");
  });

  test("rejects unknown legal-basis and validator ids", () => {
    const basis = errorOf(() => createTaxonomy([{ ...base, legalBasis: ["pipl-art-282"] }]));
    expect(basis.path).toBe("categories[0].legalBasis[0]");
    expect(basis.suggestion).toBe("pipl-art-28");
    const validator = errorOf(() => createTaxonomy([{ ...base, validators: ["resident_id"] }]));
    expect(validator.path).toBe("categories[0].validators[0]");
    expect(validator.suggestion).toBe("resident-id");
  });

  test("resolves a deprecated id to its replacement", () => {
    const taxonomy = createTaxonomy([
      base,
      { ...base, id: "old-custom", deprecated: { replacedBy: "custom" } },
    ]);
    expect(taxonomy.resolve("old-custom")?.id).toBe("custom");
  });
});

describe("resolved definitions", () => {
  test("carry their parent, derived from the id or given, and are the objects classify returns", () => {
    expect(defaultTaxonomy.resolve("face")?.parent).toBe("biometric");
    expect(defaultTaxonomy.resolve("biometric")?.parent).toBeUndefined();
    expect(defaultTaxonomy.resolve("location")?.parent).toBeUndefined();
    expect(defaultTaxonomy.classify("faceImage")[0]?.category).toBe(
      defaultTaxonomy.resolve("face"),
    );
    expect(defaultTaxonomy.categories).toContain(defaultTaxonomy.resolve("resident-id"));
    const custom = createTaxonomy([
      ...categories,
      { ...base, id: "employee-no", parent: "identity" },
    ]);
    expect(custom.resolve("employee-no")?.parent).toBe("identity");
    expect(custom.covers("identity", "employee-no")).toBe(true);
  });
});
