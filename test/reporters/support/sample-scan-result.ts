import type { ReportedFinding, ScanResult } from "../../../analyzers/scan/scan-result.js";

const idNumberLogged: ReportedFinding = {
  ruleId: "pipl/no-unconsented-logging",
  kind: "log",
  category: "identity.resident-id",
  fieldPath: "user.idNumber",
  sink: { id: "console", label: "console.log" },
  reason: "no-consent",
  confidence: "high",
  range: { file: "src/a.ts", line: 4, column: 15, endLine: 4, endColumn: 19 },
  flow: [
    { file: "src/model.ts", line: 3, column: 3, label: "idNumber" },
    { file: "src/a.ts", line: 4, column: 15, label: "user" },
  ],
  fix: { kind: "mask", sanitizer: "maskIdNumber" },
  message: "Personal information reaches the log sink `console.log` without a consent check",
  fingerprint: "0123456789abcdef0123456789abcdef",
};

const mobileSent: ReportedFinding = {
  ruleId: "pipl/no-unconsented-transfer",
  kind: "transfer",
  category: "contact.mobile",
  fieldPath: "user.mobile",
  sink: { id: "axios", label: "axios.post" },
  reason: "consent-for-other-category",
  confidence: "medium",
  range: { file: "src/crm/send.ts", line: 9, column: 27, endLine: 9, endColumn: 38 },
  flow: [
    { file: "src/model.ts", line: 4, column: 3, label: "mobile" },
    { file: "src/crm/send.ts", line: 9, column: 27, label: "user.mobile" },
  ],
  fix: { kind: "consent", category: "contact.mobile" },
  message: "Personal information is sent to another party through `axios.post` <script>",
  fingerprint: "fedcba9876543210fedcba9876543210",
  via: { file: "src/a.ts", line: 7, column: 3, callee: "sendToCrm" },
};

/** A scan result exercising every part of every report (two files, three categories, a basis, a stale entry). */
export function sampleScanResult(overrides: Partial<ScanResult> = {}): ScanResult {
  return {
    tool: { name: "pipl-guard", version: "0.1.0" },
    root: "/tmp/project",
    locale: "en",
    filesScanned: 3,
    findings: [idNumberLogged, mobileSent],
    categories: {
      "identity.resident-id": {
        id: "identity.resident-id",
        name: { en: "Resident ID number", "zh-CN": "身份证号码" },
        sensitivity: "sensitive",
        legalBases: [
          {
            id: "gbt-35273-b1",
            citation: { en: "GB/T 35273-2020 Annex B.1", "zh-CN": "GB/T 35273-2020 附录 B.1" },
            summary: { en: "Sensitive PI examples", "zh-CN": "敏感个人信息示例" },
          },
        ],
      },
      "contact.mobile": {
        id: "contact.mobile",
        name: { en: "Mobile number", "zh-CN": "手机号码" },
        sensitivity: "general",
        legalBases: [
          {
            id: "guiding-case-195",
            citation: { en: "SPC Guiding Case 195", "zh-CN": "最高人民法院指导性案例 195 号" },
            summary: { en: "Phone numbers are PI", "zh-CN": "手机号码属于个人信息" },
          },
        ],
      },
      "basic.name": {
        id: "basic.name",
        name: { en: "Name", "zh-CN": "姓名" },
        sensitivity: "general",
        legalBases: [],
      },
    },
    inventory: {
      categories: [
        {
          category: "basic.name",
          sources: [{ file: "src/model.ts", line: 2, column: 3, label: "realName" }],
          flows: [
            {
              file: "src/b.ts",
              line: 12,
              column: 5,
              kind: "export",
              sink: { id: "fs", label: "fs.writeFileSync" },
              fieldPath: "row.realName",
              status: "lawful-basis",
              basis: "contract",
            },
          ],
        },
        {
          category: "contact.mobile",
          sources: [{ file: "src/model.ts", line: 4, column: 3, label: "mobile" }],
          flows: [
            {
              file: "src/crm/send.ts",
              line: 9,
              column: 27,
              kind: "transfer",
              sink: { id: "axios", label: "axios.post" },
              fieldPath: "user.mobile",
              status: "unprotected",
            },
            {
              file: "src/sms.ts",
              line: 5,
              column: 9,
              kind: "transfer",
              sink: { id: "aliyun-sms", label: "client.sendSms" },
              fieldPath: "phone",
              status: "consented",
            },
          ],
        },
        {
          category: "identity.resident-id",
          sources: [{ file: "src/model.ts", line: 3, column: 3, label: "idNumber" }],
          flows: [
            {
              file: "src/a.ts",
              line: 4,
              column: 15,
              kind: "log",
              sink: { id: "console", label: "console.log" },
              fieldPath: "user.idNumber",
              status: "unprotected",
            },
          ],
        },
      ],
      declaredBases: [
        {
          file: "src/b.ts",
          line: 10,
          column: 1,
          functionName: "exportPayroll",
          basis: "contract",
          reason: "payroll for employment contracts",
        },
      ],
      crossBorder: [
        {
          recipient: "OpenAI API (api.openai.com, United States)",
          destination: {
            jurisdiction: "cross-border",
            host: "api.openai.com",
            service: "OpenAI API",
            place: { en: "United States", "zh-CN": "美国" },
            from: "sdk-default",
          },
          categories: ["contact.mobile"],
          sites: [
            {
              file: "src/c.ts",
              line: 7,
              column: 3,
              category: "contact.mobile",
              fieldPath: "user.mobile",
              sink: { id: "openai", label: "OpenAI API (or a compatible model API)" },
              status: "unprotected",
            },
          ],
          consented: "none",
          mechanisms: [],
        },
      ],
    },
    baseline: {
      file: "pipl-baseline.json",
      matched: 1,
      stale: [
        {
          fingerprint: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          ruleId: "pipl/no-unconsented-export",
          category: "basic.name",
          file: "src/old.ts",
          fieldPath: "row.realName",
          reason: "legacy export, ticket PRIV-12",
        },
      ],
    },
    ...overrides,
  };
}
