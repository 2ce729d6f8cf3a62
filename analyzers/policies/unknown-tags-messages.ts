import type { LocalizedText } from "../taxonomy/category-definition.js";

/**
 * The message of `unknownTagsFinding` (analyzers/resources/unknown-tags-finding.ts): every policy
 * that reads a resource's tags reports a tag map still computed during preview, so each of their
 * records includes it.
 */
export const unknownTagsMessages = {
  "tags.unknown-map": {
    en: `{resource}: {field} is computed during preview, so whether it holds personal information cannot be known and the PIPL controls (Arts. 38–40, 51) cannot be checked. Fix: use {fix}.`,
    "zh-CN": `{resource}：{field} 在预览时为计算值，无法判断是否存储个人信息，也无法检查《个人信息保护法》第三十八至四十、五十一条的控制。修复：使用 {fix}。`,
  },
} as const satisfies Record<string, LocalizedText>;
