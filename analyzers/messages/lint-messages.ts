/*
 * Messages of the ESLint rules that do not come from describeFindings or a ConfigError (an analysis
 * that failed, the masking suggestion) and the engine's annotation problems (`@pipl`, `@pipl-basis`
 * tags), which the rules and the scanner report. In English and Simplified Chinese; placeholders in
 * `{braces}`, tag names and values stay as written.
 * The rules render them in their locale, the scanner and the CLI in theirs; the engine records an
 * annotation problem as an id and parameters (with its English `message` for logs).
 */
import type { MessageCatalog } from "./format-message.js";

/** The catalogue, keyed by message id. */
export const lintMessages = {
  "lint.analysis-failed": {
    en: "pipl-guard could not analyse this code ({error}), so it was not checked. Please report this with the code.",
    "zh-CN": "pipl-guard 无法分析这段代码（{error}），因此未作检查。请附上这段代码报告此问题。",
  },
  "lint.wrap-in-sanitizer": {
    en: "Wrap {expression} in {sanitizer}(…)",
    "zh-CN": "用 {sanitizer}(…) 包裹 {expression}",
  },
  "lint.file-too-large": {
    en: "pipl-guard did not analyse this file: it is {size}, over the {limit} limit. To analyse it, raise scan.maxFileBytes in the pipl-guard config (the rules' config option or file).",
    "zh-CN":
      "pipl-guard 未分析此文件：文件大小为 {size}，超过 {limit} 的上限。如需分析，请调高 pipl-guard 配置（规则的 config 选项或配置文件）中的 scan.maxFileBytes。",
  },
  "annotation.unknown-category": {
    en: 'Unknown PIPL category "{value}" in @pipl tag',
    "zh-CN": "@pipl 标签中的个人信息类别 “{value}” 未知",
  },
  "annotation.unknown-category-hint": {
    en: 'Unknown PIPL category "{value}" in @pipl tag; did you mean "{hint}"?',
    "zh-CN": "@pipl 标签中的个人信息类别 “{value}” 未知；您是否想写 “{hint}”？",
  },
  "annotation.category-missing": {
    en: "@pipl names no category: write `@pipl <category>` with a category id or alias",
    "zh-CN": "@pipl 未写明类别：请按 `@pipl <类别>` 书写类别 id 或别名",
  },
  "annotation.basis-missing": {
    en: "@pipl-basis names no basis: write `@pipl-basis <basis> <reason>` with one of {bases}",
    "zh-CN":
      "@pipl-basis 未写明合法性基础：请按 `@pipl-basis <合法性基础> <理由>` 书写，基础为 {bases} 之一",
  },
  "annotation.unknown-basis-hint": {
    en: 'Unknown lawful basis "{basis}" in @pipl-basis; did you mean "{hint}"? Use one of {bases}',
    "zh-CN": "@pipl-basis 中的合法性基础 “{basis}” 未知；您是否想写 “{hint}”？请使用 {bases} 之一",
  },
  "lint.replace-annotation-value": {
    en: 'Replace "{value}" with "{replacement}"',
    "zh-CN": "将 “{value}” 改为 “{replacement}”",
  },
  "annotation.unknown-basis": {
    en: 'Unknown lawful basis "{basis}" in @pipl-basis; use one of {bases}',
    "zh-CN": "@pipl-basis 中的合法性基础 “{basis}” 未知；请使用 {bases} 之一",
  },
  "annotation.basis-needs-reason": {
    en: "@pipl-basis {basis} needs a reason: why the processing is necessary",
    "zh-CN": "@pipl-basis {basis} 需要写明理由：为何必须进行该处理",
  },
  "annotation.unknown-transfer-mechanism": {
    en: 'Unknown cross-border transfer mechanism "{mechanism}" in @pipl-transfer; use one of {mechanisms}',
    "zh-CN": "@pipl-transfer 中的出境机制 “{mechanism}” 未知；请使用 {mechanisms} 之一",
  },
  "annotation.transfer-needs-reference": {
    en: "@pipl-transfer {mechanism} needs a reference: the assessment, certificate or contract filing it rests on",
    "zh-CN": "@pipl-transfer {mechanism} 需要写明依据：所依据的安全评估、认证证书或标准合同备案",
  },
} as const satisfies MessageCatalog;

/** Ids of the lint and annotation messages. */
export type LintMessageId = keyof typeof lintMessages;
