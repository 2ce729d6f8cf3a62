import { crossBorderTransferBasis as basis } from "./cross-border-transfer-basis.js";
import type { PolicyRecord } from "./policy-record.js";

/** `pi-no-cross-border-replication`: copies of tagged PI stay in mainland-China regions. */
export const piNoCrossBorderReplicationRecord = {
  id: "pi-no-cross-border-replication",
  description: {
    en: "Disallow replicating or backing up PIPL personal information to regions outside mainland China.",
    "zh-CN": "禁止将个人信息（《个人信息保护法》）复制或备份到中国大陆以外的区域。",
  },
  remediation: {
    en: "Point replication rules, global-table replicas, read replicas, backup replication and backup copy actions at mainland-China regions, or complete the CAC outbound-transfer procedure and exclude the resource from the pack deliberately.",
    "zh-CN":
      "把复制规则、全局表副本、只读副本、备份复制和备份复制操作的目标改为中国大陆区域；或完成国家网信办数据出境程序后，有意将该资源排除在策略包之外。",
  },
  messages: {
    "replication.outside": {
      en: `{resource} ({relation}) copies personal information of {source} ({categories}, tag {tag}) to {destination} in region {region}, outside mainland China (from {field}). ${basis.en} Fix: {fix}.`,
      "zh-CN": `{resource}（{relation}）将 {source} 的个人信息（{categories}，标签 {tag}）复制到境外区域 {region} 的 {destination}（来自 {field}）。${basis["zh-CN"]} 修复：{fix}。`,
    },
    "replication.unknown": {
      en: `{resource} ({relation}) copies personal information of {source} ({categories}, tag {tag}); the destination region depends on {field}, computed during preview. ${basis.en} Fix: {fix}.`,
      "zh-CN": `{resource}（{relation}）复制 {source} 的个人信息（{categories}，标签 {tag}）；目标区域取决于预览时的计算值 {field}。${basis["zh-CN"]} 修复：{fix}。`,
    },
    "replication.undetermined": {
      en: `{resource} ({relation}) copies personal information of {source} ({categories}, tag {tag}) to {destination}, whose region cannot be determined (looked at: {field}). ${basis.en} Fix: set {fix}.`,
      "zh-CN": `{resource}（{relation}）将 {source} 的个人信息（{categories}，标签 {tag}）复制到无法确定区域的 {destination}（已检查：{field}）。${basis["zh-CN"]} 修复：{fix}。`,
    },
  },
  docsPath: "pi-no-cross-border-replication.md",
  severity: "critical",
  tags: ["pipl", "cross-border", "replication", "backup", "art-38", "art-39", "art-40"],
  law: "PIPL Arts. 38–40; CAC Orders No. 11/2022, No. 16/2024",
  phases: ["stack"],
  options: ["tagKey", "onUnknown", "allowedRegions", "configFile"],
} as const satisfies PolicyRecord;
