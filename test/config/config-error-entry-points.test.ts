import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../analyzers/cli/run-cli.js";
import { loadRuleConfig } from "../../eslint-plugin/load-rule-config.js";
import { piplPolicies } from "../../policies/index.js";
import { englishRuns } from "./english-runs.js";

/*
 * Where a config error reaches a user: the CLI's stderr and the ESLint rules' configProblem report.
 * Each shows it in the language asked for (--locale / the rule's locale option), else in the locale
 * the failing config names, else in English.
 */

const dir = mkdtempSync(path.join(tmpdir(), "pipl-config-entry-"));
writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ sinks: { disable: ["consle"] } }));
writeFileSync(
  path.join(dir, "bad-zh.json"),
  JSON.stringify({ locale: "zh-CN", sinks: { disable: ["consle"] } }),
);

async function cliStderr(argv: string[]) {
  let err = "";
  const code = await runCli(argv, {
    cwd: dir,
    env: {},
    stdout: { isTTY: false, write: () => true },
    stderr: { isTTY: false, write: (t: string) => (err += t) },
  });
  return { code, err };
}

describe("config errors at the entry points", () => {
  it("the CLI prints a config error in English by default", async () => {
    const { code, err } = await cliStderr(["scan", "--config", "bad.json"]);
    expect(code).toBe(2);
    expect(err).toEqual(
      expect.stringMatching(
        /^pipl-guard config: sinks\.disable\[0\]: unknown sink 'consle'\. Did you mean 'console'\? Fix: use one of the built-in ids: /,
      ),
    );
  });

  it("the CLI prints it in Chinese with --locale zh-CN", async () => {
    const { code, err } = await cliStderr(["scan", "--config", "bad.json", "--locale", "zh-CN"]);
    expect(code).toBe(2);
    expect(err).toMatch(
      /^pipl-guard 配置错误：sinks\.disable\[0\]：未知的数据出口（sink） 'consle'/,
    );
    expect(englishRuns(err)).toEqual([]);
  });

  it("the CLI prints it in the locale the failing config names, unless --locale overrides", async () => {
    expect((await cliStderr(["scan", "--config", "bad-zh.json"])).err).toMatch(
      /^pipl-guard 配置错误：/,
    );
    expect((await cliStderr(["scan", "--config", "bad-zh.json", "--locale", "en"])).err).toMatch(
      /^pipl-guard config: /,
    );
  });

  it("the ESLint rules report it in the rule's locale, else the config's", () => {
    const bad = { sinks: { disable: ["consle"] } };
    expect(loadRuleConfig(bad, dir)).toEqual({
      problem: expect.stringMatching(/^pipl-guard config: sinks\.disable\[0\]: unknown sink/),
    });
    const zh = loadRuleConfig(bad, dir, "zh-CN");
    expect("problem" in zh && zh.problem).toMatch(/^pipl-guard 配置错误：sinks\.disable\[0\]/);
    expect(loadRuleConfig("bad-zh.json", dir)).toEqual({
      problem: expect.stringMatching(/^pipl-guard 配置错误：/),
    });
  });

  it("the policy pack words invalid policy options in its locale", () => {
    expect(() => piplPolicies({ policies: { onUnknown: "loud" as never }, env: {} })).toThrow(
      /^pipl-guard: invalid config for policy "\(piplPolicies config\)": onUnknown: 'loud' is not allowed\. Fix: use one of: 'advisory', 'mandatory'\.$/,
    );
    let chinese = "";
    try {
      piplPolicies({ locale: "zh-CN", policies: { tagKey: "" }, env: {} });
    } catch (error) {
      chinese = (error as Error).message;
    }
    expect(chinese).toBe(
      "pipl-guard：策略 “(piplPolicies config)” 的配置无效：tagKey：不能为空。 修复：请填写非空的值。",
    );
  });
});
