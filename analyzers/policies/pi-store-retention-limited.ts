/*
 * Legal references (see shared/domain/pipl.md §1): PIPL (个人信息保护法, 2021) Art. 19 — retention
 * no longer than necessary for the purpose; Art. 47 — deletion when the purpose is achieved or the
 * retention period expires; GB/T 35273-2020 §6.1 (minimal retention period).
 */
import type { LocalizedText } from "../taxonomy/category-definition.js";
import type { PolicyRecord } from "./policy-record.js";
import { unknownTagsMessages } from "./unknown-tags-messages.js";

const retentionBasis: LocalizedText = {
  en: "PIPL Art. 19 limits retention to the shortest period the purpose needs, and Art. 47 requires deletion when it ends.",
  "zh-CN":
    "《个人信息保护法》第十九条要求保存期限为实现处理目的所必要的最短时间，第四十七条要求期限届满后删除。",
};

/** `pi-store-retention-limited`: stores tagged as holding PI delete it after a bounded time. */
export const piStoreRetentionLimitedRecord = {
  id: "pi-store-retention-limited",
  description: {
    en: "Require a bounded retention period for cloud stores tagged as holding PIPL personal information.",
    "zh-CN": "要求标记为存有个人信息（《个人信息保护法》）的云存储设置有限的保存期限。",
  },
  remediation: {
    en: "Give the store an expiry: a lifecycle expiration rule (S3, OSS, COS), a TTL attribute (DynamoDB), `retentionInDays` (CloudWatch Logs), `retentionPeriod` (SLS, Kinesis), no longer than `maxRetentionDays` allows for the categories it holds.",
    "zh-CN":
      "为存储设置到期删除：生命周期过期规则（S3、OSS、COS）、TTL 属性（DynamoDB）、`retentionInDays`（CloudWatch Logs）、`retentionPeriod`（SLS、Kinesis），且不超过 `maxRetentionDays` 对其所存类别允许的天数。",
  },
  messages: {
    "retention.unbounded": {
      en: `{resource} holds personal information ({categories}, tag {tag}) and keeps it indefinitely ({field}). ${retentionBasis.en} Fix: {fix}.`,
      "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}），且无限期保存（{field}）。${retentionBasis["zh-CN"]} 修复：{fix}。`,
    },
    "retention.too-long": {
      en: `{resource} holds personal information ({categories}, tag {tag}) for {days} days ({field}), longer than the {max} days maxRetentionDays allows for {scope}. ${retentionBasis.en} Fix: at most {max} days: {fix}.`,
      "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}）{days} 天（{field}），超过 maxRetentionDays 对 {scope} 允许的 {max} 天。${retentionBasis["zh-CN"]} 修复：不超过 {max} 天：{fix}。`,
    },
    "retention.unknown": {
      en: `{resource} holds personal information ({categories}, tag {tag}); how long it keeps it depends on {field}, computed during preview. ${retentionBasis.en} Fix: {fix}, as a literal value.`,
      "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}）；保存期限取决于预览时的计算值 {field}。${retentionBasis["zh-CN"]} 修复：{fix}（使用字面值）。`,
    },
    ...unknownTagsMessages,
  },
  docsPath: "pi-store-retention-limited.md",
  severity: "medium",
  tags: ["pipl", "retention", "data-minimisation", "art-19", "art-47"],
  law: "PIPL Arts. 19, 47",
  phases: ["resource", "stack"],
  options: ["tagKey", "onUnknown", "maxRetentionDays", "configFile"],
  defaultEnforcementLevel: "advisory",
} as const satisfies PolicyRecord;
