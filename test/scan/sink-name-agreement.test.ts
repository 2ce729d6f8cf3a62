import path from "node:path";
import { describe, expect, it } from "vitest";
import { sinkName } from "../../analyzers/messages/sink-name.js";
import { exampleAppRoot, scanExampleApp } from "../examples/support/scan-example-app.js";
import { projectEslint } from "../eslint-plugin/support/lint-project.js";

/*
 * One finding names its sink one way: the ESLint message (`… → \`logger.info\`: …`), the scanner's
 * message (its header) and the reports' `sinkName(sink)` agree on every finding of examples/app
 * both report, and name the call as written, not the catalogue label.
 */
const scan = scanExampleApp();

/** The sink an ESLint finding message names: `… → \`sink\`: …`. */
const lintSink = (message: string) => /\) → `([^`]+)`(?: → [^:]*)?: /.exec(message)?.[1];

describe("the sink of a finding", () => {
  it("is named the same by the ESLint rules, the scanner's message and the reports", async () => {
    const files = [...new Set(scan.findings.map((f) => path.join(exampleAppRoot, f.range.file)))];
    const results = await projectEslint(exampleAppRoot).lintFiles(files);
    const linted = new Map<string, string>();
    for (const r of results)
      for (const m of r.messages) {
        const sink = lintSink(m.message);
        if (sink)
          linted.set(`${path.relative(exampleAppRoot, r.filePath)}:${m.line}:${m.column}`, sink);
      }
    let compared = 0;
    for (const f of scan.findings) {
      const key = `${f.range.file}:${f.range.line}:${f.range.column}`;
      const name = sinkName(f.sink);
      expect(f.message, key).toContain(`\`${name}\``);
      const inLint = linted.get(key);
      if (inLint === undefined) continue;
      expect(inLint, key).toBe(name);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it("is the call as written where the value is a call's argument", () => {
    const calls = scan.findings.filter((f) => f.sink.call !== undefined);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.map((f) => sinkName(f.sink))).toContain("Sentry.setUser");
    expect(calls.every((f) => sinkName(f.sink) === f.sink.call)).toBe(true);
  });
});
