/*
 * Violation messages of the pipl-guard CrossGuard policies, in English and Simplified Chinese.
 *
 * Legal references (see shared/domain/pipl.md §1): PIPL (个人信息保护法, 2021) Art. 51 — security
 * measures incl. encryption; Arts. 38–40 — conditions for providing PI outside the mainland and
 * storage inside China; CAC Measures for Security Assessment of Outbound Data Transfers (CAC Order
 * No. 11, 2022) and Provisions on Promoting and Regulating Cross-Border Data Flows (CAC Order
 * No. 16, 2024). Hong Kong, Macao and Taiwan are outside the mainland (境外) for these rules.
 *
 * Placeholders in `{braces}` are filled from a finding's params; each message names the resource,
 * the field, the categories, the legal basis and the fix.
 */

/** A message template in both languages. */
export interface PolicyMessage {
  en: string;
  "zh-CN": string;
}

const encryptionBasis = {
  en: "PIPL Art. 51 requires encryption and other technical measures for personal information.",
  zh: "《个人信息保护法》第五十一条要求采取加密等安全技术措施。",
};
const transferBasis = {
  en: "PIPL Arts. 38–40 and the CAC outbound-transfer rules (CAC Orders No. 11/2022 and No. 16/2024) require a security assessment, certification or standard contract plus separate consent before PI leaves mainland China.",
  zh: "《个人信息保护法》第三十八至四十条及国家网信办数据出境规定（2022 年第 11 号令、2024 年第 16 号令）要求个人信息出境前通过安全评估、认证或标准合同并取得单独同意。",
};

