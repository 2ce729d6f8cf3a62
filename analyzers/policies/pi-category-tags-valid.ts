/*
 * Legal references (see shared/domain/pipl.md §1): PIPL Art. 51 — classified management of
 * personal information; Art. 28 — sensitive PI, whose controls an unknown category hides.
 */
import type { PolicyRecord } from "./policy-record.js";
import { unknownTagsMessages } from "./unknown-tags-messages.js";

/** `pi-category-tags-valid`: PI tags name categories of the taxonomy. */
export const piCategoryTagsValidRecord = {
  id: "pi-category-tags-valid",
  description: {
    en: "Enforce that PI tags list known PIPL category ids or aliases.",
    "zh-CN": "要求个人信息标签只列出已知的个人信息类别 ID 或别名。",
  },
  remediation: {
    en: "Replace each unknown token in the `pipl` tag with the category id the violation suggests, or add the category to the pipl-guard config.",
    "zh-CN":
      "把 `pipl` 标签中每个未知的词改为违规信息建议的类别 ID，或在 pipl-guard 配置中添加该类别。",
  },
  messages: {
    "tags.invalid-suggest": {
      en: `{resource}: {field} = "{raw}" names "{token}", which is not a PIPL category id or alias; did you mean {named}? An unknown category hides which controls (PIPL Arts. 28, 51) apply. Fix: replace "{token}" with "{suggestion}".`,
      "zh-CN": `{resource}：{field} = “{raw}” 中的 “{token}” 不是有效的个人信息类别 ID 或别名；是否应为 {named}？未知类别会掩盖应适用的保护措施（《个人信息保护法》第二十八、五十一条）。修复：将 “{token}” 改为 “{suggestion}”。`,
    },
    "tags.invalid": {
      en: `{resource}: {field} = "{raw}" names "{token}", which is not a PIPL category id or alias. An unknown category hides which controls (PIPL Arts. 28, 51) apply. Fix: use an id from the pipl-guard taxonomy, or add the category in the pipl-guard config.`,
      "zh-CN": `{resource}：{field} = “{raw}” 中的 “{token}” 不是有效的个人信息类别 ID 或别名。未知类别会掩盖应适用的保护措施（《个人信息保护法》第二十八、五十一条）。修复：使用 pipl-guard 分类中的 ID，或在配置中添加该类别。`,
    },
    "tags.invalid-secret": {
      en: `{resource}: {field} holds a secret value that is not a PIPL category id or alias ({count} unknown token(s); the value is not shown because Pulumi holds it as a secret). An unknown category hides which controls (PIPL Arts. 28, 51) apply. Fix: check the secret's value against the pipl-guard taxonomy, or add the category in the pipl-guard config.`,
      "zh-CN": `{resource}：{field} 的机密值不是有效的个人信息类别 ID 或别名（{count} 个未知词；Pulumi 将其作为机密保存，故不显示）。未知类别会掩盖应适用的保护措施（《个人信息保护法》第二十八、五十一条）。修复：对照 pipl-guard 分类检查该机密值，或在配置中添加该类别。`,
    },
    "tags.empty": {
      en: `{resource}: {field} is empty, so the categories of personal information it holds are unknown (PIPL Art. 51 asks for classified management). Fix: list category ids, e.g. "identity.resident-id,contact.mobile".`,
      "zh-CN": `{resource}：{field} 为空，无法得知所存个人信息的类别（《个人信息保护法》第五十一条要求分类管理）。修复：列出类别 ID，例如 “identity.resident-id,contact.mobile”。`,
    },
    "tags.unknown-value": {
      en: `{resource}: {field} is computed during preview, so its categories cannot be checked; every control is applied as if it held sensitive PI. Fix: set {field} to a literal list of category ids.`,
      "zh-CN": `{resource}：{field} 在预览时为计算值，无法校验类别；按敏感个人信息适用全部控制。修复：将 {field} 设为字面的类别 ID 列表。`,
    },
    ...unknownTagsMessages,
  },
  docsPath: "pi-category-tags-valid.md",
  severity: "medium",
  tags: ["pipl", "tagging", "classification", "art-51"],
  law: "PIPL Art. 51 (classified management)",
  phases: ["resource"],
  options: ["tagKey", "onUnknown", "configFile"],
} as const satisfies PolicyRecord;
