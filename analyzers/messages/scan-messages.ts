/*
 * Messages of the scanner's input errors (exit 2): paths and tsconfig it cannot use
 * (`ScanInputError`) and baseline files it cannot read (`BaselineError`), in English and
 * Simplified Chinese. Placeholders in `{braces}`; paths, flags and file names stay as typed.
 */
import type { MessageCatalog } from "./format-message.js";

/** The catalogue, keyed by message id. */
export const scanMessages = {
  "scan.tsconfig-invalid": {
    en: "{tsconfig}: {diagnostic}",
    "zh-CN": "{tsconfig} 无法解析：{diagnostic}",
  },
  "scan.path-not-found": {
    en: "path not found: {path}",
    "zh-CN": "路径不存在：{path}",
  },
  "scan.not-source-file": {
    en: "not a TypeScript or JavaScript file: {path}",
    "zh-CN": "不是 TypeScript 或 JavaScript 文件：{path}",
  },
  "scan.no-sources-in-tsconfig": {
    en: "no TypeScript or JavaScript source files to scan in {tsconfig}.",
    "zh-CN": "{tsconfig} 中没有可扫描的 TypeScript 或 JavaScript 源文件。",
  },
  "scan.no-sources-in-tsconfig-under": {
    en: "no TypeScript or JavaScript source files to scan in {tsconfig} under {paths}.",
    "zh-CN": "{tsconfig} 中 {paths} 之下没有可扫描的 TypeScript 或 JavaScript 源文件。",
  },
  "scan.no-sources-under": {
    en: "no TypeScript or JavaScript source files under {paths}.",
    "zh-CN": "{paths} 之下没有 TypeScript 或 JavaScript 源文件。",
  },
  "scan.project-missing": {
    en: "--project: {project} does not exist.",
    "zh-CN": "--project：{project} 不存在。",
  },
  "scan.no-tsconfig": {
    en: "no tsconfig.json in {cwd}: pass --project <tsconfig.json> or the paths to scan.",
    "zh-CN": "{cwd} 中没有 tsconfig.json：请传入 --project <tsconfig.json> 或要扫描的路径。",
  },
  "baseline.cannot-read": {
    en: "cannot read baseline {file}: {reason}. Create it with --update-baseline.",
    "zh-CN": "无法读取基线 {file}：{reason}。请用 --update-baseline 生成。",
  },
  "baseline.invalid-json": {
    en: "baseline {file} is not valid JSON ({detail}). Regenerate it with --update-baseline.",
    "zh-CN": "基线 {file} 不是有效的 JSON（{detail}）。请用 --update-baseline 重新生成。",
  },
  "baseline.invalid-shape": {
    en: 'baseline {file}: at {at}: {problem}. Expected { "version": 1, "tool": "pipl-guard", "entries": [...] }; regenerate it with --update-baseline.',
    "zh-CN":
      '基线 {file}：{at} 处{problem}。应为 { "version": 1, "tool": "pipl-guard", "entries": [...] }；请用 --update-baseline 重新生成。',
  },
} as const satisfies MessageCatalog;

/** Ids of the scanner's input-error messages. */
export type ScanMessageId = keyof typeof scanMessages;

/**
 * What a scan that succeeded says about files it did not analyse (listed in every report, not
 * errors: they do not change the exit code).
 */
export const scanNoticeMessages = {
  "scan.not-analysed-minified": {
    en: "not analysed: the file is minified ({size}, very long lines), so it is generated, not written by hand. Scan its sources instead, or exclude it with --exclude.",
    "zh-CN":
      "未分析：该文件已压缩（{size}，行非常长），是生成的代码而非手写代码。请改为扫描其源文件，或用 --exclude 排除它。",
  },
  "scan.not-analysed-binary": {
    en: "not analysed: the file is binary ({size}), not source code. Exclude it with --exclude.",
    "zh-CN": "未分析：该文件是二进制文件（{size}），不是源代码。请用 --exclude 排除它。",
  },
  "scan.not-analysed-too-large": {
    en: "not analysed: the file is {size}, over the {limit} limit. Raise --max-file-size or scan.maxFileBytes, or exclude the file from the scan.",
    "zh-CN":
      "未分析：文件大小为 {size}，超过 {limit} 的上限。请调高 --max-file-size 或 scan.maxFileBytes，或将该文件排除在扫描之外。",
  },
} as const satisfies MessageCatalog;
