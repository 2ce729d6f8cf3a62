import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadConfig } from "../../analyzers/index.js";
import { loadConfigAsync } from "../../analyzers/config/load-config.js";
import { configMessages } from "../../analyzers/messages/config-messages.js";
import { missingTranslations } from "../../analyzers/messages/missing-translations.js";
import { errorOf } from "../support/config-error-of.js";

const badgeNumber = {
  id: "identity.badge-number",
  aliases: ["badge-number"],
  name: { en: "Employee number", "zh-CN": "工号" },
  sensitivity: "general",
  legalBasis: ["pipl-art-4"],
  fieldNames: { english: ["badgeNo", "accessCardNo"], pinyin: ["menjinkahao"] },
};

describe("loadConfig", () => {
  test("with no config gives the built-in taxonomy in English", () => {
    const config = loadConfig();
    expect(config.locale).toBe("en");
    expect(config.taxonomy.resolve("resident-id")?.id).toBe("identity.resident-id");
    expect(config.raw.categories).toEqual([]);
  });

  test("adds a user category under a built-in parent, with its vocabulary", () => {
    const config = loadConfig({ locale: "zh-CN", categories: [badgeNumber] });
    expect(config.locale).toBe("zh-CN");
    expect(config.taxonomy.resolve("badge-number")?.controls).toEqual([
      "encryption-at-rest",
      "mainland-residency",
    ]);
    expect(config.taxonomy.covers("identity", "identity.badge-number")).toBe(true);
    expect(config.taxonomy.classify("accessCardNo")[0]?.category.id).toBe("identity.badge-number");
    expect(config.taxonomy.classify("userMenjinkahao")[0]?.category.id).toBe(
      "identity.badge-number",
    );
  });

  test("adds names, tokens and safe patterns, and disables built-in terms", () => {
    const config = loadConfig({
      fieldPatterns: {
        add: [
          { category: "resident-id", names: ["zjh"] },
          { category: "contact.mobile", tokens: ["shouji2"] },
          { category: "email", pattern: "^mailbox\\d$" },
        ],
        disable: ["gps", { category: "basic.gender" }],
      },
    });
    const top = (n: string) => config.taxonomy.classify(n)[0]?.category.id;
    expect(top("zjh")).toBe("identity.resident-id");
    expect(top("userZjh")).toBeUndefined(); // names match only whole identifiers
    expect(top("userShouji2")).toBe("contact.mobile");
    expect(top("mailbox1")).toBe("contact.email");
    expect(top("gps")).toBeUndefined();
    expect(top("geoLocation")).toBe("location.precise");
    expect(top("gender")).toBeUndefined();
  });

  test("moves a built-in field name to another category once it is disabled", () => {
    expect(() =>
      loadConfig({ fieldPatterns: { add: [{ category: "email", tokens: ["phone"] }] } }),
    ).toThrow(/'phone' is already a field name of category 'contact.mobile'/);
    const config = loadConfig({
      fieldPatterns: { disable: ["phone"], add: [{ category: "email", tokens: ["phone"] }] },
    });
    expect(config.taxonomy.classify("userPhone")[0]?.category.id).toBe("contact.email");
  });

  test("names an unknown parent with a did-you-mean", () => {
    const e = errorOf(() =>
      loadConfig({
        categories: [{ ...badgeNumber, id: "badge-number-2", aliases: [], parent: "resident_id" }],
      }),
    );
    expect(e.message).toBe(
      "pipl-guard config: categories[0].parent: unknown category 'resident_id'. Did you mean 'resident-id'? Fix: name an existing category id as parent (see docs/taxonomy.md).",
    );
    expect(e.format("zh-CN")).toBe(
      "pipl-guard 配置错误：categories[0].parent：未知的类别 'resident_id'。 您是否想写 'resident-id'？ 修复：`parent` 须为已有的类别 ID（见 docs/taxonomy.md）。",
    );
  });

  test("names an unknown category in fieldPatterns", () => {
    const e = errorOf(() =>
      loadConfig({ fieldPatterns: { add: [{ category: "resident_id", names: ["x"] }] } }),
    );
    expect(e.path).toBe("fieldPatterns.add[0].category");
    expect(e.suggestion).toBe("resident-id");
  });

  test("rejects a pattern with syntax the linear-time engine does not support, saying which", () => {
    for (const [pattern, syntax] of [
      ["^emp(?=No)", "(?="],
      ["^(emp)No\\1$", "\\1"],
      ["(?<!x)empNo", "(?<"],
    ]) {
      const e = errorOf(() =>
        loadConfig({ fieldPatterns: { add: [{ category: "name", pattern: pattern! }] } }),
      );
      expect(e.path).toBe("fieldPatterns.add[0].pattern");
      expect(e.problem).toContain("the linear-time (RE2) engine does not support");
      expect(e.problem).toContain(syntax);
      expect(e.fix).toContain("drop lookarounds");
    }
  });

  test("accepts patterns that would backtrack catastrophically elsewhere, and matches in linear time", () => {
    const config = loadConfig({
      fieldPatterns: {
        add: [
          { category: "name", pattern: "^(a+)+$" },
          { category: "name", pattern: "^(a|a)*b$" },
          { category: "resident-id", pattern: "^emp(loyee)?ID$" },
        ],
      },
    });
    // A backtracking engine takes exponential time on these names; RE2 answers at once.
    expect(config.taxonomy.classify(`${"a".repeat(40)}!`)).toEqual([]);
    expect(config.taxonomy.classify(`${"a".repeat(5_000)}c`)).toEqual([]);
    expect(config.taxonomy.classify("aaab")[0]?.category.id).toBe("basic.name");
    // Case-insensitive, over the whole identifier, as documented.
    expect(config.taxonomy.classify("EMPLOYEEid")[0]?.category.id).toBe("identity.resident-id");
  });

  test("rejects an invalid regular expression", () => {
    const e = errorOf(() =>
      loadConfig({ fieldPatterns: { add: [{ category: "name", pattern: "(" }] } }),
    );
    expect(e.path).toBe("fieldPatterns.add[0].pattern");
    expect(e.problem).toMatch(/^invalid regular expression/);
  });

  test("rejects disabling a field name that does not exist", () => {
    const e = errorOf(() => loadConfig({ fieldPatterns: { disable: ["gpss"] } }));
    expect(e.path).toBe("fieldPatterns.disable[0]");
    expect(e.suggestion).toBe("gps");
  });

  test("rejects unknown top-level keys listing the valid ones", () => {
    const e = errorOf(() => loadConfig({ catgories: [] }));
    expect(e.path).toBe("catgories");
    expect(e.suggestion).toBe("categories");
    expect(e.fix).toMatch(
      /^remove it; valid keys here are: \$schema, locale, categories, fieldPatterns/,
    );
  });

  test("names every problem at once, in the order of the config, in both languages", () => {
    const schema = errorOf(() => loadConfig({ catgories: [], locale: "zh" }));
    expect(schema.problems.map((p) => p.path)).toEqual(["locale", "catgories"]);
    expect(schema.message.split("\n")).toEqual([
      "pipl-guard config: locale: 'zh' is not allowed. Did you mean 'zh-CN'? Fix: use one of: 'en', 'zh-CN'.",
      expect.stringMatching(
        /^pipl-guard config: catgories: unknown key 'catgories'\. Did you mean 'categories'\?/,
      ),
    ]);
    expect(schema.format("zh-CN").split("\n")).toHaveLength(2);
    // Problems found after the schema check, in different sections, are named together too.
    const references = errorOf(() =>
      loadConfig({
        sinks: { disable: ["consle"] },
        policies: { encryptCategories: ["resident_id"] },
      }),
    );
    expect(references.problems.map((p) => [p.path, p.suggestion])).toEqual([
      ["sinks.disable[0]", "console"],
      ["policies.encryptCategories[0]", "resident-id"],
    ]);
    // The first problem stays the error's own, for callers that read one.
    expect(references.path).toBe("sinks.disable[0]");
  });

  test("rejects unknown keys inside a category", () => {
    const e = errorOf(() => loadConfig({ categories: [{ ...badgeNumber, sensitive: true }] }));
    expect(e.path).toBe("categories[0].sensitive");
    expect(e.suggestion).toBe("sensitivity");
  });

  test("explains wrong values and types", () => {
    const locale = errorOf(() => loadConfig({ locale: "zh" }));
    expect(locale.message).toBe(
      "pipl-guard config: locale: 'zh' is not allowed. Did you mean 'zh-CN'? Fix: use one of: 'en', 'zh-CN'.",
    );
    const type = errorOf(() => loadConfig({ categories: {} }));
    expect(type.path).toBe("categories");
    expect(type.problem).toBe("expected an array, got an object");
    expect(type.fix).toBe("write an array here (see docs/configuration.md).");
    const sensitivity = errorOf(() =>
      loadConfig({ categories: [{ ...badgeNumber, sensitivity: "sensitve" }] }),
    );
    expect(sensitivity.path).toBe("categories[0].sensitivity");
    expect(sensitivity.suggestion).toBe("sensitive");
  });

  test("reads JSON files and reports missing or malformed ones", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pipl-config-"));
    const good = path.join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ categories: [badgeNumber] }));
    expect(loadConfig(good).taxonomy.resolve("badge-number")?.id).toBe("identity.badge-number");
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, "{ locale: ");
    expect(errorOf(() => loadConfig(bad)).problem).toMatch(/is not valid JSON/);
    expect(errorOf(() => loadConfig(path.join(dir, "none.json"))).problem).toMatch(/ENOENT/);
    expect(errorOf(() => loadConfig(path.join(dir, "c.mjs"))).fix).toMatch(/loadConfigAsync/);
  });

  test("loadConfigAsync loads a module's default export", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pipl-config-"));
    const file = path.join(dir, "pipl.config.mjs");
    writeFileSync(file, `export default ${JSON.stringify({ locale: "zh-CN" })};`);
    expect((await loadConfigAsync(file)).locale).toBe("zh-CN");
    const none = path.join(dir, "none.mjs");
    writeFileSync(none, "export const x = 1;");
    await expect(loadConfigAsync(none)).rejects.toThrow(/has no default export/);
  });

  test("the config messages exist in both languages", () => {
    expect(missingTranslations(configMessages)).toEqual([]);
    expect(missingTranslations({ x: { en: "{a}", "zh-CN": "{b}" } })).toEqual([
      "x/zh-CN: placeholders differ from en",
    ]);
  });
});
