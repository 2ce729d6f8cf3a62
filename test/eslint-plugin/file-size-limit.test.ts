import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { englishRuns } from "../config/english-runs.js";
import { projectEslint } from "./support/lint-project.js";

/*
 * The rules apply the scanner's file-size limit (`scan.maxFileBytes` in the config): a file over
 * it is not analysed, and the lint says so once (not once per rule), naming the size, the limit
 * and how to raise it. The fixture's citizen-service.ts (664 bytes, four findings) is linted with
 * small limits through the rules' inline `config` option.
 */

const projectDir = fileURLToPath(new URL("../fixtures/eslint-project/", import.meta.url));
const file = "src/citizen-service.ts";
const bytes = statSync(new URL(`../fixtures/eslint-project/${file}`, import.meta.url)).size;

async function lint(maxFileBytes: number | string, locale?: "en" | "zh-CN") {
  const eslint = projectEslint(projectDir, {
    config: { scan: { maxFileBytes } },
    ...(locale ? { locale } : {}),
  });
  const [result] = await eslint.lintFiles([file]);
  return result!.messages;
}

describe("the rules on a file over scan.maxFileBytes", () => {
  it("do not analyse it and report it once, at the start, with its size, the limit and the fix", async () => {
    for (let round = 0; round < 2; round++) {
      const messages = await lint(500);
      // Whichever of the sink rules runs first reports it.
      expect(messages.map((m) => [m.messageId, m.line, m.column])).toEqual([
        ["fileTooLarge", 1, 1],
      ]);
      expect(messages[0]!.ruleId).toMatch(
        /^pipl\/no-unconsented-(logging|export|transfer|cross-border)$/,
      );
      expect(messages[0]!.message).toBe(
        `pipl-guard did not analyse this file: it is ${bytes} B, over the 500 B limit. To analyse it, raise scan.maxFileBytes in the pipl-guard config (the rules' config option or file).`,
      );
    }
  });

  it("word it in Chinese with locale zh-CN", async () => {
    const [message, ...rest] = await lint("0.5KB", "zh-CN");
    expect(rest).toEqual([]);
    expect(message!.message).toBe(
      `pipl-guard 未分析此文件：文件大小为 ${bytes} B，超过 512 B 的上限。如需分析，请调高 pipl-guard 配置（规则的 config 选项或配置文件）中的 scan.maxFileBytes。`,
    );
    expect(englishRuns(message!.message)).toEqual([]);
  });

  it("analyse a file exactly at the limit as usual", async () => {
    const messages = await lint(bytes);
    expect(messages.some((m) => m.messageId === "fileTooLarge")).toBe(false);
    expect(messages.map((m) => m.ruleId)).toEqual([
      "pipl/no-unconsented-logging",
      "pipl/no-unconsented-export",
      "pipl/no-unconsented-transfer",
      "pipl/no-unconsented-logging",
    ]);
  });

  it("report a bad limit as the config problem it is", async () => {
    const messages = await lint(0);
    expect(messages.map((m) => m.messageId)).toEqual(["configProblem"]);
    expect(messages[0]!.message).toContain("scan.maxFileBytes: is not a file size");
  });
});
