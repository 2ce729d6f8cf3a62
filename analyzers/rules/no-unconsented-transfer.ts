/*
 * pipl/no-unconsented-transfer. Legal basis: PIPL Arts. 13, 14, 23, 29 and 39 (shared/domain/pipl.md
 * §1.1). Paraphrases, not legal conclusions.
 */
import { consentBasis } from "./consent-basis.js";
import type { SinkRuleRecord } from "./rule-record.js";

/** PI sent to another party (HTTP, SDKs, queues, sockets) without a lawful basis. */
export const noUnconsentedTransfer: SinkRuleRecord = {
  name: "no-unconsented-transfer",
  id: "pipl/no-unconsented-transfer",
  kind: "sink",
  sinkKind: "transfer",
  description: {
    en: "Disallow personal information sent to another party (HTTP, SDKs, queues, sockets) without a consent check or declared lawful basis",
    "zh-CN":
      "禁止个人信息在未经同意校验或未声明合法性基础的情况下发送给其他方（HTTP、SDK、消息队列、套接字）",
  },
  legalBasis: {
    en: `${consentBasis.en} Art. 23 requires separate consent before providing PI to another handler; Art. 39 adds separate consent for providing it outside mainland China.`,
    "zh-CN": `${consentBasis["zh-CN"]} 第二十三条要求向其他个人信息处理者提供个人信息前取得单独同意；第三十九条要求向境外提供时另行取得单独同意。`,
  },
  fix: {
    en: "Send a token or masked value instead, or check consent for the category (separate consent for sensitive PI) before sending; declare another basis with @pipl-basis if one applies.",
    "zh-CN":
      "改为发送令牌或脱敏后的值，或在发送前校验该类别的同意（敏感个人信息须单独同意）；如适用其他合法性基础，用 @pipl-basis 声明。",
  },
  // Providing PI to another handler needs separate consent whatever its sensitivity (Art. 23).
  consentArticle: {
    general: { en: "PIPL Art. 23", "zh-CN": "《个人信息保护法》第二十三条" },
    sensitive: { en: "PIPL Arts. 23, 29", "zh-CN": "《个人信息保护法》第二十三条、第二十九条" },
  },
  verb: { en: "sent to another party", "zh-CN": "发送给其他方" },
  recommended: true,
  docsPath: "eslint-plugin/docs/rules/no-unconsented-transfer.md",
};
