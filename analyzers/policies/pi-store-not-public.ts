/*
 * Legal references (see shared/domain/pipl.md §1): PIPL (个人信息保护法, 2021) Art. 51 — security
 * measures against unauthorised access and leaks (access control, encryption); Art. 57 — a leak
 * must be remediated and reported; Art. 28 — sensitive PI.
 */
import type { LocalizedText } from "../taxonomy/category-definition.js";
import type { PolicyRecord } from "./policy-record.js";
import { unknownTagsMessages } from "./unknown-tags-messages.js";

const accessBasis: LocalizedText = {
  en: "PIPL Art. 51 requires access control and other security measures that prevent unauthorised access to and leaks of personal information (Art. 57: a leak must be remedied and reported).",
  "zh-CN":
    "《个人信息保护法》第五十一条要求采取访问控制等安全措施，防止未经授权的访问以及个人信息泄露（第五十七条：发生泄露须补救并通知）。",
};

/** `pi-store-not-public`: stores tagged as holding PI are not readable from the internet. */
export const piStoreNotPublicRecord = {
  id: "pi-store-not-public",
  description: {
    en: "Disallow public access from the internet to cloud stores tagged as holding PIPL personal information.",
    "zh-CN": "禁止从互联网公开访问标记为存有个人信息（《个人信息保护法》）的云存储。",
  },
  remediation: {
    en: "Make the store private: a private ACL, no bucket policy or IAM binding granting every principal without a condition, Block Public Access on, `publiclyAccessible: false`, no `0.0.0.0/0` in whitelists or security groups in front of it, snapshots shared with named accounts only. Serve public content from a separate, untagged store.",
    "zh-CN":
      "把存储设为私有：私有 ACL；不使用向所有主体无条件授权的存储桶策略或 IAM 绑定；开启阻止公共访问；`publiclyAccessible: false`；白名单和前置安全组中不含 `0.0.0.0/0`；快照只共享给指定账号。公开内容请放在另一个不带个人信息标签的存储中。",
  },
  messages: {
    "exposure.public": {
      en: `{resource} holds personal information ({categories}, tag {tag}) and is readable from the internet: {exposure} ({via}).{note} ${accessBasis.en} {basis} Fix: {fix}.`,
      "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}），却可从互联网读取：{exposure}（{via}）。{note}${accessBasis["zh-CN"]} {basis} 修复：{fix}。`,
    },
    "exposure.unknown": {
      en: `{resource} holds personal information ({categories}, tag {tag}); whether {exposure} ({via}) makes it public depends on {field}, computed during preview. ${accessBasis.en} Fix: {fix}, as a literal value.`,
      "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}）；{exposure}（{via}）是否使其公开取决于预览时的计算值 {field}。${accessBasis["zh-CN"]} 修复：{fix}（使用字面值）。`,
    },
    ...unknownTagsMessages,
  },
  docsPath: "pi-store-not-public.md",
  severity: "critical",
  tags: ["pipl", "public-access", "data-protection", "art-51"],
  law: "PIPL Art. 51 (access control; Art. 57 on leaks)",
  phases: ["resource", "stack"],
  options: ["tagKey", "onUnknown", "configFile"],
} as const satisfies PolicyRecord;
