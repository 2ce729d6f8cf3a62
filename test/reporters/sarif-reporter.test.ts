import { describe, expect, it } from "vitest";
import { sarifReporter, sarifFingerprintKey } from "../../analyzers/reporters/sarif-reporter.js";
import { sampleScanResult } from "./support/sample-scan-result.js";
import { sarifSchemaErrors } from "./support/validate-sarif.js";

interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        rules: { id: string; helpUri: string; fullDescription: { text: string } }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId: string };
          region: { startLine: number; startColumn: number };
        };
      }[];
      codeFlows?: { threadFlows: { locations: unknown[] }[] }[];
      partialFingerprints: Record<string, string>;
      properties: Record<string, unknown>;
    }[];
  }[];
}

const sarif = (overrides = {}) =>
  JSON.parse(sarifReporter(sampleScanResult(overrides), { color: false })) as SarifLog;

describe("sarif reporter", () => {
  it("produces a log that validates against the SARIF 2.1.0 schema", () => {
    expect(sarifSchemaErrors(sarif())).toEqual([]);
    expect(sarifSchemaErrors(sarif({ findings: [], locale: "zh-CN" }))).toEqual([]);
  });

  it("the schema check can fail: a result without a message is rejected", () => {
    const log = sarif();
    delete (log.runs[0]!.results[0] as Partial<(typeof log.runs)[0]["results"][0]>).message;
    expect(sarifSchemaErrors(log).join("\n")).toMatch(/message/);
  });

  it("declares every rule with help URIs to their docs and the legal basis", () => {
    const rules = sarif().runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([
      "pipl/no-unconsented-logging",
      "pipl/no-unconsented-export",
      "pipl/no-unconsented-transfer",
      "pipl/no-unconsented-cross-border",
      "pipl/valid-annotations",
    ]);
    expect(rules[3]!.fullDescription.text).toContain("Art. 39");
    expect(rules[0]!.helpUri).toMatch(/eslint-plugin\/docs\/rules\/no-unconsented-logging\.md$/);
    expect(rules[2]!.fullDescription.text).toContain("Art. 23");
  });

  it("reports each finding with its location, flow, category and partial fingerprint", () => {
    const [first, second] = sarif().runs[0]!.results;
    expect(first!.ruleId).toBe("pipl/no-unconsented-logging");
    expect(first!.ruleIndex).toBe(0);
    expect(first!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "src/a.ts", uriBaseId: "SRCROOT" },
      region: { startLine: 4, startColumn: 15, endLine: 4, endColumn: 19 },
    });
    expect(first!.codeFlows![0]!.threadFlows[0]!.locations).toHaveLength(2);
    expect(first!.partialFingerprints).toEqual({
      [sarifFingerprintKey]: "0123456789abcdef0123456789abcdef",
    });
    expect(first!.properties).toMatchObject({
      category: "identity.resident-id",
      categoryName: "Resident ID number",
      sensitivity: "sensitive",
      legalBasis: ["GB/T 35273-2020 Annex B.1"],
      fieldPath: "user.idNumber",
    });
    expect(second!.ruleIndex).toBe(2);
  });

  it("ranks a medium-confidence finding as a warning and records the confidence", () => {
    const results = sarif().runs[0]!.results;
    expect(results.map((r) => [r.level, r.properties.confidence])).toEqual([
      ["error", "high"],
      ["warning", "medium"],
    ]);
  });

  it("writes rule texts in the report locale", () => {
    const rules = sarif({ locale: "zh-CN" }).runs[0]!.tool.driver.rules;
    expect(rules[0]!.fullDescription.text).toContain("个人信息保护法");
  });
});
