import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ruleDocsUrl } from "../../analyzers/rules/rule-docs-url.js";
import { ruleRecords } from "../../analyzers/rules/rule-records.js";
import { sarifReporter } from "../../analyzers/reporters/sarif-reporter.js";
import { repositoryFileUrl, repositoryUrl } from "../../analyzers/repository-url.js";
import { rules } from "../../eslint-plugin/rules.js";
import { defaultDocsBaseUrl } from "../../policies/docs-url.js";
import { sampleScanResult } from "./support/sample-scan-result.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  repository?: { url?: string };
  homepage?: string;
};

describe("repository links", () => {
  it("is the repository and homepage that package.json declares", () => {
    expect(pkg.repository?.url).toBe(`git+${repositoryUrl}.git`);
    expect(pkg.homepage?.startsWith(`${repositoryUrl}#`)).toBe(true);
  });

  it("builds the rule doc urls, the SARIF informationUri and the policy doc base from it", () => {
    const driver = (
      JSON.parse(sarifReporter(sampleScanResult(), { color: false })) as {
        runs: { tool: { driver: { informationUri: string; rules: { helpUri: string }[] } } }[];
      }
    ).runs[0]!.tool.driver;
    expect(driver.informationUri).toBe(repositoryUrl);
    for (const rule of driver.rules)
      expect(rule.helpUri.startsWith(`${repositoryUrl}/`)).toBe(true);
    expect(defaultDocsBaseUrl).toBe(repositoryFileUrl("policies/docs/"));
  });

  it("points each rule's doc url at a page that exists in this tree", () => {
    const base = repositoryFileUrl("");
    expect(Object.keys(rules).sort()).toEqual(ruleRecords.map((r) => r.name).sort());
    for (const record of ruleRecords) {
      const url = ruleDocsUrl(record);
      expect(url).toBe(`${base}eslint-plugin/docs/rules/${record.name}.md`);
      expect(existsSync(path.join(root, url.slice(base.length))), url).toBe(true);
      expect(rules[record.name as keyof typeof rules].meta.docs?.url).toBe(url);
    }
  });
});
