import type { TSESLint } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { createRule } from "../../eslint-plugin/create-rule.js";

type Options = [{ mode?: string; locale?: string }];

/** A rule that records the options its `create` receives. */
function recordingRule(seen: Options[0][]) {
  return createRule<Options, "x">({
    name: "no-unconsented-logging",
    meta: {
      type: "problem",
      docs: { description: "Test rule.", recommended: false, requiresTypeChecking: false },
      schema: [{ type: "object" }],
      defaultOptions: [{ mode: "auto", locale: "en" }],
      messages: { x: "x" },
    },
    create(_context, [options]) {
      seen.push(options);
      return {};
    },
  });
}

const contextWith = (options: unknown[]) =>
  ({ options }) as unknown as Readonly<TSESLint.RuleContext<"x", Options>>;

describe("createRule", () => {
  it("merges the user's options over the defaults, without changing either", () => {
    const seen: Options[0][] = [];
    const rule = recordingRule(seen);
    const user = { locale: "zh-CN" };
    rule.create(contextWith([user]));
    rule.create(contextWith([]));
    expect(seen).toEqual([
      { mode: "auto", locale: "zh-CN" },
      { mode: "auto", locale: "en" },
    ]);
    expect(user).toEqual({ locale: "zh-CN" });
    expect(rule.meta.defaultOptions).toEqual([{ mode: "auto", locale: "en" }]);
  });

  it("points the rule's docs URL at its doc page", () => {
    const rule = recordingRule([]);
    expect(rule.name).toBe("no-unconsented-logging");
    expect(rule.meta.docs?.url).toMatch(/eslint-plugin\/docs\/rules\/no-unconsented-logging\.md$/);
  });
});
