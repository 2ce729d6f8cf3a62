/*
 * What each scanner rule means and which law backs it, for SARIF rule metadata and the HTML page.
 * Source: PIPL (个人信息保护法, 2021) Arts. 13, 14, 23, 25, 29, 51, as paraphrased in
 * shared/domain/pipl.md §1.1. Paraphrases, not legal conclusions.
 */
import type { LocalizedText, SinkKind } from "../scan/scan-result.js";

/** Metadata of one rule, in both languages. */
export interface RuleDescription {
  /** Short description ("Disallow …"). */
  short: LocalizedText;
  /** The legal basis the rule enforces. */
  legalBasis: LocalizedText;
  /** How to fix a finding. */
  fix: LocalizedText;
}

const consent: LocalizedText = {
  en: "PIPL Art. 13 allows processing only on a lawful basis (consent, contract, legal duty, emergency, ...); Art. 14 requires consent to be informed and explicit; Art. 29 requires separate consent for sensitive PI.",
  "zh-CN":
    "《个人信息保护法》第十三条规定处理个人信息须具备合法性基础（同意、合同、法定义务、紧急情况等）；第十四条要求同意须在充分知情下自愿、明确作出；第二十九条要求处理敏感个人信息取得单独同意。",
};

/** Rule descriptions by sink kind (the rule id comes from `ruleForSinkKind`). */
export const ruleDescriptions: Readonly<Record<SinkKind, RuleDescription>> = {
  log: {
    short: {
      en: "Disallow personal information reaching a log sink without a consent check or declared lawful basis",
      "zh-CN": "禁止个人信息在未经同意校验或未声明合法性基础的情况下写入日志",
    },
    legalBasis: {
      en: `${consent.en} Art. 51 requires classified management and technical measures (encryption, de-identification) for PI; logs copy PI out of those controls.`,
      "zh-CN": `${consent["zh-CN"]} 第五十一条要求对个人信息分类管理并采取加密、去标识化等技术措施；日志会把个人信息复制到这些措施之外。`,
    },
    fix: {
      en: "Mask the value with the configured sanitizer before logging, log an identifier that is not PI, or check consent for the category first.",
      "zh-CN":
        "记录日志前使用配置的脱敏函数处理该值，改为记录非个人信息的标识符，或先校验该类别的同意。",
    },
  },
  export: {
    short: {
      en: "Disallow personal information written out of the system (files, spreadsheets, archives, downloads) without a consent check or declared lawful basis",
      "zh-CN":
        "禁止个人信息在未经同意校验或未声明合法性基础的情况下被导出（文件、表格、压缩包、下载）",
    },
    legalBasis: {
      en: `${consent.en} Art. 25 forbids disclosing PI without separate consent; Art. 51 requires technical measures for PI leaving controlled storage.`,
      "zh-CN": `${consent["zh-CN"]} 第二十五条规定未经单独同意不得公开个人信息；第五十一条要求对离开受控存储的个人信息采取技术措施。`,
    },
    fix: {
      en: "Mask or drop the column, or check consent for the category (separate consent for sensitive PI) before exporting.",
      "zh-CN": "导出前对该列脱敏或删除，或先校验该类别的同意（敏感个人信息须单独同意）。",
    },
  },
  transfer: {
    short: {
      en: "Disallow personal information sent to another party (HTTP, SDKs, queues, sockets) without a consent check or declared lawful basis",
      "zh-CN":
        "禁止个人信息在未经同意校验或未声明合法性基础的情况下发送给其他方（HTTP、SDK、消息队列、套接字）",
    },
    legalBasis: {
      en: `${consent.en} Art. 23 requires separate consent before providing PI to another handler; Art. 39 adds separate consent for providing it outside mainland China.`,
      "zh-CN": `${consent["zh-CN"]} 第二十三条要求向其他个人信息处理者提供个人信息前取得单独同意；第三十九条要求向境外提供时另行取得单独同意。`,
    },
    fix: {
      en: "Send a token or masked value instead, or check consent for the category (separate consent for sensitive PI) before sending; declare another basis with @pipl-basis if one applies.",
      "zh-CN":
        "改为发送令牌或脱敏后的值，或在发送前校验该类别的同意（敏感个人信息须单独同意）；如适用其他合法性基础，用 @pipl-basis 声明。",
    },
  },
};
