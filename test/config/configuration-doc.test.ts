import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { ConfigError, loadConfig } from "../../analyzers/index.js";

const doc = readFileSync(new URL("../../analyzers/docs/configuration.md", import.meta.url), "utf8");

test("the documented example config loads and does what the doc says", () => {
  const json = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
  const config = loadConfig(JSON.parse(json ?? "null") as object);
  expect(config.locale).toBe("zh-CN");
  expect(config.taxonomy.classify("badgeNo")[0]?.category.id).toBe("identity.badge-number");
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
  const documentedChinese = /```\n(pipl-guard 配置错误：[^\n]*)\n```/.exec(doc)?.[1];
  expect((thrown as ConfigError).format("zh-CN")).toBe(documentedChinese);
});

test("each rejected config the doc's table gives an example path for is rejected at that path", () => {
  const examples: [object, string][] = [
    [{ sinks: { disable: ["consle"] } }, "sinks.disable[0]"],
    [{ regions: [{ provider: "oracle" }] }, "regions[0].providerType"],
    [{ policies: { allowedRegions: ["ap-east-1"] } }, "policies.allowedRegions[0]"],
    [{ policies: { encryptCategories: ["resident_id"] } }, "policies.encryptCategories[0]"],
    [{ policies: { tagKey: "pipl " } }, "policies.tagKey"],
  ];
  for (const [config, path] of examples) {
    expect(doc).toContain(`\`${path}\``);
    expect(() => loadConfig(config)).toThrow(expect.objectContaining({ path }));
  }
});
