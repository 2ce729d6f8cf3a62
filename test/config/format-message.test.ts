import { expect, test } from "vitest";
import { formatMessage } from "../../analyzers/index.js";

const catalog = {
  greet: { en: "Hello {name}, {count} items", "zh-CN": "你好 {name}，共 {count} 条" },
} as const;

test("fills placeholders in the requested locale", () => {
  expect(formatMessage(catalog, "en", "greet", { name: "测试用户", count: 3 })).toBe(
    "Hello 测试用户, 3 items",
  );
  expect(formatMessage(catalog, "zh-CN", "greet", { name: "测试用户", count: 3 })).toBe(
    "你好 测试用户，共 3 条",
  );
});

test("leaves a placeholder without a parameter visible", () => {
  expect(formatMessage(catalog, "en", "greet", { name: "a" })).toBe("Hello a, {count} items");
});
