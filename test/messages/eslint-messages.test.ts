import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  describeFindings,
  type DescribedFinding,
} from "../../analyzers/messages/describe-findings.js";
import { findingMessages } from "../../analyzers/messages/finding-messages.js";
import { lintMessages } from "../../analyzers/messages/lint-messages.js";
import { sinkRuleMessages } from "../../eslint-plugin/sink-rule-messages.js";
import { defaultTaxonomy } from "../../analyzers/taxonomy/index.js";
import { projectEslint } from "../eslint-plugin/support/lint-project.js";
import { englishRuns } from "./support/english-runs.js";

const han = /[\u4e00-\u9fff]/;
const projectDir = fileURLToPath(new URL("../fixtures/eslint-project/", import.meta.url));

/**
 * The zh-CN message names each category in both languages by design (`居民身份证（Resident ID）`):
 * those English names are removed before looking for English sentences.
 */
function withoutEnglishCategoryNames(text: string): string {
  let out = text;
  for (const id of ["identity.resident-id", "contact.phone", "financial.bank-card"]) {
    const name = defaultTaxonomy.resolve(id)?.name.en;
    if (name) out = out.split(name).join(" | ");
  }
  return out;
}

describe("ESLint rule messages in zh-CN", () => {
  const kinds = ["log", "export", "transfer"] as const;
  const reasons = [
    "no-consent",
    "consent-for-other-category",
    "general-consent-for-sensitive",
  ] as const;
  const fixes: DescribedFinding["fix"][] = [
    { kind: "mask", sanitizer: "maskPii" },
    { kind: "consent", category: "identity.resident-id" },
  ];
  const rendered: string[] = [];

  // noConsent, consentForOtherCategory and generalConsentForSensitive carry describeFindings' text.
  for (const kind of kinds)
    for (const reason of reasons)
      for (const fix of fixes)
        it(`words a ${kind} finding (${reason}, ${fix.kind} fix) in Chinese`, () => {
          const text = describeFindings(
            [
              {
                kind,
                reason,
                fix,
                category: "identity.resident-id",
                fieldPath: "citizen.code",
                sink: { id: "console", label: "console" },
              },
              {
                kind,
                reason,
                fix,
                category: "contact.phone",
                fieldPath: "citizen.phone",
                sink: { id: "console", label: "console" },
                // A name read in untyped code adds the medium-confidence line.
                confidence: reason === "no-consent" ? "medium" : "high",
              },
            ],
            defaultTaxonomy,
            "zh-CN",
            "console.info",
          );
          rendered.push(text);
          expect(text).toMatch(han);
          expect(text).not.toMatch(/\{\w+\}/);
          expect(englishRuns(withoutEnglishCategoryNames(text)), text).toEqual([]);
        });

  it("renders every finding message of the catalogue", () => {
    const missing = Object.entries(findingMessages)
      .filter(([id]) => id !== "list.separator")
      .filter(([, m]) => {
        const fixed = m["zh-CN"].split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0]!;
        return !rendered.some((r) => r.includes(fixed));
      })
      .map(([id]) => id);
    expect(missing).toEqual([]);
  });

  it("reports through the three rules in Chinese with locale zh-CN", async () => {
    const [result] = await projectEslint(projectDir, { locale: "zh-CN" }).lintFiles([
      "src/citizen-service.ts",
    ]);
    const messages = result!.messages;
    expect(new Set(messages.map((m) => m.ruleId))).toEqual(
      new Set([
        "pipl/no-unconsented-logging",
        "pipl/no-unconsented-export",
        "pipl/no-unconsented-transfer",
      ]),
    );
    for (const m of messages) {
      expect(m.message, m.ruleId!).toMatch(han);
      expect(englishRuns(withoutEnglishCategoryNames(m.message)), m.message).toEqual([]);
    }
  });

  it("reports a bad config (configProblem) in Chinese with locale zh-CN", async () => {
    const [result] = await projectEslint(projectDir, {
      locale: "zh-CN",
      config: { categories: [{ id: "Not An Id" }] },
    }).lintFiles(["src/citizen-service.ts"]);
    const problems = result!.messages.filter((m) => m.messageId === "configProblem");
    expect(problems).toHaveLength(1);
    for (const p of problems) {
      expect(p.message).toMatch(han);
      expect(englishRuns(p.message), p.message).toEqual([]);
    }
  });

  it("renders every rule message per locale: each template is one placeholder", () => {
    // analysisFailed and wrapInSanitizer come from the lintMessages catalogue (see
    // lint-messages-zh.test.ts), findings from describeFindings, problems from their catalogues.
    for (const template of Object.values(sinkRuleMessages))
      expect(template).toMatch(/^\{\{\w+\}\}$/);
    expect(Object.keys(lintMessages)).toContain("lint.analysis-failed");
  });
});
