/*
 * Legal references (see shared/domain/pipl.md §1): PIPL (个人信息保护法, 2021) Art. 51 — security
 * measures incl. encryption; Art. 28 — sensitive PI.
 */
import type { LocalizedText } from "../taxonomy/category-definition.js";
import type { PolicyRecord } from "./policy-record.js";
import { unknownTagsMessages } from "./unknown-tags-messages.js";

const encryptionBasis: LocalizedText = {
  en: "PIPL Art. 51 requires encryption and other technical measures for personal information.",
  "zh-CN": "《个人信息保护法》第五十一条要求采取加密等安全技术措施。",
};

/** `pi-store-encrypted-at-rest`: stores tagged as holding PI are encrypted at rest. */
export const piStoreEncryptedAtRestRecord = {
  id: "pi-store-encrypted-at-rest",
  description: {
    en: "Require encryption at rest for cloud stores tagged as holding PIPL personal information.",
    "zh-CN": "要求标记为存有个人信息（《个人信息保护法》）的云存储启用静态加密。",
  },
  remediation: {
    en: "Enable the store's encryption at rest (the violation names the property, e.g. `storageEncrypted: true`, or the separate encryption resource to add); use a customer-managed KMS key where `requireCustomerManagedKey` asks for one. For a resource type pipl-guard does not model, describe it under `resourceTypes` in the pipl-guard config.",
    "zh-CN":
      "为该存储启用静态加密（违规信息会指出要设置的属性，如 `storageEncrypted: true`，或要添加的独立加密资源）；`requireCustomerManagedKey` 要求时使用自管 KMS 密钥。pipl-guard 不认识的资源类型，请在 pipl-guard 配置的 `resourceTypes` 中描述。",
  },
  messages: {
    "encryption.missing": {
      en: `{resource} holds personal information ({categories}, tag {tag}) but is not encrypted at rest ({field}). ${encryptionBasis.en} {basis} Fix: set {fix}.`,
      "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}），但未启用静态加密（{field}）。${encryptionBasis["zh-CN"]} {basis} 修复：{fix}。`,
    },
    "encryption.disabled-by": {
      en: `{resource} holds personal information ({categories}, tag {tag}) but {attachment} turns encryption at rest off ({field}). ${encryptionBasis.en} {basis} Fix: set {fix}.`,
      "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}），但 {attachment} 关闭了静态加密（{field}）。${encryptionBasis["zh-CN"]} {basis} 修复：{fix}。`,
    },
    "encryption.unknown": {
      en: `{resource} holds personal information ({categories}, tag {tag}); whether it is encrypted at rest depends on {field}, which is computed during preview. ${encryptionBasis.en} Fix: set {fix} to a literal value.`,
      "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}）；是否静态加密取决于预览时无法确定的计算值 {field}。${encryptionBasis["zh-CN"]} 修复：将 {fix} 设为字面值。`,
    },
    "encryption.unmodelled": {
      en: `{resource} holds personal information ({categories}, tag {tag}), but pipl-guard does not know the resource type {type}, so whether it is encrypted at rest cannot be verified. ${encryptionBasis.en} Fix: teach pipl-guard the type with a \`resourceTypes\` entry in the pipl-guard config ({example}; see the configuration docs), or remove the tag if the resource holds no personal information.`,
      "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}），但 pipl-guard 不认识资源类型 {type}，无法验证其是否静态加密。${encryptionBasis["zh-CN"]} 修复：在 pipl-guard 配置的 \`resourceTypes\` 中描述该类型（{example}；参见配置文档），如该资源不存储个人信息则移除该标签。`,
    },
    "encryption.cmk-missing": {
      en: `{resource} holds {sensitivity} personal information ({categories}, tag {tag}) encrypted with a provider-managed key; the policy option requireCustomerManagedKey asks for a key you control. ${encryptionBasis.en} Fix: set {fix}.`,
      "zh-CN": `{resource} 存储{sensitivity}个人信息（{categories}，标签 {tag}），仅使用云厂商托管密钥加密；策略选项 requireCustomerManagedKey 要求使用自管密钥。${encryptionBasis["zh-CN"]} 修复：{fix}。`,
    },
    "encryption.default-key-only": {
      en: `{resource} holds {sensitivity} personal information ({categories}, tag {tag}) encrypted at rest only by {how}, with keys the provider manages. That is enough for general PI, but the policy option defaultEncryptionSuffices ({suffices}) asks for a key you control for {sensitivity} PI (PIPL Art. 28). ${encryptionBasis.en} Fix: set {fix}.`,
      "zh-CN": `{resource} 存储{sensitivity}个人信息（{categories}，标签 {tag}），仅由{how}加密，密钥由云厂商管理。这对一般个人信息已足够，但策略选项 defaultEncryptionSuffices（{suffices}）要求{sensitivity}个人信息使用自管密钥（《个人信息保护法》第二十八条）。${encryptionBasis["zh-CN"]} 修复：{fix}。`,
    },
    "encryption.cmk-unknown": {
      en: `{resource} holds {sensitivity} personal information ({categories}, tag {tag}); whether it uses a customer-managed key depends on {field}, computed during preview. Fix: set {fix}.`,
      "zh-CN": `{resource} 存储{sensitivity}个人信息（{categories}，标签 {tag}）；是否使用自管密钥取决于预览时的计算值 {field}。修复：{fix}。`,
    },
    ...unknownTagsMessages,
  },
  docsPath: "pi-store-encrypted-at-rest.md",
  severity: "high",
  tags: ["pipl", "encryption", "data-protection", "art-51"],
  law: "PIPL Art. 51 (Art. 28 for sensitive PI)",
  phases: ["resource", "stack"],
  options: [
    "tagKey",
    "onUnknown",
    "requireCustomerManagedKey",
    "defaultEncryptionSuffices",
    "encryptCategories",
    "configFile",
  ],
} as const satisfies PolicyRecord;
