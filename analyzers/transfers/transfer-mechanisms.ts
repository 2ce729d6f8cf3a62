/*
 * Mechanisms for providing personal information outside mainland China that `@pipl-transfer
 * <mechanism> <reference>` declares. Sources: PIPL Art. 38 ¶1 items (1)-(3) (CAC security
 * assessment, certification, standard contract); CAC Provisions on Promoting and Regulating
 * Cross-Border Data Flows (CAC Order No. 16, 2024) Art. 5 items (1)-(4) (exemptions), as summarised
 * in shared/domain/pipl.md §1.5. Paraphrases, not legal conclusions.
 */
import type { LocalizedText } from "../messages/localized-text.js";

/** An Art. 38 mechanism or a 2024 Provisions exemption a function can declare. */
export interface TransferMechanism {
  id: string;
  citation: LocalizedText;
  summary: LocalizedText;
}

/** The mechanisms `@pipl-transfer` accepts (the config's `transfers.mechanisms` adds more). */
export const transferMechanisms: readonly TransferMechanism[] = [
  {
    id: "security-assessment",
    citation: {
      en: "PIPL Art. 38(1); CAC Order No. 11/2022",
      "zh-CN": "《个人信息保护法》第三十八条第一款第（一）项；《数据出境安全评估办法》",
    },
    summary: {
      en: "passed the CAC security assessment",
      "zh-CN": "通过国家网信部门组织的安全评估",
    },
  },
  {
    id: "certification",
    citation: { en: "PIPL Art. 38(2)", "zh-CN": "《个人信息保护法》第三十八条第一款第（二）项" },
    summary: {
      en: "PI protection certification by a specialised body",
      "zh-CN": "经专业机构进行个人信息保护认证",
    },
  },
  {
    id: "standard-contract",
    citation: {
      en: "PIPL Art. 38(3); CAC Order No. 13/2023",
      "zh-CN": "《个人信息保护法》第三十八条第一款第（三）项；《个人信息出境标准合同办法》",
    },
    summary: {
      en: "CAC standard contract concluded with the recipient and filed",
      "zh-CN": "与境外接收方订立国家网信部门制定的标准合同并备案",
    },
  },
  {
    id: "exempt-contract",
    citation: {
      en: "CAC Order No. 16/2024, Art. 5(1)",
      "zh-CN": "《促进和规范数据跨境流动规定》第五条第（一）项",
    },
    summary: {
      en: "necessary to conclude or perform a contract the person is a party to (cross-border shopping, delivery, payment, bookings, visas, exams)",
      "zh-CN":
        "为订立、履行个人作为一方当事人的合同所必需（跨境购物、寄递、汇款、支付、开户、预订、签证、考试等）",
    },
  },
  {
    id: "exempt-hr",
    citation: {
      en: "CAC Order No. 16/2024, Art. 5(2)",
      "zh-CN": "《促进和规范数据跨境流动规定》第五条第（二）项",
    },
    summary: {
      en: "cross-border human-resources management under lawful labour rules or collective contracts",
      "zh-CN": "按照依法制定的劳动规章制度和依法签订的集体合同实施跨境人力资源管理所必需",
    },
  },
  {
    id: "exempt-emergency",
    citation: {
      en: "CAC Order No. 16/2024, Art. 5(3)",
      "zh-CN": "《促进和规范数据跨境流动规定》第五条第（三）项",
    },
    summary: {
      en: "necessary in an emergency to protect a person's life, health or property",
      "zh-CN": "紧急情况下为保护自然人的生命健康和财产安全所必需",
    },
  },
  {
    id: "exempt-volume",
    citation: {
      en: "CAC Order No. 16/2024, Art. 5(4)",
      "zh-CN": "《促进和规范数据跨境流动规定》第五条第（四）项",
    },
    summary: {
      en: "fewer than 100,000 people's PI (no sensitive PI) since 1 January of the year, by a processor that is not a CIIO",
      "zh-CN":
        "关键信息基础设施运营者以外的处理者自当年1月1日起累计向境外提供不满10万人个人信息（不含敏感个人信息）",
    },
  },
];

/** Consent purposes that cover a cross-border send, besides the categories (PIPL Art. 39). */
export const crossBorderPurposes: readonly string[] = [
  "cross-border",
  "overseas",
  "outbound",
  "跨境",
  "出境",
];
