import { fileURLToPath } from "node:url";
import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../analyzers/config/load-config.js";
import { analyzeSourceFile } from "../../analyzers/engine/analyze-source-file.js";
import { ruleForFinding } from "../../analyzers/rules/rule-records.js";
import { readExpected } from "./support/read-expected.js";

// The engine, run per file with the default config as the ESLint rules run it, must report on
// examples/app exactly what EXPECTED.md specifies: same lines, rules, categories and fields.
const appRoot = fileURLToPath(new URL("../../examples/app/", import.meta.url));
const spec = readExpected(`${appRoot}EXPECTED.md`);

describe("the engine on examples/app", () => {
  it("reports exactly the findings of EXPECTED.md, and none in compliant or trap files", () => {
    const project = new Project({ tsConfigFilePath: `${appRoot}tsconfig.json` });
    const config = loadConfig();
    const errors: unknown[] = [];
    const got: string[] = [];
    for (const sf of project.getSourceFiles()) {
      const file = sf.getFilePath().slice(appRoot.length);
      if (!file.startsWith("src/")) continue;
      const result = analyzeSourceFile(sf, { config, onInternalError: (e) => errors.push(e) });
      for (const f of result.findings) {
        const line = sf.getLineAndColumnAtPos(f.start).line;
        got.push(
          `${file}:${line} ${ruleForFinding(f).id} ${f.category} ${f.fieldPath} ${f.reason}`,
        );
      }
    }
    const expected = spec.findings.map(
      (f) => `${f.file}:${f.line} ${f.rule} ${f.category} ${f.field.split(" ")[0]} ${f.reason}`,
    );
    expect(errors).toEqual([]);
    expect(got.sort()).toEqual(expected.sort());
  });
});
