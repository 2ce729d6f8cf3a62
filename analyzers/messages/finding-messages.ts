/*
 * Messages for engine findings (PI reaching a log, export or transfer sink without a lawful basis),
 * in English and Simplified Chinese, shared by the ESLint rules and the scanner.
 *
 * Legal references (see shared/domain/pipl.md §1): PIPL (个人信息保护法, 2021) Art. 13 — lawful bases
 * other than consent; Art. 14 — consent; Art. 23 — providing PI to another processor needs separate
 * consent; Art. 25 — disclosure; Art. 29 — sensitive PI needs separate consent; Art. 51 — security
 * measures. A finding's own categories cite their legal bases from the taxonomy's table.
 *
 * Placeholders in `{braces}` are filled by `describeFindings`.
 */
import type { MessageCatalog } from "./format-message.js";

/** The catalogue, keyed by message part. */
export const findingMessages = {
  "header.log": {
    en: "Personal information reaches the log sink {sink} {reason}:",
    "zh-CN": "个人信息经 {sink} 写入日志，{reason}：",
  },
  "header.export": {
    en: "Personal information is exported out of the system through {sink} {reason}:",
    "zh-CN": "个人信息经 {sink} 导出到系统之外，{reason}：",
  },
  "header.transfer": {
    en: "Personal information is sent to another party through {sink} {reason}:",
    "zh-CN": "个人信息经 {sink} 发送给其他方，{reason}：",
  },
  "header.cross-border": {
    en: "Personal information is sent outside mainland China to {destination} through {sink} {reason}:",
    "zh-CN": "个人信息经 {sink} 向境外的 {destination} 提供，{reason}：",
  },
  "reason.no-cross-border-consent": {
    en: "but the consent check in scope does not cover providing it outside mainland China (PIPL Art. 39)",
    "zh-CN": "但作用域内的同意检查未涵盖向境外提供（《个人信息保护法》第三十九条）",
  },
  "mechanism.none": {
    en: "Transfer mechanism: none declared; PIPL Art. 38 requires a CAC security assessment, certification or the standard contract (or an exemption of CAC Order No. 16/2024, Art. 5).",
    "zh-CN":
      "出境机制：未声明；《个人信息保护法》第三十八条要求通过安全评估、个人信息保护认证或订立标准合同（或符合《促进和规范数据跨境流动规定》第五条的豁免情形）。",
  },
  "mechanism.declared": {
    en: "Transfer mechanism: {mechanism} ({reference}).",
    "zh-CN": "出境机制：{mechanism}（{reference}）。",
  },
  "fix.cross-border": {
    en: 'Fix: check separate consent for {categories} and for providing it abroad before the sink (e.g. `await requireConsent(userId, {example}, "cross-border")`), or send it to a mainland recipient, or mask the value; declare the Art. 38 mechanism with `@pipl-transfer <mechanism> <reference>` on the function. If another lawful basis applies (PIPL Art. 13), declare it with `@pipl-basis <basis> <reason>`.',
    "zh-CN":
      '修复：在输出点之前检查 {categories} 以及向境外提供的单独同意（例如 `await requireConsent(userId, {example}, "cross-border")`），或改为发送给境内接收方，或先脱敏；并在函数上用 `@pipl-transfer <机制> <依据>` 声明第三十八条的出境机制。如适用其他合法性基础（《个人信息保护法》第十三条），用 `@pipl-basis <basis> <reason>` 声明。',
  },
  "reason.no-consent": {
    en: "without a consent check (PIPL Art. 14)",
    "zh-CN": "之前没有同意检查（《个人信息保护法》第十四条）",
  },
  "reason.consent-for-other-category": {
    en: "but the consent check in scope covers other categories",
    "zh-CN": "但作用域内的同意检查只涵盖其他类别",
  },
  "reason.general-consent-for-sensitive": {
    en: "but the consent check in scope names no category, which covers general PI only; sensitive PI needs a separate consent naming its category (PIPL Art. 29)",
    "zh-CN":
      "但作用域内的同意检查未指明类别，仅涵盖一般个人信息；敏感个人信息须取得指明其类别的单独同意（《个人信息保护法》第二十九条）",
  },
  field: {
    en: "- {field}: {name} ({otherName}, {id}), {sensitivity}; legal basis: {basis}",
    "zh-CN": "- {field}：{name}（{otherName}，{id}），{sensitivity}；法律依据：{basis}",
  },
  "confidence.medium": {
    en: "Medium confidence: recognised by name in untyped code (a field or a send no type declares). Declare the type or a `@pipl` tag to confirm it, or set `analysis.minConfidence` to `high` to hide such findings.",
    "zh-CN":
      "中等置信度：依据未声明类型的代码中的名称识别（没有类型声明的字段或发送）。声明类型或 `@pipl` 标签可确认；将 `analysis.minConfidence` 设为 `high` 可隐藏此类结果。",
  },
  "sensitivity.sensitive": { en: "sensitive PI", "zh-CN": "敏感个人信息" },
  "sensitivity.general": { en: "general PI", "zh-CN": "一般个人信息" },
  "basis.none": { en: "PIPL Art. 4", "zh-CN": "《个人信息保护法》第四条" },
  "fix.mask": {
    en: "Fix: mask the value before the sink with {sanitizer}, or check consent for {categories} first (e.g. `await requireConsent(userId, {example})`). If another lawful basis applies (PIPL Art. 13), declare it with `@pipl-basis <basis> <reason>` on the function.",
    "zh-CN":
      "修复：在到达输出点之前用 {sanitizer} 脱敏，或先检查 {categories} 的同意（例如 `await requireConsent(userId, {example})`）。如适用其他合法性基础（《个人信息保护法》第十三条），在函数上用 `@pipl-basis <basis> <reason>` 声明。",
  },
  "fix.consent": {
    en: "Fix: check consent for {categories} before the sink (e.g. `await requireConsent(userId, {example})`), or mask the value. If another lawful basis applies (PIPL Art. 13), declare it with `@pipl-basis <basis> <reason>` on the function.",
    "zh-CN":
      "修复：在输出点之前检查 {categories} 的同意（例如 `await requireConsent(userId, {example})`），或先脱敏。如适用其他合法性基础（《个人信息保护法》第十三条），在函数上用 `@pipl-basis <basis> <reason>` 声明。",
  },
  "list.separator": { en: ", ", "zh-CN": "、" },
  // The one-line form of the ESLint rules (`findingMessageParts`): `{verb}` and `{article}` come
  // from the rule's record, `{sanitizer}` from the findings.
  "short.no-consent": {
    en: "{verb} without consent ({article})",
    "zh-CN": "未经同意{verb}（{article}）",
  },
  "short.consent-for-other-category": {
    en: "{verb}, but the consent check in scope covers other categories ({article})",
    "zh-CN": "{verb}，但作用域内的同意检查只涵盖其他类别（{article}）",
  },
  "short.general-consent-for-sensitive": {
    en: "{verb} under a consent naming no category; sensitive PI needs separate consent (PIPL Art. 29)",
    "zh-CN": "{verb}，但同意检查未指明类别；敏感个人信息须单独同意（《个人信息保护法》第二十九条）",
  },
  "short.no-cross-border-consent": {
    en: "{verb}, but the consent check in scope does not cover providing it abroad ({article})",
    "zh-CN": "{verb}，但作用域内的同意检查未涵盖向境外提供（{article}）",
  },
  "short.mechanism.none": {
    en: "; no transfer mechanism declared (PIPL Art. 38)",
    "zh-CN": "；未声明出境机制",
  },
  "short.mechanism.declared": {
    en: " (mechanism: {mechanism})",
    "zh-CN": "（出境机制：{mechanism}）",
  },
  "short.fix.cross-border": {
    en: '; check consent for the categories and "cross-border" first, and declare `@pipl-transfer <mechanism> <reference>`',
    "zh-CN": "；请先校验类别及 “cross-border” 的同意并声明 `@pipl-transfer`",
  },
  "short.fix.cross-border-consent": {
    en: '; check consent for the categories and "cross-border" first',
    "zh-CN": "；请先校验这些类别及 “cross-border” 的同意",
  },
  "short.fix.mask": {
    en: "; wrap it in {sanitizer} or check consent first",
    "zh-CN": "；请用 {sanitizer} 脱敏或先校验同意",
  },
  "short.fix.consent": {
    en: "; check consent first or mask it",
    "zh-CN": "；请先校验同意或脱敏",
  },
  "short.confidence.medium": {
    en: " (medium confidence: named in untyped code)",
    "zh-CN": "（中等置信度：依据未声明类型代码中的名称）",
  },
  "short.end": { en: ".", "zh-CN": "。" },
  "short.more": { en: " +{count} more", "zh-CN": " 等 {count} 项" },
} as const satisfies MessageCatalog;

/** Ids of the finding message parts. */
export type FindingMessageId = keyof typeof findingMessages;
