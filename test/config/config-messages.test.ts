import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, loadConfigAsync } from "../../analyzers/config/load-config.js";
import { configMessages } from "../../analyzers/messages/config-messages.js";
import { locales } from "../../analyzers/messages/locale.js";
import { missingTranslations } from "../../analyzers/messages/missing-translations.js";
import { englishRuns } from "./english-runs.js";
import { errorOf, asyncErrorOf } from "../support/config-error-of.js";

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

describe("config messages catalogue", () => {
  it("has every message id in English and Chinese with the same placeholders", () => {
    expect(Object.keys(configMessages).length).toBeGreaterThan(50);
    for (const [id, message] of Object.entries(configMessages)) {
      for (const locale of locales) expect(message[locale].trim(), `${id}/${locale}`).not.toBe("");
      expect(placeholders(message["zh-CN"]), id).toEqual(placeholders(message.en));
    }
    expect(missingTranslations(configMessages)).toEqual([]);
  });

  it("writes no English sentence in a Chinese template", () => {
    for (const [id, message] of Object.entries(configMessages))
      expect(englishRuns(message["zh-CN"].replace(/\{\w+\}/g, "x")), id).toEqual([]);
  });

  it("flags a run of English words outside quotes and code, and nothing inside them", () => {
    expect(englishRuns("修复：name an existing category")).toEqual(["name an existing category"]);
    expect(englishRuns("修复：`name an existing` 'category id here' “is not valid JSON”")).toEqual(
      [],
    );
  });
});

describe("ConfigError in Chinese", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pipl-config-messages-"));
  const badJson = path.join(dir, "bad.json");
  writeFileSync(badJson, "{ locale: ");
  const noDefault = path.join(dir, "none.mjs");
  writeFileSync(noDefault, "export const x = 1;");
  const throwing = path.join(dir, "throws.mjs");
  writeFileSync(throwing, "throw new Error('boom at load');");

  const sync: [string, () => unknown, string][] = [
    [
      "a file that does not exist",
      () => loadConfig(path.join(dir, "none.json")),
      "无法读取配置文件",
    ],
    ["a file that is not JSON", () => loadConfig(badJson), "不是有效的 JSON"],
    ["a module passed to loadConfig", () => loadConfig(path.join(dir, "c.mjs")), "只能异步加载"],
    ["null as the config", () => loadConfig(null as never), "配置必须是一个对象，实际为空值 null"],
    ["an empty config path", () => loadConfig(" "), "配置文件路径为空"],
    ["an unknown key", () => loadConfig({ catgories: [] }), "未知的键 'catgories'"],
    [
      "an invalid regular expression",
      () => loadConfig({ fieldPatterns: { add: [{ category: "name", pattern: "(" }] } }),
      "正则表达式无效",
    ],
  ];
  for (const [name, run, text] of sync)
    it(`renders ${name} fully in Chinese`, () => {
      const chinese = errorOf(run).format("zh-CN");
      expect(chinese).toContain(text);
      expect(englishRuns(chinese)).toEqual([]);
    });

  it("renders module loading errors fully in Chinese", async () => {
    const none = await asyncErrorOf(() => loadConfigAsync(noDefault));
    expect(none.format("zh-CN")).toContain("没有默认导出");
    expect(englishRuns(none.format("zh-CN"))).toEqual([]);
    const failed = await asyncErrorOf(() => loadConfigAsync(throwing));
    expect(failed.format("zh-CN")).toContain("无法加载配置模块");
    expect(englishRuns(failed.format("zh-CN"))).toEqual([]);
  });

  it("keeps the English message, problem and fix as before", () => {
    const e = errorOf(() => loadConfig({ locale: "zh" }));
    expect(e.message).toBe(
      "pipl-guard config: locale: 'zh' is not allowed. Did you mean 'zh-CN'? Fix: use one of: 'en', 'zh-CN'.",
    );
    expect(e.format("en")).toBe(e.message);
    expect(e.format("zh-CN")).toBe(
      "pipl-guard 配置错误：locale：字符串 'zh'不是允许的值。 您是否想写 'zh-CN'？ 修复：请使用以下之一：'en'、'zh-CN'。",
    );
  });

  it("remembers the locale a failing config asked for", () => {
    const zh = errorOf(() => loadConfig({ locale: "zh-CN", sinks: { disable: ["consle"] } }));
    expect(zh.locale).toBe("zh-CN");
    expect(zh.format(zh.locale ?? "en")).toContain("未知的数据出口（sink） 'consle'");
    expect(errorOf(() => loadConfig({ sinks: { disable: ["consle"] } })).locale).toBeUndefined();
    expect(errorOf(() => loadConfig({ locale: "zh", sinks: {} })).locale).toBeUndefined();
  });
});
