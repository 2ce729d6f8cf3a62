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
}

/** The ```ts blocks of a doc page, each with the ❌ / ✅ line written above it. */
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
    const own = messages.filter((m) => m.ruleId === rule);
    if (example.expected === "report") expect(own.length).toBeGreaterThan(0);
    else expect(messages).toEqual([]);
  });
});
