import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { DescribedFinding } from "../../analyzers/messages/describe-findings.js";
import { findingMessageParts } from "../../analyzers/messages/finding-message-parts.js";
import { findingMessages } from "../../analyzers/messages/finding-messages.js";
import { noUnconsentedCrossBorder } from "../../analyzers/rules/no-unconsented-cross-border.js";
import { ruleForSinkKind } from "../../analyzers/rules/rule-records.js";
import { lintMessages } from "../../analyzers/messages/lint-messages.js";
import { sinkRuleMessages } from "../../eslint-plugin/sink-rule-messages.js";
import { defaultTaxonomy } from "../../analyzers/taxonomy/index.js";
import { projectEslint } from "../eslint-plugin/support/lint-project.js";
import { englishRuns } from "./support/english-runs.js";

const han = /[\u4e00-\u9fff]/;
const projectDir = fileURLToPath(new URL("../fixtures/eslint-project/", import.meta.url));

/** The categories the messages below name: each must exist, or the test is about nothing. */
const categoryIds = ["identity.resident-id", "contact.mobile", "financial.bank-account"];

/**
 * The long (scanner) zh-CN message names each category in both languages by design
 * (`居民身份证（Resident ID）`): those English names are removed before looking for English sentences.
 */
function withoutEnglishCategoryNames(text: string): string {
  let out = text;
  for (const id of categoryIds) {
    const category = defaultTaxonomy.resolve(id);
    if (!category) throw new Error(`no category ${id} in the default taxonomy`);
    out = out.split(category.name.en).join(" | ");
  }
  return out;
}

