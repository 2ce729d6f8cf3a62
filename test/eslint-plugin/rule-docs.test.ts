import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { projectEslint } from "./support/lint-project.js";

const docsDir = fileURLToPath(new URL("../../eslint-plugin/docs/rules/", import.meta.url));
const fixtureDir = fileURLToPath(new URL("../fixtures/eslint-docs/", import.meta.url));

interface Example {
  expected: "report" | "silent";
  code: string;
  title: string;
  /** For ❌: the output shown in the ```text block after the code, one report per line. */
  output?: string[];
}

/**
 * The ```ts blocks of a doc page, each with the ❌ / ✅ line written above it, and for ❌ the
 * ```text block that follows it (`line:column  error  message  rule`).
 */
function examples(markdown: string): Example[] {
  const found: Example[] = [];
  let marker: { expected: Example["expected"]; title: string } | undefined;
  const blocks = markdown.split(/^```/m);
  blocks.forEach((part, index) => {
    if (index % 2 === 0) {
      const lines = part.split("\n").filter((l) => /[❌✅]/.test(l));
      const last = lines.at(-1);
      marker = last
        ? { expected: last.includes("❌") ? "report" : "silent", title: last.trim() }
        : undefined;
    } else if (part.startsWith("ts\n") && marker) {
      found.push({ ...marker, code: part.slice(3) });
    } else if (part.startsWith("text\n") && found.at(-1)?.expected === "report") {
      found.at(-1)!.output ??= part.slice(5).trimEnd().split("\n");
    }
  });
  return found;
}

const eslint = projectEslint(fixtureDir);

describe.each(readdirSync(docsDir).filter((f) => f.endsWith(".md")))("docs/rules/%s", (page) => {
  const rule = `pipl/${page.replace(/\.md$/, "")}`;
  const cases = examples(readFileSync(path.join(docsDir, page), "utf8"));

  it("has incorrect and correct examples", () => {
    expect(cases.some((c) => c.expected === "report")).toBe(true);
    expect(cases.some((c) => c.expected === "silent")).toBe(true);
  });

  it.each(cases.map((c) => [c.title, c] as const))("%s", async (_title, example) => {
    const [result] = await eslint.lintText(example.code, {
      filePath: path.join(fixtureDir, "example.ts"),
    });
    const messages = result!.messages;
    // No parse errors or config problems in either kind of example.
    expect(
      messages.filter((m) => !m.ruleId || /configProblem|analysisFailed/.test(m.messageId ?? "")),
    ).toEqual([]);
    if (example.expected === "silent") return expect(messages).toEqual([]);
    // A ❌ example shows what it reports, and reports exactly that: this rule's messages where
    // shown, nothing from the other rules.
    expect(example.output, "a ```text block of the reports after the example").toBeDefined();
    expect(example.output!.every((line) => line.endsWith(`  ${rule}`))).toBe(true);
    expect(messages.map((m) => `${m.line}:${m.column}  error  ${m.message}  ${m.ruleId}`)).toEqual(
      example.output,
    );
  });
});
