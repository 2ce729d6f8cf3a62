import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../analyzers/cli/run-cli.js";
import { formatMessage } from "../../analyzers/messages/format-message.js";
import { lintMessages } from "../../analyzers/messages/lint-messages.js";
import { noUnconsentedLogging } from "../../analyzers/rules/no-unconsented-logging.js";
import validAnnotationsRule from "../../eslint-plugin/rules/valid-annotations.js";
import { sinkRuleMessages } from "../../eslint-plugin/sink-rule-messages.js";
import { projectEslint } from "../eslint-plugin/support/lint-project.js";
import { invalidCase, reports, typedRuleTester } from "../eslint-plugin/support/rule-tester.js";
import { englishRuns } from "./support/english-runs.js";

/*
 * The lint messages that were English-only (the masking suggestion, an analysis failure, the
 * engine's @pipl / @pipl-basis annotation problems) are rendered from the lintMessages catalogue in
 * the rule's locale, and in the scanner's (CLI warnings).
 */

const zh = (id: keyof typeof lintMessages, params: Record<string, string>) =>
  formatMessage(lintMessages, "zh-CN", id, params);

const annotationCases: {
  name: string;
  code: string;
  at: readonly [number, number];
  problem: string;
  suggestion?: { message: string; from: string; to: string };
}[] = [
  {
    name: "an unknown @pipl category",
    code: "export interface Person {\n  /** @pipl nonsense */\n  code: string;\n}",
    at: [2, 7] as const,
    problem: "@pipl 标签中的个人信息类别 “nonsense” 未知",
  },
  {
    name: "an unknown @pipl category close to a known one",
    code: "export interface Person {\n  /** @pipl resident_id */\n  code: string;\n}",
    at: [2, 7] as const,
    problem: "@pipl 标签中的个人信息类别 “resident_id” 未知；您是否想写 “resident-id”？",
    suggestion: {
      message: "将 “resident_id” 改为 “resident-id”",
      from: "resident_id",
      to: "resident-id",
    },
  },
  {
    name: "an unknown @pipl-basis",
    code: "/** @pipl-basis because it is fine */\nexport function f(o: Order) {\n  return o;\n}",
    at: [1, 5] as const,
    problem: zh("annotation.unknown-basis", {
      basis: "because",
      bases: "contract, hr, legal-duty, emergency, news, public, other-law",
    }),
  },
  {
    name: "a @pipl-basis without a reason",
    code: "/** @pipl-basis contract */\nexport function f(o: Order) {\n  return o;\n}",
    at: [1, 5] as const,
    problem: "@pipl-basis contract 需要写明理由：为何必须进行该处理",
  },
];

describe("annotation problems in zh-CN", () => {
  it("have no English sentence in their Chinese text", () => {
    for (const c of annotationCases) expect(englishRuns(c.problem), c.problem).toEqual([]);
  });
});

typedRuleTester().run("annotation problems in the rule's locale zh-CN", validAnnotationsRule, {
  valid: [],
  invalid: annotationCases.map((c) => {
    const base = invalidCase(
      noUnconsentedLogging,
      reports(c.name, c.code, ["configProblem", ...c.at]),
    );
    return {
      ...base,
      options: [{ locale: "zh-CN" as const }],
      errors: base.errors.map((e) => ({
        line: e.line,
        column: e.column,
        messageId: "annotationProblem" as const,
        data: { problem: c.problem },
        ...(c.suggestion
          ? {
              suggestions: [
                {
                  messageId: "replaceAnnotationValue" as const,
                  data: { message: c.suggestion.message },
                  output: base.code.replace(c.suggestion.from, c.suggestion.to),
                },
              ],
            }
          : {}),
      })),
    };
  }),
});

describe("the masking suggestion and analysis failures in the rule's locale", () => {
  it("offers the wrapping in Chinese with locale zh-CN", async () => {
    const projectDir = fileURLToPath(new URL("../fixtures/eslint-project/", import.meta.url));
    const eslint = projectEslint(projectDir, {
      locale: "zh-CN",
      config: { sanitizers: { suggested: "maskPii" } },
    });
    const [result] = await eslint.lintFiles(["src/citizen-service.ts"]);
    const [logged] = result!.messages;
    expect(logged!.suggestions).toEqual([
      expect.objectContaining({
        desc: "用 maskPii(…) 包裹 citizen.code",
        fix: { range: expect.any(Array), text: "maskPii(citizen.code)" },
      }),
    ]);
  });

  it("renders both from the catalogue (the rule templates are its one placeholder)", () => {
    expect(sinkRuleMessages.analysisFailed).toBe("{{message}}");
    expect(sinkRuleMessages.wrapInSanitizer).toBe("{{message}}");
    const failed = zh("lint.analysis-failed", { error: "RangeError: x" });
    expect(failed).toBe(
      "pipl-guard 无法分析这段代码（RangeError: x），因此未作检查。请附上这段代码报告此问题。",
    );
  });
});

describe("annotation problems as scanner warnings", () => {
  it("are worded in the --locale language on stderr", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pipl-annotation-zh-"));
    mkdirSync(path.join(dir, "src"));
    writeFileSync(
      path.join(dir, "src/person.ts"),
      "export interface Person {\n  /** @pipl resident_id */\n  code: string;\n}\n" +
        "/** @pipl-basis contract */\nexport function show(p: Person): string {\n  return p.code;\n}\n",
    );
    const run = async (locale: string) => {
      let err = "";
      const code = await runCli(["scan", "src", "--format", "json", "--locale", locale], {
        cwd: dir,
        env: {},
        stdout: { isTTY: false, write: () => undefined },
        stderr: { isTTY: false, write: (t: string) => (err += t) },
      });
      return { code, err };
    };
    const chinese = await run("zh-CN");
    expect(chinese.code).toBe(0);
    expect(chinese.err).toBe(
      "pipl-guard: 警告：src/person.ts:2:7：@pipl 标签中的个人信息类别 “resident_id” 未知；您是否想写 “resident-id”？\n" +
        "pipl-guard: 警告：src/person.ts:5:5：@pipl-basis contract 需要写明理由：为何必须进行该处理\n",
    );
    const english = await run("en");
    expect(english.err).toBe(
      'pipl-guard: warning: src/person.ts:2:7: Unknown PIPL category "resident_id" in @pipl tag; did you mean "resident-id"?\n' +
        "pipl-guard: warning: src/person.ts:5:5: @pipl-basis contract needs a reason: why the processing is necessary\n",
    );
  });
});
