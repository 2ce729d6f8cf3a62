/*
 * pipl/no-unconsented-logging. Legal basis: PIPL Arts. 13, 14, 29 and 51 (shared/domain/pipl.md
 * §1.1). Paraphrases, not legal conclusions.
 */
import { art14, arts14And29, consentBasis } from "./consent-basis.js";
import type { SinkRuleRecord } from "./rule-record.js";

/** PI reaching a log sink without a consent check or declared lawful basis. */
export const noUnconsentedLogging: SinkRuleRecord = {
  name: "no-unconsented-logging",
  id: "pipl/no-unconsented-logging",
  kind: "sink",
  sinkKind: "log",
  description: {
    en: "Disallow personal information reaching a log sink without a consent check or declared lawful basis",
    "zh-CN": "禁止个人信息在未经同意校验或未声明合法性基础的情况下写入日志",
  },
  legalBasis: {
    en: `${consentBasis.en} Art. 51 requires classified management and technical measures (encryption, de-identification) for PI; logs copy PI out of those controls.`,
    "zh-CN": `${consentBasis["zh-CN"]} 第五十一条要求对个人信息分类管理并采取加密、去标识化等技术措施；日志会把个人信息复制到这些措施之外。`,
  },
  fix: {
    en: "Mask the value with the configured sanitizer before logging, log an identifier that is not PI, or check consent for the category first.",
    "zh-CN":
      "记录日志前使用配置的脱敏函数处理该值，改为记录非个人信息的标识符，或先校验该类别的同意。",
  },
  consentArticle: { general: art14, sensitive: arts14And29 },
  verb: { en: "logged", "zh-CN": "写入日志" },
  recommended: true,
  docsPath: "eslint-plugin/docs/rules/no-unconsented-logging.md",
};
