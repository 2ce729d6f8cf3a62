import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ruleDocsUrl } from "../../analyzers/rules/rule-docs-url.js";
import { noUnconsentedTransfer } from "../../analyzers/rules/no-unconsented-transfer.js";
import {
  ruleForFinding,
  ruleForSinkKind,
  ruleRecords,
} from "../../analyzers/rules/rule-records.js";
import { sarifReporter } from "../../analyzers/reporters/sarif-reporter.js";
import plugin from "../../eslint-plugin/index.js";
import { sampleScanResult } from "../reporters/support/sample-scan-result.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const readme = readFileSync(path.join(root, "README.md"), "utf8");

/** The rows of the README's rule table: `| [`pipl/x`](path) | reaches… | level |`. */
function readmeRuleRows(): { id: string; docsPath: string; recommended: string }[] {
  return [
    ...readme.matchAll(/^\| \[`(pipl\/[\w-]+)`\]\(([^)]+)\)\s*\|[^|]*\|\s*(\S+)\s*\|$/gm),
  ].map(([, id, docsPath, recommended]) => ({
    id: id!,
    docsPath: docsPath!,
    recommended: recommended!,
  }));
}

describe("rule records", () => {
  it("are one per sink kind, the cross-border transfer rule and the annotation rule, named after their id", () => {
    const sinkRules = ruleRecords.filter((r) => r.kind === "sink");
    expect(sinkRules.map((r) => r.sinkKind).sort()).toEqual([
      "export",
      "log",
      "transfer",
      "transfer",
    ]);
    for (const record of sinkRules)
      expect(ruleForSinkKind[record.sinkKind]).toBe(
        record.crossBorder ? noUnconsentedTransfer : record,
      );
    expect(sinkRules.filter((r) => r.crossBorder).map((r) => r.id)).toEqual([
      "pipl/no-unconsented-cross-border",
    ]);
    expect(ruleRecords.filter((r) => r.kind === "annotations").map((r) => r.id)).toEqual([
      "pipl/valid-annotations",
    ]);
    for (const record of ruleRecords) {
      expect(record.id).toBe(`pipl/${record.name}`);
      expect(record.description.en).toMatch(/^(Disallow|Require|Enforce) /);
      expect(record.docsPath).toBe(`eslint-plugin/docs/rules/${record.name}.md`);
    }
  });

  it("partition transfers by destination: abroad is the cross-border rule's, the rest the transfer rule's", () => {
    const rule = (jurisdiction?: "mainland" | "cross-border" | "unknown") =>
      ruleForFinding({
        kind: "transfer",
        ...(jurisdiction ? { destination: { jurisdiction } } : {}),
      }).id;
    expect(rule("cross-border")).toBe("pipl/no-unconsented-cross-border");
    expect(rule("mainland")).toBe("pipl/no-unconsented-transfer");
    expect(rule("unknown")).toBe("pipl/no-unconsented-transfer");
    expect(rule()).toBe("pipl/no-unconsented-transfer");
    expect(ruleForFinding({ kind: "log", destination: { jurisdiction: "cross-border" } }).id).toBe(
      "pipl/no-unconsented-logging",
    );
  });

  it("give each ESLint rule its meta and each preset its rules", () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(ruleRecords.map((r) => r.name).sort());
    for (const record of ruleRecords) {
      const meta = plugin.rules[record.name as keyof typeof plugin.rules].meta;
      expect(meta.docs?.description).toBe(record.description.en);
      expect(meta.docs?.url).toBe(ruleDocsUrl(record));
      expect(meta.docs?.recommended).toBe(record.recommended);
      expect(plugin.configs.recommended.rules?.[record.id]).toBe(
        record.recommended ? (record.recommendedLevel ?? "error") : undefined,
      );
      expect(plugin.configs.strict.rules?.[record.id]).toBe("error");
    }
  });

  it("give the SARIF rule table, in both locales", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const sarif = JSON.parse(sarifReporter(sampleScanResult({ locale }), { color: false })) as {
        runs: { tool: { driver: { rules: Record<string, unknown>[] } } }[];
      };
      expect(sarif.runs[0]!.tool.driver.rules).toEqual(
        ruleRecords.map((record) =>
          expect.objectContaining({
            id: record.id,
            name: record.name,
            shortDescription: { text: record.description[locale] },
            helpUri: ruleDocsUrl(record),
          }),
        ),
      );
    }
  });

  it("agree with their doc pages: title, description, and the preset line", () => {
    for (const record of ruleRecords) {
      const file = path.join(root, record.docsPath);
      expect(existsSync(file), record.docsPath).toBe(true);
      const [title, , description] = readFileSync(file, "utf8").split("\n");
      expect(title).toBe(`# ${record.id}`);
      expect(description).toBe(`${record.description.en}.`);
    }
  });

  it("agree with the README's rule table: every rule, its page, its recommended level", () => {
    expect(readmeRuleRows()).toEqual(
      ruleRecords.map((record) => ({
        id: record.id,
        docsPath: record.docsPath,
        recommended: record.recommended ? (record.recommendedLevel ?? "error") : "off",
      })),
    );
  });
});
