import { describe, expect, it } from "vitest";
import { htmlReporter } from "../../analyzers/reporters/html-reporter.js";
import { jsonReporter } from "../../analyzers/reporters/json-reporter.js";
import { sarifReporter } from "../../analyzers/reporters/sarif-reporter.js";
import type { ReportedFinding, ScanResult } from "../../analyzers/scan/scan-result.js";
import { sampleScanResult } from "./support/sample-scan-result.js";

const promptSentAbroad: ReportedFinding = {
  ruleId: "pipl/no-unconsented-cross-border",
  kind: "transfer",
  category: "contact.mobile",
  fieldPath: "user.mobile",
  sink: { id: "openai", label: "OpenAI API (or a compatible model API)" },
  reason: "no-cross-border-consent",
  confidence: "high",
  range: { file: "src/c.ts", line: 7, column: 3, endLine: 7, endColumn: 14 },
  flow: [{ file: "src/c.ts", line: 7, column: 3, label: "user.mobile" }],
  fix: { kind: "consent", category: "contact.mobile" },
  destination: {
    jurisdiction: "cross-border",
    host: "api.openai.com",
    service: "OpenAI API",
    place: { en: "United States", "zh-CN": "美国" },
    from: "sdk-default",
  },
  mechanism: { mechanism: "standard-contract", reference: "CAC filing 2024-0001" },
  message: "Personal information is sent outside mainland China to OpenAI API",
  fingerprint: "00112233445566778899aabbccddeeff",
};

function withCrossBorder(locale: ScanResult["locale"] = "en"): ScanResult {
  const result = sampleScanResult({ locale });
  return { ...result, findings: [...result.findings, promptSentAbroad] };
}

describe("cross-border transfers in the reports", () => {
  it("gives a SARIF result the rule and the destination as properties", () => {
    const log = JSON.parse(sarifReporter(withCrossBorder(), { color: false })) as {
      runs: { results: { ruleId: string; properties: Record<string, unknown> }[] }[];
    };
    const result = log.runs[0]!.results.find(
      (r) => r.ruleId === "pipl/no-unconsented-cross-border",
    );
    expect(result?.properties).toMatchObject({
      reason: "no-cross-border-consent",
      destination: {
        jurisdiction: "cross-border",
        service: "OpenAI API",
        host: "api.openai.com",
        place: "United States",
      },
      transferMechanism: { mechanism: "standard-contract", reference: "CAC filing 2024-0001" },
    });
  });

  it("keeps the cross-border inventory in the JSON report", () => {
    const json = JSON.parse(jsonReporter(withCrossBorder(), { color: false })) as ScanResult;
    expect(json.inventory.crossBorder).toEqual([
      expect.objectContaining({
        recipient: "OpenAI API (api.openai.com, United States)",
        categories: ["contact.mobile"],
        consented: "none",
        mechanisms: [],
        sites: [expect.objectContaining({ file: "src/c.ts", line: 7, status: "unprotected" })],
      }),
    ]);
  });

  it("lists each recipient abroad in the HTML inventory, in the report locale", () => {
    const en = htmlReporter(withCrossBorder("en"), { color: false });
    expect(en).toContain('<section id="cross-border">');
    expect(en).toContain('data-recipient="OpenAI API (api.openai.com, United States)"');
    expect(en).toContain("api.openai.com · United States");
    expect(en).toContain("Consent: none · Mechanism: none declared");
    const zh = htmlReporter(withCrossBorder("zh-CN"), { color: false });
    expect(zh).toContain("个人信息出境");
    expect(zh).toContain("api.openai.com · 美国");
  });

  it("says so when nothing leaves the mainland", () => {
    const result = sampleScanResult();
    const html = htmlReporter(
      { ...result, inventory: { ...result.inventory, crossBorder: [] } },
      { color: false },
    );
    expect(html).toContain("No transfer to a recipient outside mainland China found.");
  });
});
