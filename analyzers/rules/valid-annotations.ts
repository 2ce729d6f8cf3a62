/*
 * pipl/valid-annotations. Legal basis: PIPL Art. 51 (classified management of PI) and Art. 13
 * (lawful bases other than consent), as paraphrased in shared/domain/pipl.md §1.1. Paraphrases, not
 * legal conclusions.
 */
import type { AnnotationRuleRecord } from "./rule-record.js";

/** `@pipl` and `@pipl-basis` tags the engine can read: a known category, a basis with a reason. */
export const validAnnotations: AnnotationRuleRecord = {
  name: "valid-annotations",
  id: "pipl/valid-annotations",
  kind: "annotations",
  description: {
    en: "Enforce `@pipl` tags that name a known category and `@pipl-basis` tags that name a lawful basis and give a reason",
    "zh-CN": "要求 `@pipl` 标签写明已知的个人信息类别，`@pipl-basis` 标签写明合法性基础并给出理由",
  },
  legalBasis: {
    en: "PIPL Art. 51 requires PI to be managed by category; Art. 13 lists the lawful bases other than consent. An unreadable tag declares nothing: the field is not treated as the category it names, or the function's basis does not count.",
    "zh-CN":
      "《个人信息保护法》第五十一条要求对个人信息实行分类管理；第十三条列出同意以外的合法性基础。无法识别的标签不声明任何内容：字段不会按所写类别处理，函数声明的合法性基础也不生效。",
  },
  fix: {
    en: "Use a category id or alias from the taxonomy (or add the category in the config); write `@pipl-basis <basis> <reason>` with one of the declarable bases.",
    "zh-CN":
      "使用分类表中的类别 id 或别名（或在配置中新增类别）；按 `@pipl-basis <合法性基础> <理由>` 书写，并使用可声明的合法性基础之一。",
  },
  recommended: true,
  recommendedLevel: "warn",
  docsPath: "eslint-plugin/docs/rules/valid-annotations.md",
};
