import { describe, expect, it } from "vitest";
import { exampleAppRoot, scanExampleApp } from "../examples/support/scan-example-app.js";
import { readExpected } from "../examples/support/read-expected.js";

// `pipl-guard scan` on examples/app must report every row of EXPECTED.md's "Findings" tables (the
// per-file engine's result) plus the "Cross-file additions", and nothing else: a flow the scanner
// follows across modules adds findings, it never replaces the ones the declared types give.
const spec = readExpected(`${exampleAppRoot}EXPECTED.md`);
const scan = scanExampleApp();

/** `user.sfzh via message.value _(whole object)_` → `user.sfzh`: the field as reported. */
function declaredField(field: string): string {
  return field
    .replace(/\s*_\(whole object\)_/, "")
    .split(" via ")[0]!
    .trim();
}

const got = scan.findings.map(
  (f) => `${f.range.file}:${f.range.line} ${f.ruleId} ${f.category} ${f.fieldPath}`,
);

describe("pipl-guard scan on examples/app", () => {
  it("reads the 69 findings and the cross-file additions from EXPECTED.md", () => {
    expect(spec.findings).toHaveLength(69);
    expect(spec.crossFile.map((c) => `${c.file}:${c.line} ${c.field} ${c.from}`)).toEqual([
      'src/violations/analytics.ts:37 "138****8000" user-repository:10',
      'src/violations/analytics.ts:37 "110***********1239" user-repository:12',
      'src/violations/analytics.ts:39 "138****8000" user-repository:10',
      'src/violations/analytics.ts:39 "110***********1239" user-repository:12',
    ]);
  });

  it("reports every row of the Findings tables, by file, line, rule, category, field and reason", () => {
    const withReason = scan.findings.map(
      (f) => `${f.range.file}:${f.range.line} ${f.ruleId} ${f.category} ${f.fieldPath} ${f.reason}`,
    );
    const missing = spec.findings
      .map(
        (f) => `${f.file}:${f.line} ${f.rule} ${f.category} ${declaredField(f.field)} ${f.reason}`,
      )
      .filter((row) => !withReason.includes(row));
    expect(missing).toEqual([]);
  });

  it("adds the cross-file literal findings, traced to the repository line, and nothing else", () => {
    const expected = [
      ...spec.findings.map(
        (f) => `${f.file}:${f.line} ${f.rule} ${f.category} ${declaredField(f.field)}`,
      ),
      ...spec.crossFile.map((c) => `${c.file}:${c.line} ${c.rule} ${c.category} ${c.field}`),
    ];
    expect([...got].sort()).toEqual([...expected].sort());
    expect(scan.findings).toHaveLength(73);
    for (const c of spec.crossFile) {
      const finding = scan.findings.find(
        (f) => f.range.file === c.file && f.range.line === c.line && f.fieldPath === c.field,
      );
      const [module, line] = c.from.split(":");
      expect(finding?.flow[0], `${c.file}:${c.line} ${c.field}`).toMatchObject({
        file: `src/infra/${module}.ts`,
        line: Number(line),
        label: c.field,
      });
    }
  });

  it("keeps the repository's literals masked and analyses every file without an error", () => {
    const text = JSON.stringify(scan);
    expect(text).not.toContain("13800138000");
    expect(text).not.toContain("110105199003071239");
    expect(scan.skipped).toEqual([]);
  });

  it("lists every recipient outside mainland China, with categories, consent and mechanisms", () => {
    expect(
      scan.inventory.crossBorder.map((r) => ({
        recipient: r.recipient,
        categories: r.categories,
        sites: r.sites.map((s) => `${s.file}:${s.line} ${s.fieldPath} ${s.status}`),
        consented: r.consented,
        mechanisms: r.mechanisms,
      })),
    ).toEqual([
      {
        recipient: "Alibaba Cloud (support.oss-cn-hongkong.aliyuncs.com, Hong Kong)",
        categories: ["contact.mobile"],
        sites: [
          "src/compliant/ai-assistant.ts:30 user.mobile consented",
          "src/violations/ai-assistant.ts:34 user.mobile unprotected",
        ],
        consented: "some",
        mechanisms: ["standard-contract"],
      },
      {
        recipient: "OpenAI API (api.openai.com, United States)",
        categories: ["basic.name", "contact.mobile"],
        sites: [
          "src/violations/ai-assistant.ts:21 user.realName unprotected",
          "src/violations/ai-assistant.ts:21 user.mobile unprotected",
        ],
        consented: "none",
        mechanisms: [],
      },
      {
        recipient: "Sentry (sentry.io, United States)",
        categories: ["basic.name", "contact.mobile"],
        sites: [
          "src/violations/analytics.ts:17 user.realName unprotected",
          "src/violations/analytics.ts:17 user.mobile unprotected",
        ],
        consented: "none",
        mechanisms: [],
      },
    ]);
  });
});
