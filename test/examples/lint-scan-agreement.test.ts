import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { loadConfig } from "../../analyzers/config/load-config.js";
import { scanProject } from "../../analyzers/scan/scan-project.js";
import { projectEslint } from "../eslint-plugin/support/lint-project.js";

// The editor shows what CI reports: linting examples/app (typed, shared mode: helpers of other
// modules are followed) and `pipl-guard scan` report the same finding sites. The demo prints the
// difference; here it must be none.
const appRoot = fileURLToPath(new URL("../../examples/app/", import.meta.url));

it("lint and scan report the same finding sites on examples/app", async () => {
  const scan = scanProject({
    cwd: appRoot,
    paths: [],
    project: "tsconfig.json",
    config: loadConfig(),
    locale: "en",
  });
  const scanned = new Set(
    scan.findings.map((f) => `${f.range.file}:${f.range.line}:${f.range.column} ${f.ruleId}`),
  );
  const results = await projectEslint(appRoot).lintFiles(["src/**/*.ts"]);
  const linted = new Set(
    results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId && m.ruleId !== "pipl/valid-annotations")
        .map((m) => `${path.relative(appRoot, r.filePath)}:${m.line}:${m.column} ${m.ruleId}`),
    ),
  );
  expect([...linted].sort()).toEqual([...scanned].sort());
  expect(scanned.size).toBeGreaterThan(20);
});
