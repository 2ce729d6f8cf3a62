/*
 * pipl/no-unconsented-export. Legal basis: PIPL Arts. 13, 14, 25, 29 and 51 (shared/domain/pipl.md
 * §1.1). Paraphrases, not legal conclusions.
 */
import { art14, arts14And29, consentBasis } from "./consent-basis.js";
import type { SinkRuleRecord } from "./rule-record.js";

/** PI written out of the system (files, spreadsheets, archives) without a lawful basis. */
export const noUnconsentedExport: SinkRuleRecord = {
  name: "no-unconsented-export",
  id: "pipl/no-unconsented-export",
  kind: "sink",
  sinkKind: "export",
  description: {
    en: "Disallow personal information written out of the system (files, spreadsheets, archives, downloads) without a consent check or declared lawful basis",
    "zh-CN":
      "禁止个人信息在未经同意校验或未声明合法性基础的情况下被导出（文件、表格、压缩包、下载）",
  },
  legalBasis: {
    en: `${consentBasis.en} Art. 25 forbids disclosing PI without separate consent; Art. 51 requires technical measures for PI leaving controlled storage.`,
    "zh-CN": `${consentBasis["zh-CN"]} 第二十五条规定未经单独同意不得公开个人信息；第五十一条要求对离开受控存储的个人信息采取技术措施。`,
  },
  fix: {
    en: "Mask or drop the column, or check consent for the category (separate consent for sensitive PI) before exporting.",
    "zh-CN": "导出前对该列脱敏或删除，或先校验该类别的同意（敏感个人信息须单独同意）。",
  },
  consentArticle: { general: art14, sensitive: arts14And29 },
  verb: { en: "exported", "zh-CN": "被导出" },
  recommended: true,
  docsPath: "eslint-plugin/docs/rules/no-unconsented-export.md",
};
