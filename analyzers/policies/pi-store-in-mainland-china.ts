import { mainlandRegion } from "../regions/mainland-region.js";
import { crossBorderTransferBasis as basis } from "./cross-border-transfer-basis.js";
import type { PolicyRecord } from "./policy-record.js";
import { unknownTagsMessages } from "./unknown-tags-messages.js";

// Examples only (the violation lists every region), checked against the built-in region table.
const examples = [
  mainlandRegion("aws", "cn-north-1"),
  mainlandRegion("alicloud", "cn-hangzhou"),
  mainlandRegion("tencentcloud", "ap-guangzhou"),
];

/** `pi-store-in-mainland-china`: resources tagged as holding PI live in a mainland-China region. */
export const piStoreInMainlandChinaRecord = {
  id: "pi-store-in-mainland-china",
  description: {
    en: "Require resources tagged as holding PIPL personal information to be in a mainland-China region.",
    "zh-CN": "要求标记为存有个人信息（《个人信息保护法》）的资源位于中国大陆区域。",
  },
  remediation: {
    en: `Create the resource in a mainland-China region (the violation lists them, e.g. ${examples.map((r) => `\`${r}\``).join(", ")}) through its region/location property, its provider, or the stack config key such as \`aws:region\`; list a private cloud's regions in \`allowedRegions\`.`,
    "zh-CN": `通过资源的区域属性、其 provider 或栈配置项（如 \`aws:region\`）把资源建在中国大陆区域（违规信息会列出，如 ${examples.map((r) => `\`${r}\``).join("、")}）；私有云的区域请列入 \`allowedRegions\`。`,
  },
  messages: {
    "residency.outside": {
      en: `{resource} holds personal information ({categories}, tag {tag}) in region {region}, outside mainland China (region from {field}). ${basis.en} Fix: use a mainland-China region: {fix}.`,
      "zh-CN": `{resource} 在境外区域 {region} 存储个人信息（{categories}，标签 {tag}）（区域来自 {field}）。${basis["zh-CN"]} 修复：改用中国大陆区域：{fix}。`,
    },
    "residency.unknown": {
      en: `{resource} holds personal information ({categories}, tag {tag}); its region comes from {field}, which is computed during preview, so mainland-China residency cannot be proven. ${basis.en} Fix: use a literal mainland region: {fix}.`,
      "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}）；其区域来自预览时的计算值 {field}，无法证明存储在中国大陆。${basis["zh-CN"]} 修复：使用字面值的大陆区域：{fix}。`,
    },
    "residency.undetermined": {
      en: `{resource} holds personal information ({categories}, tag {tag}) but its region cannot be determined (looked at: {field}), so mainland-China residency cannot be proven. ${basis.en} Fix: set {fix}.`,
      "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}），但无法确定其区域（已检查：{field}），无法证明存储在中国大陆。${basis["zh-CN"]} 修复：{fix}。`,
    },
    ...unknownTagsMessages,
  },
  docsPath: "pi-store-in-mainland-china.md",
  severity: "critical",
  tags: ["pipl", "data-residency", "cross-border", "art-38", "art-40"],
  law: "PIPL Arts. 38–40; CAC Orders No. 11/2022, No. 16/2024",
  phases: ["resource"],
  options: ["tagKey", "onUnknown", "allowedRegions", "configFile"],
} as const satisfies PolicyRecord;
