import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../eslint-plugin/index.js";
import { projectEslint } from "./support/lint-project.js";

const projectDir = fileURLToPath(new URL("../fixtures/eslint-project/", import.meta.url));

async function lintService(eslint: ESLint) {
  const [result] = await eslint.lintFiles(["src/citizen-service.ts"]);
  return result!.messages;
}

describe("the plugin in ESLint (flat config, typed parser, recommended)", () => {
  it("reports each sink kind under its rule, at the reached expression, across files", async () => {
    const messages = await lintService(projectEslint(projectDir));
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ["pipl/no-unconsented-logging", 6, 28],
      ["pipl/no-unconsented-export", 11, 33],
      ["pipl/no-unconsented-transfer", 15, 47],
      ["pipl/no-unconsented-logging", 19, 13],
    ]);
  });

  it("names the field, its category in both languages, the sink, the article and the fix in one line", async () => {
    const [logged] = await lintService(projectEslint(projectDir));
    // Sensitive PI: the article adds separate consent (Art. 29); the sanitizer is the default one.
    expect(logged!.message).toBe(
      "`citizen.code` (居民身份证号码 resident ID number) → `console.info`: logged without consent (PIPL Arts. 14, 29); wrap it in `mask(…)` or check consent first.",
    );
  });

  it("keeps every finding message to one line of at most 200 characters", async () => {
    const messages = await lintService(projectEslint(projectDir));
    expect(messages).toHaveLength(4);
    for (const m of messages) {
      expect(m.message, m.message).not.toContain("\n");
      expect(m.message.length, m.message).toBeLessThanOrEqual(200);
    }
  });

  it("masks a PI literal in the message", async () => {
    const messages = await lintService(projectEslint(projectDir));
    const literal = messages.find((m) => m.line === 19)!;
    expect(literal.message).not.toContain("11010519491231002X");
    expect(literal.message).not.toMatch(/\d{7,}/);
  });

  it("writes the reports in Chinese with locale zh-CN", async () => {
    const [logged] = await lintService(projectEslint(projectDir, { locale: "zh-CN" }));
    expect(logged!.message).toBe(
      "`citizen.code` (居民身份证号码) → `console.info`: 未经同意写入日志（《个人信息保护法》第十四条、第二十九条）；请用 `mask(…)` 脱敏或先校验同意。",
    );
  });

  it("offers wrapping in the configured sanitizer when it is in scope and the value is direct", async () => {
    const eslint = projectEslint(projectDir, { config: { sanitizers: { suggested: "maskPii" } } });
    const messages = await lintService(eslint);
    const [logged] = messages;
    expect(logged!.suggestions).toEqual([
      expect.objectContaining({
        desc: "Wrap citizen.code in maskPii(…)",
        fix: { range: expect.any(Array), text: "maskPii(citizen.code)" },
      }),
    ]);
    // A whole object and a built string are not wrapped: masking them would change what is sent.
    const others = messages.filter((m) => m !== logged && m.line !== 19);
    expect(others.map((m) => m.suggestions ?? [])).toEqual([[], []]);
  });

  it("offers the file's own general sanitizer when the suggested one is not in scope", async () => {
    const [logged] = await lintService(projectEslint(projectDir));
    expect(logged!.message).toContain("`mask(…)`");
    expect(logged!.suggestions?.map((s) => s.desc)).toEqual(["Wrap citizen.code in maskPii(…)"]);
  });

  it("reports a bad inline config once as a configuration problem, without throwing", async () => {
    const messages = await lintService(
      projectEslint(projectDir, { config: { categories: [{ id: "Not An Id" }] } }),
    );
    const problems = messages.filter((m) => m.messageId === "configProblem");
    expect(problems.length).toBe(1);
    expect(problems[0]!.message).toMatch(/^pipl-guard config: categories\[0\]/);
    expect(messages.every((m) => m.messageId === "configProblem")).toBe(true);
  });

  it("reports a bad config once per file on every lint, whichever rules are enabled", async () => {
    const bad = { config: { categories: [{ id: "Not An Id" }] } };
    const eslint = projectEslint(projectDir, bad);
    for (let round = 0; round < 2; round++) {
      const results = await eslint.lintFiles(["src/*.ts"]);
      expect(results.length).toBeGreaterThan(1);
      for (const r of results)
        expect(r.messages.filter((m) => m.messageId === "configProblem").length).toBe(1);
    }
    const onlyExport = new ESLint({
      cwd: projectDir,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ["**/*.ts"],
          plugins: { pipl: plugin },
          languageOptions: {
            parser: tseslint.parser as never,
            parserOptions: {
              project: "./tsconfig.json",
              tsconfigRootDir: projectDir,
              disallowAutomaticSingleRunInference: true,
            },
          },
          rules: { "pipl/no-unconsented-export": ["error", bad] },
        } as never,
      ],
    });
    const [only] = await onlyExport.lintFiles(["src/citizen-service.ts"]);
    expect(only!.messages.map((m) => [m.ruleId, m.messageId])).toEqual([
      ["pipl/no-unconsented-export", "configProblem"],
    ]);
  });

  it("finds the same reports in isolated mode", async () => {
    const shared = await lintService(projectEslint(projectDir));
    const isolated = await lintService(projectEslint(projectDir, { mode: "isolated" }));
    expect(isolated.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual(
      shared.map((m) => [m.ruleId, m.line, m.column, m.message]),
    );
  });

  it("still works without type information (isolated mode on the nearest tsconfig)", async () => {
    const eslint = new ESLint({
      cwd: projectDir,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ["**/*.ts"],
          languageOptions: { parser: tseslint.parser },
          ...plugin.configs.recommended,
        } as never,
      ],
    });
    const messages = await lintService(eslint);
    expect(messages.map((m) => m.ruleId)).toEqual([
      "pipl/no-unconsented-logging",
      "pipl/no-unconsented-export",
      "pipl/no-unconsented-transfer",
      "pipl/no-unconsented-logging",
    ]);
  });
});
