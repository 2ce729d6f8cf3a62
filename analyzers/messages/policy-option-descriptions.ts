/*
 * What the pipl-guard CrossGuard policies show about their options (GetAnalyzerInfo, Pulumi Cloud):
 * each option's description in its config schema, in English and Simplified Chinese. Option names
 * and values stay as typed. The English text is also the zod schema's description, from which the
 * config schema is generated (analyzers/resources/policy-options.ts).
 */
import type { MessageCatalog } from "./format-message.js";

/** Descriptions of the policy options (the config schema `--policy-pack-config` is checked against). */
export const policyOptionDescriptions = {
  tagKey: {
    en: "Tag or label key whose value lists the PI category ids or aliases a resource holds.",
    "zh-CN": "标签键：其值列出资源所存个人信息的类别 ID 或别名。",
  },
  onUnknown: {
    en: "Enforcement level of a violation whose decision depends on a value computed during preview.",
    "zh-CN": "判定取决于预览期间才计算出的值时，该违规的执行级别。",
  },
  requireCustomerManagedKey: {
    en: "Sensitivities (general, sensitive) whose stores must be encrypted with a customer-managed key.",
    "zh-CN": "哪些敏感度（`general`、`sensitive`）的存储必须使用自管密钥加密。",
  },
  defaultEncryptionSuffices: {
    en: "Sensitivities (general, sensitive) for which a store's always-on provider default encryption (S3, DynamoDB, CloudWatch Logs, Azure Storage, Google Cloud Storage, …) is enough; the others need a customer-managed key.",
    "zh-CN":
      "哪些敏感度（`general`、`sensitive`）的存储仅靠云厂商默认开启的加密（S3、DynamoDB、CloudWatch Logs、Azure 存储、Google Cloud Storage 等）即可；其余需使用自管密钥。",
  },
  encryptCategories: {
    en: "Which PI must be encrypted at rest: 'general' and/or 'sensitive', or category ids/aliases (a parent covers its children).",
    "zh-CN":
      "哪些个人信息必须静态加密：'general' 和/或 'sensitive'，或类别 ID、别名（父类别涵盖其子类别）。",
  },
  allowedRegions: {
    en: "Extra region ids treated as mainland China, e.g. a private cloud's regions.",
    "zh-CN": "额外视为中国大陆的区域 ID，例如私有云的区域。",
  },
  configFile: {
    en: "Path of the team's pipl-guard.config.json (absolute, or relative to the directory pulumi runs in): its categories, regions, resource types and policy defaults apply to this policy.",
    "zh-CN":
      "团队的 pipl-guard.config.json 路径（绝对路径，或相对于运行 pulumi 的目录）：其中的类别、区域、资源类型和策略默认值适用于本策略。",
  },
  maxRetentionDays: {
    en: "Longest retention in days per 'general', 'sensitive' or category id/alias (the strictest applicable wins); without an entry any bound passes and only unbounded retention is reported.",
    "zh-CN":
      "按 'general'、'sensitive' 或类别 ID/别名设置的最长保存天数（取适用的最严格值）；未设置时任何期限均可，只报告无期限保存。",
  },
} as const satisfies MessageCatalog;