/** The catalogue, keyed by finding message id. */
export const policyMessages = {
  "encryption.missing": {
    en: `{resource} holds personal information ({categories}, tag {tag}) but is not encrypted at rest ({field}). ${encryptionBasis.en} {basis} Fix: set {fix}.`,
    "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}），但未启用静态加密（{field}）。${encryptionBasis.zh} {basis} 修复：{fix}。`,
  },
  "encryption.disabled-by": {
    en: `{resource} holds personal information ({categories}, tag {tag}) but {attachment} turns encryption at rest off ({field}). ${encryptionBasis.en} {basis} Fix: set {fix}.`,
    "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}），但 {attachment} 关闭了静态加密（{field}）。${encryptionBasis.zh} {basis} 修复：{fix}。`,
  },
  "encryption.unknown": {
    en: `{resource} holds personal information ({categories}, tag {tag}); whether it is encrypted at rest depends on {field}, which is computed during preview. ${encryptionBasis.en} Fix: set {fix} to a literal value.`,
    "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}）；是否静态加密取决于预览时无法确定的计算值 {field}。${encryptionBasis.zh} 修复：将 {fix} 设为字面值。`,
  },
  "encryption.unmodelled": {
    en: `{resource} holds personal information ({categories}, tag {tag}), but pipl-guard does not know the resource type {type}, so whether it is encrypted at rest cannot be verified. ${encryptionBasis.en} Fix: teach pipl-guard the type with a \`resourceTypes\` entry in the pipl-guard config ({example}; see the configuration docs), or remove the tag if the resource holds no personal information.`,
    "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}），但 pipl-guard 不认识资源类型 {type}，无法验证其是否静态加密。${encryptionBasis.zh} 修复：在 pipl-guard 配置的 \`resourceTypes\` 中描述该类型（{example}；参见配置文档），如该资源不存储个人信息则移除该标签。`,
  },
  "encryption.cmk-missing": {
    en: `{resource} holds {sensitivity} personal information ({categories}, tag {tag}) encrypted with a provider-managed key; the policy option requireCustomerManagedKey asks for a key you control. ${encryptionBasis.en} Fix: set {fix}.`,
    "zh-CN": `{resource} 存储{sensitivity}个人信息（{categories}，标签 {tag}），仅使用云厂商托管密钥加密；策略选项 requireCustomerManagedKey 要求使用自管密钥。${encryptionBasis.zh} 修复：{fix}。`,
  },
  "encryption.cmk-unknown": {
    en: `{resource} holds {sensitivity} personal information ({categories}, tag {tag}); whether it uses a customer-managed key depends on {field}, computed during preview. Fix: set {fix}.`,
    "zh-CN": `{resource} 存储{sensitivity}个人信息（{categories}，标签 {tag}）；是否使用自管密钥取决于预览时的计算值 {field}。修复：{fix}。`,
  },
  "residency.outside": {
    en: `{resource} holds personal information ({categories}, tag {tag}) in region {region}, outside mainland China (region from {field}). ${transferBasis.en} Fix: use a mainland-China region: {fix}.`,
    "zh-CN": `{resource} 在境外区域 {region} 存储个人信息（{categories}，标签 {tag}）（区域来自 {field}）。${transferBasis.zh} 修复：改用中国大陆区域：{fix}。`,
  },
  "residency.unknown": {
    en: `{resource} holds personal information ({categories}, tag {tag}); its region comes from {field}, which is computed during preview, so mainland-China residency cannot be proven. ${transferBasis.en} Fix: use a literal mainland region: {fix}.`,
    "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}）；其区域来自预览时的计算值 {field}，无法证明存储在中国大陆。${transferBasis.zh} 修复：使用字面值的大陆区域：{fix}。`,
  },
  "residency.undetermined": {
    en: `{resource} holds personal information ({categories}, tag {tag}) but its region cannot be determined (looked at: {field}), so mainland-China residency cannot be proven. ${transferBasis.en} Fix: set {fix}.`,
    "zh-CN": `{resource} 存储个人信息（{categories}，标签 {tag}），但无法确定其区域（已检查：{field}），无法证明存储在中国大陆。${transferBasis.zh} 修复：{fix}。`,
  },
  "replication.outside": {
    en: `{resource} ({relation}) copies personal information of {source} ({categories}, tag {tag}) to {destination} in region {region}, outside mainland China (from {field}). ${transferBasis.en} Fix: {fix}.`,
    "zh-CN": `{resource}（{relation}）将 {source} 的个人信息（{categories}，标签 {tag}）复制到境外区域 {region} 的 {destination}（来自 {field}）。${transferBasis.zh} 修复：{fix}。`,
  },
  "replication.unknown": {
    en: `{resource} ({relation}) copies personal information of {source} ({categories}, tag {tag}); the destination region depends on {field}, computed during preview. ${transferBasis.en} Fix: {fix}.`,
    "zh-CN": `{resource}（{relation}）复制 {source} 的个人信息（{categories}，标签 {tag}）；目标区域取决于预览时的计算值 {field}。${transferBasis.zh} 修复：{fix}。`,
  },
  "replication.undetermined": {
    en: `{resource} ({relation}) copies personal information of {source} ({categories}, tag {tag}) to {destination}, whose region cannot be determined (looked at: {field}). ${transferBasis.en} Fix: set {fix}.`,
    "zh-CN": `{resource}（{relation}）将 {source} 的个人信息（{categories}，标签 {tag}）复制到无法确定区域的 {destination}（已检查：{field}）。${transferBasis.zh} 修复：{fix}。`,
  },
  "tags.invalid-suggest": {
    en: `{resource}: {field} = "{raw}" names "{token}", which is not a PIPL category id or alias; did you mean {named}? An unknown category hides which controls (PIPL Arts. 28, 51) apply. Fix: replace "{token}" with "{suggestion}".`,
    "zh-CN": `{resource}：{field} = “{raw}” 中的 “{token}” 不是有效的个人信息类别 ID 或别名；是否应为 {named}？未知类别会掩盖应适用的保护措施（《个人信息保护法》第二十八、五十一条）。修复：将 “{token}” 改为 “{suggestion}”。`,
  },
  "tags.invalid": {
    en: `{resource}: {field} = "{raw}" names "{token}", which is not a PIPL category id or alias. An unknown category hides which controls (PIPL Arts. 28, 51) apply. Fix: use an id from the pipl-guard taxonomy, or add the category in the pipl-guard config.`,
    "zh-CN": `{resource}：{field} = “{raw}” 中的 “{token}” 不是有效的个人信息类别 ID 或别名。未知类别会掩盖应适用的保护措施（《个人信息保护法》第二十八、五十一条）。修复：使用 pipl-guard 分类中的 ID，或在配置中添加该类别。`,
  },
  "tags.empty": {
    en: `{resource}: {field} is empty, so the categories of personal information it holds are unknown (PIPL Art. 51 asks for classified management). Fix: list category ids, e.g. "identity.resident-id,contact.mobile".`,
    "zh-CN": `{resource}：{field} 为空，无法得知所存个人信息的类别（《个人信息保护法》第五十一条要求分类管理）。修复：列出类别 ID，例如 “identity.resident-id,contact.mobile”。`,
  },
  "tags.unknown-value": {
    en: `{resource}: {field} is computed during preview, so its categories cannot be checked; every control is applied as if it held sensitive PI. Fix: set {field} to a literal list of category ids.`,
    "zh-CN": `{resource}：{field} 在预览时为计算值，无法校验类别；按敏感个人信息适用全部控制。修复：将 {field} 设为字面的类别 ID 列表。`,
  },
  "tags.unknown-map": {
    en: `{resource}: {field} is computed during preview, so whether it holds personal information cannot be known and the PIPL controls (Arts. 38–40, 51) cannot be checked. Fix: use {fix}.`,
    "zh-CN": `{resource}：{field} 在预览时为计算值，无法判断是否存储个人信息，也无法检查《个人信息保护法》第三十八至四十、五十一条的控制。修复：使用 {fix}。`,
  },
} as const satisfies Record<string, PolicyMessage>;

/** Ids of the policy messages. */
export type PolicyMessageId = keyof typeof policyMessages;
