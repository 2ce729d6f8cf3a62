import { fileURLToPath } from "node:url";
import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { analyzeSourceFile } from "../../analyzers/engine/analyze-source-file.js";
import { readExpected } from "../examples/support/read-expected.js";
import { defaultConfig } from "./support/analyze-files.js";

// examples/app/EXPECTED.md is the contract: the engine must report exactly its rows (file, line,
// kind, category, declared field, reason) and nothing in the compliant and trap files.
const appRoot = fileURLToPath(new URL("../../examples/app/", import.meta.url));
const spec = readExpected(`${appRoot}EXPECTED.md`);
const ruleKind: Record<string, string> = {
  "pipl/no-unconsented-logging": "log",
  "pipl/no-unconsented-export": "export",
  "pipl/no-unconsented-transfer": "transfer",
  "pipl/no-unconsented-cross-border": "transfer",
};

/** `user.sfzh via {...user} _(whole object)_` → `user.sfzh`. */
function declaredField(field: string): string {
  return field
    .replace(/\s*_\(whole object\)_/, "")
    .split(" via ")[0]!
    .trim();
}

describe("examples/app", () => {
  const project = new Project({ tsConfigFilePath: `${appRoot}tsconfig.json` });
  const errors: unknown[] = [];
  const actual: string[] = [];
  for (const sf of project.getSourceFiles()) {
    if (sf.isDeclarationFile()) continue;
    const file = sf.getFilePath().slice(appRoot.length);
    const analysis = analyzeSourceFile(sf, {
      config: defaultConfig,
      onInternalError: (e) => errors.push(e),
    });
    for (const f of analysis.findings) {
      const { line } = sf.getLineAndColumnAtPos(f.start);
      actual.push(`${file}:${line} ${f.kind} ${f.fieldPath} ${f.category} ${f.reason}`);
    }
  }

  it("reports exactly the findings EXPECTED.md lists, by line, kind, field, category and reason", () => {
    const expected = spec.findings.map(
      (f) =>
        `${f.file}:${f.line} ${ruleKind[f.rule]} ${declaredField(f.field)} ${f.category} ${f.reason}`,
    );
    expect([...actual].sort()).toEqual([...expected].sort());
    expect(actual).toHaveLength(69);
  });

  it("stays silent in the compliant, trap, model and infrastructure files", () => {
    expect(actual.filter((a) => !a.startsWith("src/violations/"))).toEqual([]);
  });

  it("analyses every file without an internal error", () => {
    expect(errors).toEqual([]);
  });

  it("never puts the seeded resident ID literal's value in a finding", () => {
    const sf = project.getSourceFileOrThrow(`${appRoot}src/violations/seed-data.ts`);
    const analysis = analyzeSourceFile(sf, { config: defaultConfig });
    const text = JSON.stringify(analysis);
    expect(text).not.toContain("440305198512124565");
    expect(analysis.findings[0]!.flow[0]!.label).toBe('"440***********4565"');
    expect(analysis.sources.some((s) => s.origin === "literal" && s.fieldPath === "sample")).toBe(
      true,
    );
  });

  it("records the contract basis declared on the compliant courier export", () => {
    const sf = project.getSourceFileOrThrow(`${appRoot}src/compliant/order-export.ts`);
    const analysis = analyzeSourceFile(sf, { config: defaultConfig });
    expect(analysis.declaredBases).toEqual([
      expect.objectContaining({ basis: "contract", functionName: "appendCourierFile" }),
    ]);
    expect(analysis.declaredBases[0]!.reason).toMatch(/^the courier needs/);
    const covered = analysis.consentedFlows.filter((f) => f.coveredBy.kind === "basis");
    expect(covered.map((f) => f.fieldPath).sort()).toEqual([
      "order.receiverMobile",
      "order.receiverName",
      "order.shippingAddress",
    ]);
  });
});
