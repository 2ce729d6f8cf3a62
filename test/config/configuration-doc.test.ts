import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { ConfigError, loadConfig } from "../../analyzers/index.js";

const doc = readFileSync(new URL("../../analyzers/docs/configuration.md", import.meta.url), "utf8");

test("the documented example config loads and does what the doc says", () => {
  const json = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
  const config = loadConfig(JSON.parse(json ?? "null") as object);
  expect(config.locale).toBe("zh-CN");
  expect(config.taxonomy.classify("staffNo")[0]?.category.id).toBe("identity.employee-id");
  expect(config.taxonomy.classify("zjh")[0]?.category.id).toBe("identity.resident-id");
});

test("the documented error message is the one loadConfig throws", () => {
  const documented = /```\n(pipl-guard config: [^\n]*)\n```/.exec(doc)?.[1];
  let thrown: unknown;
  try {
    loadConfig({
      categories: [
        {
          id: "employee-no",
          parent: "resident_id",
          name: { en: "x", "zh-CN": "x" },
          sensitivity: "general",
          legalBasis: ["pipl-art-4"],
        },
      ],
    });
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ConfigError);
  expect((thrown as ConfigError).message).toBe(documented);
});
