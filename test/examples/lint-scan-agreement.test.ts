import path from "node:path";
import { expect, it } from "vitest";
import { exampleAppRoot, scanExampleApp } from "./support/scan-example-app.js";
import { projectEslint } from "../eslint-plugin/support/lint-project.js";

// The editor shows what CI reports: linting examples/app (typed, shared mode: helpers of other
// modules are followed) and `pipl-guard scan` report the same finding sites. The demo prints the
// difference; here it must be none.

it("lint and scan report the same finding sites on examples/app", async () => {
  const scan = scanExampleApp();
  const scanned = new Set(
    scan.findings.map((f) => `${f.range.file}:${f.range.line}:${f.range.column} ${f.ruleId}`),
  );
  const results = await projectEslint(exampleAppRoot).lintFiles(["src/**/*.ts"]);
  const linted = new Set(
    results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId && m.ruleId !== "pipl/valid-annotations")
        .map(
          (m) => `${path.relative(exampleAppRoot, r.filePath)}:${m.line}:${m.column} ${m.ruleId}`,
        ),
    ),
  );
  expect([...linted].sort()).toEqual([...scanned].sort());
  expect(scanned.size).toBeGreaterThan(20);
});