/** A message as the rules render it from its parts. */
function render(template: string, parts: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => parts[name] ?? `{{${name}}}`);
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

  it("names only categories the taxonomy has", () => {
    for (const id of categoryIds) expect(defaultTaxonomy.resolve(id)?.id).toBe(id);
  });

  // noConsent, consentForOtherCategory and generalConsentForSensitive carry findingMessageParts.
  for (const kind of kinds)
    for (const reason of reasons)
      for (const fix of fixes)
        it(`words a ${kind} finding (${reason}, ${fix.kind} fix) in Chinese`, () => {
          const parts = findingMessageParts(
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
                category: "contact.mobile",
                fieldPath: "citizen.phone",
                sink: { id: "console", label: "console" },
                // A name read in untyped code adds the medium-confidence line.
                confidence: reason === "no-consent" ? "medium" : "high",
              },
            ],
            ruleForSinkKind[kind],
            defaultTaxonomy,
            "zh-CN",
            "console.info",
          );
          expect(parts.fields).toBe("`citizen.code`、`citizen.phone`");
          expect(parts.categories).toBe("居民身份证号码、手机号码");
          expect(parts.sink).toBe("`console.info`");
          const text = render(sinkRuleMessages.noConsent, { ...parts });
          rendered.push(text);
          expect(text).toMatch(han);
          expect(text).not.toMatch(/\{\w+\}/);
          expect(englishRuns(text), text).toEqual([]);
          expect(text.length, text).toBeLessThanOrEqual(200);
        });

  // A transfer abroad: its messages name the recipient and the transfer mechanism.
  for (const reason of [...reasons, "no-cross-border-consent"] as const)
    for (const mechanism of [undefined, { mechanism: "standard-contract", reference: "备案 1" }])
      it(`renders a cross-border ${reason} finding${mechanism ? " with a mechanism" : ""} in Chinese`, () => {
        const parts = findingMessageParts(
          [
            {
              kind: "transfer",
              reason,
              fix: { kind: "consent", category: "contact.mobile" },
              category: "contact.mobile",
              fieldPath: "citizen.phone",
              sink: { id: "openai", label: "openai" },
              destination: {
                jurisdiction: "cross-border",
                host: "api.openai.com",
                service: "OpenAI API",
                place: { en: "United States", "zh-CN": "美国" },
                from: "sdk-default",
              },
              ...(mechanism ? { mechanism } : {}),
            },
          ],
          noUnconsentedCrossBorder,
          defaultTaxonomy,
          "zh-CN",
          "client.chat.completions.create",
        );
        expect(parts.destination).toBe("OpenAI API（api.openai.com，美国）");
        const text = render(sinkRuleMessages.crossBorderNoConsent, { ...parts });
        rendered.push(text);
        expect(text).toMatch(han);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(englishRuns(text.replace("OpenAI API", "")), text).toEqual([]);
        expect(text.length, text).toBeLessThanOrEqual(200);
      });

  // A transfer to a mainland recipient the code names: the message names it, in one short line.
  const mainlandChina = { en: "mainland China", "zh-CN": "中国境内" };
  const mainlandRecipients = [
    {
      name: "a mainland model API named by its SDK",
      sink: "ai.createCompletions",
      destination: {
        jurisdiction: "mainland",
        service: "Zhipu BigModel API",
        host: "open.bigmodel.cn",
        place: mainlandChina,
        from: "sdk-default",
      },
      expected: {
        en: "Zhipu BigModel API (mainland China)",
        "zh-CN": "Zhipu BigModel API（中国境内）",
      },
      limit: 200,
    },
    {
      // The longest built-in service name through the longest model call: a little over 200.
      name: "the longest built-in mainland service through an OpenAI-compatible call",
      sink: "client.chat.completions.create",
      destination: {
        jurisdiction: "mainland",
        service: "Alibaba Cloud Model Studio (DashScope)",
        host: "dashscope.aliyuncs.com",
        place: mainlandChina,
        from: "base-url",
      },
      expected: {
        en: "Alibaba Cloud Model Studio (DashScope) (mainland China)",
        "zh-CN": "Alibaba Cloud Model Studio (DashScope)（中国境内）",
      },
      limit: 225,
    },
    {
      name: "a cloud client's mainland region",
      sink: "client.SendSms",
      destination: {
        jurisdiction: "mainland",
        service: "Tencent Cloud API",
        place: { en: "Guangzhou", "zh-CN": "广州" },
        region: "ap-guangzhou",
        from: "region",
      },
      expected: { en: "Tencent Cloud API (Guangzhou)", "zh-CN": "Tencent Cloud API（广州）" },
      limit: 200,
    },
    {
      name: "a .cn host no table knows",
      sink: "fetch",
      destination: {
        jurisdiction: "mainland",
        host: "api.partner.com.cn",
        place: mainlandChina,
        from: "url",
      },
      expected: {
        en: "api.partner.com.cn (mainland China)",
        "zh-CN": "api.partner.com.cn（中国境内）",
      },
      limit: 200,
    },
  ] as const;
  for (const locale of ["en", "zh-CN"] as const)
    for (const r of mainlandRecipients)
      it(`names ${r.name} in a ${locale} transfer message within ${r.limit} characters`, () => {
        const parts = findingMessageParts(
          [
            {
              kind: "transfer",
              reason: "no-consent",
              fix: { kind: "consent", category: "contact.mobile" },
              category: "contact.mobile",
              fieldPath: "citizen.phone",
              sink: { id: "x", label: "x" },
              destination: r.destination,
            },
          ],
          ruleForSinkKind.transfer,
          defaultTaxonomy,
          locale,
          r.sink,
        );
        expect(parts.destination).toBe(r.expected[locale]);
        const text = render(sinkRuleMessages.noConsentToRecipient, { ...parts });
        if (locale === "zh-CN") rendered.push(text);
        expect(text).toContain(`→ \`${r.sink}\` → ${r.expected[locale]}: `);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text.length, text).toBeLessThanOrEqual(r.limit);
      });

  it("names no recipient for an unknown destination or one without a service or host", () => {
    for (const destination of [
      { jurisdiction: "unknown", host: "partner.example.com", from: "url" },
      { jurisdiction: "unknown", service: "OpenAI API", from: "environment" },
      { jurisdiction: "mainland", from: "none" },
    ] as const) {
      const parts = findingMessageParts(
        [
          {
            kind: "transfer",
            reason: "no-consent",
            fix: { kind: "consent", category: "contact.mobile" },
            category: "contact.mobile",
            fieldPath: "citizen.phone",
            sink: { id: "fetch", label: "fetch" },
            destination,
          },
        ],
        ruleForSinkKind.transfer,
        defaultTaxonomy,
        "en",
        "fetch",
      );
      expect(parts.destination).toBeUndefined();
    }
  });

  it("renders every one-line finding message of the catalogue", () => {
    const missing = Object.entries(findingMessages)
      .filter(([id]) => id.startsWith("short.") && id !== "short.more")
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

  it("renders every rule message per locale: templates hold placeholders, no words", () => {
    // A finding's template names the parts tests assert; its words are in `detail`. analysisFailed
    // and wrapInSanitizer come from the lintMessages catalogue (see lint-messages-zh.test.ts),
    // problems from their catalogues.
    const {
      noConsent,
      consentForOtherCategory,
      generalConsentForSensitive,
      noConsentToRecipient,
      consentForOtherCategoryToRecipient,
      generalConsentForSensitiveToRecipient,
      crossBorderNoConsent,
      crossBorderConsentForOtherCategory,
      crossBorderGeneralConsentForSensitive,
      noCrossBorderConsent,
      ...others
    } = sinkRuleMessages;
    for (const template of [noConsent, consentForOtherCategory, generalConsentForSensitive])
      expect(template).toBe("{{fields}} ({{categories}}) → {{sink}}: {{detail}}");
    for (const template of [
      noConsentToRecipient,
      consentForOtherCategoryToRecipient,
      generalConsentForSensitiveToRecipient,
      crossBorderNoConsent,
      crossBorderConsentForOtherCategory,
      crossBorderGeneralConsentForSensitive,
      noCrossBorderConsent,
    ])
      expect(template).toBe("{{fields}} ({{categories}}) → {{sink}} → {{destination}}: {{detail}}");
    for (const template of Object.values(others)) expect(template).toMatch(/^\{\{\w+\}\}$/);
    expect(Object.keys(lintMessages)).toContain("lint.analysis-failed");
  });

  it("lists three fields and categories, then says how many more", () => {
    const finding = (fieldPath: string, category: string): DescribedFinding => ({
      kind: "log",
      reason: "no-consent",
      fix: { kind: "consent", category },
      category,
      fieldPath,
      sink: { id: "console", label: "console" },
    });
    const group = [
      finding("u.idNumber", "identity.resident-id"),
      finding("u.mobile", "contact.mobile"),
      finding("u.email", "contact.email"),
      finding("u.bankAccount", "financial.bank-account"),
      finding("u.mobile2", "contact.mobile"),
    ];
    const en = findingMessageParts(group, ruleForSinkKind.log, defaultTaxonomy, "en");
    expect(en.fields).toBe("`u.idNumber`, `u.mobile`, `u.email` +2 more");
    expect(en.categories).toBe(
      "居民身份证号码 resident ID number, 手机号码 mobile phone number, 电子邮箱 email address +1 more",
    );
    expect(en.sink).toBe("`console`");
    expect(en.detail).toBe(
      "logged without consent (PIPL Arts. 14, 29); check consent first or mask it.",
    );
    const zh = findingMessageParts(group, ruleForSinkKind.log, defaultTaxonomy, "zh-CN");
    expect(zh.fields).toBe("`u.idNumber`、`u.mobile`、`u.email` 等 2 项");
  });
});
