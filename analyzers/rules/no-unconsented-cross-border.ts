/*
 * pipl/no-unconsented-cross-border. Legal basis: PIPL Arts. 38-39 (providing PI outside mainland
 * China: an Art. 38 mechanism and separate consent), Arts. 13-14, 29 and 55, with CAC Orders
 * No. 11/2022 and No. 16/2024 (shared/domain/pipl.md §1.1, §1.5). Hong Kong, Macao and Taiwan are
 * outside the mainland for these rules. Paraphrases, not legal conclusions.
 */
import { consentBasis } from "./consent-basis.js";
import type { SinkRuleRecord } from "./rule-record.js";

/** PI sent to a recipient outside mainland China without separate consent to the transfer. */
export const noUnconsentedCrossBorder: SinkRuleRecord = {
  name: "no-unconsented-cross-border",
  id: "pipl/no-unconsented-cross-border",
  kind: "sink",
  sinkKind: "transfer",
  crossBorder: true,
  description: {
    en: "Disallow personal information sent to a recipient outside mainland China (foreign APIs, model APIs, SaaS) without a consent check covering the cross-border transfer",
    "zh-CN":
      "禁止个人信息在未经涵盖出境的同意校验的情况下发送给中国境外的接收方（境外 API、大模型 API、SaaS）",
  },
  legalBasis: {
    en: `${consentBasis.en} Art. 38 requires a CAC security assessment, certification or the standard contract (CAC Orders No. 11/2022 and No. 16/2024, which exempts some transfers) before PI is provided outside mainland China; Art. 39 requires the person's separate consent to it; Art. 55 requires an impact assessment. Hong Kong, Macao and Taiwan are outside the mainland.`,
    "zh-CN": `${consentBasis["zh-CN"]} 第三十八条要求向中华人民共和国境外提供个人信息前通过安全评估、个人信息保护认证或订立标准合同（《数据出境安全评估办法》《促进和规范数据跨境流动规定》，后者规定了豁免情形）；第三十九条要求取得个人的单独同意；第五十五条要求事前进行个人信息保护影响评估。香港、澳门、台湾属于境外。`,
  },
  fix: {
    en: 'Check separate consent for the categories and the purpose "cross-border" before sending (e.g. `await requireConsent(userId, "mobile-number", "cross-border")`), send to a mainland recipient instead, or send a masked value; declare the Art. 38 mechanism with `@pipl-transfer <mechanism> <reference>`.',
    "zh-CN":
      '发送前校验这些类别以及 “cross-border” 用途的单独同意（例如 `await requireConsent(userId, "mobile-number", "cross-border")`），或改为发送给境内接收方，或发送脱敏后的值；用 `@pipl-transfer <机制> <依据>` 声明第三十八条的出境机制。',
  },
  consentArticle: {
    general: { en: "PIPL Arts. 38-39", "zh-CN": "《个人信息保护法》第三十八条、第三十九条" },
    sensitive: {
      en: "PIPL Arts. 29, 38-39",
      "zh-CN": "《个人信息保护法》第二十九条、第三十八条、第三十九条",
    },
  },
  verb: { en: "sent outside mainland China", "zh-CN": "向境外提供" },
  recommended: true,
  docsPath: "eslint-plugin/docs/rules/no-unconsented-cross-border.md",
};
