/*
 * Messages of the `pipl-guard` command line: usage errors (exit 2) and the lines it writes to
 * stderr around a scan, in English and Simplified Chinese. Placeholders in `{braces}`; command
 * names, flags and values stay as typed, in quotes.
 */
import type { MessageCatalog } from "./format-message.js";

/** The catalogue, keyed by message id. */
export const cliMessages = {
  "cli.help": {
    en: `Usage: pipl-guard scan [paths...] [options]

Scan a TypeScript/JavaScript project for personal information (PIPL) that reaches logs, exports
or other parties without consent or a declared lawful basis.

Options:
  --project <tsconfig>    tsconfig.json to build the project from (default: ./tsconfig.json when
                          no paths are given)
  --format <format>       text | json | sarif | html (default: text)
  --output <file>         write the report to a file instead of standard output
  --config <file>         pipl-guard config (.json, .js, .mjs); default: pipl-guard.config.json
                          in the working directory when present
  --baseline <file>       report only findings not accepted by this baseline, and list its
                          entries that no longer occur
  --update-baseline       write the current findings to --baseline (keeping each entry's reason)
  --locale <locale>       en | zh-CN (default: the config's locale, else en)
  --max-file-size <size>  do not analyse files larger than this (bytes, or e.g. 512KB, 2MB);
                          they are listed as not analysed in every report (default: the
                          config's scan.maxFileBytes, else 2MB)
  --exclude <glob>        do not scan files matching this glob (tsconfig exclude syntax, e.g.
                          "src/generated/**"); repeatable; the tsconfig's exclude also applies
  --include-vendored      also scan generated code (dist, coverage, *.bundle.js), which is
                          skipped by default and counted; node_modules and *.min.js never are
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no new findings, 1 new findings, 2 usage or configuration error. A file not
analysed (too large, binary or minified) is reported but does not change the exit code.
`,
    "zh-CN": `用法：pipl-guard scan [paths...] [options]

扫描 TypeScript/JavaScript 项目，找出未经同意或未声明合法性基础就进入日志、导出文件或提供给
第三方的个人信息（《个人信息保护法》）。

选项：
  --project <tsconfig>    用于构建项目的 tsconfig.json（未给出路径时默认 ./tsconfig.json）
  --format <format>       text | json | sarif | html（默认 text）
  --output <file>         将报告写入文件而不是标准输出
  --config <file>         pipl-guard 配置（.json、.js、.mjs）；默认使用工作目录中的
                          pipl-guard.config.json（如存在）
  --baseline <file>       只报告该基线未接受的发现，并列出已不再出现的基线条目
  --update-baseline       将当前发现写入 --baseline（保留每个条目的理由）
  --locale <locale>       en | zh-CN（默认取配置中的 locale，否则为 en）
  --max-file-size <size>  不分析大于此大小的文件（字节数，或如 512KB、2MB）；这些文件会在
                          每种报告中列为未分析（默认取配置中的 scan.maxFileBytes，否则为 2MB）
  --exclude <glob>        不扫描匹配此通配模式的文件（语法同 tsconfig 的 \`exclude\`，如
                          "src/generated/**"）；可重复；tsconfig 自身的 \`exclude\` 同样生效
  --include-vendored      同时扫描生成的代码（dist、coverage、*.bundle.js），这些默认跳过并计数；
                          node_modules 与 *.min.js 始终不扫描
  -h, --help              显示本帮助
  -v, --version           显示版本号

退出码：0 无新发现，1 有新发现，2 用法或配置错误。未分析的文件（过大、二进制或已压缩）会在
报告中列出，但不影响退出码。
`,
  },
  "usage.unknown-option": {
    en: "Unknown option '{option}'. Run pipl-guard --help for the options.",
    "zh-CN": "未知选项 '{option}'。运行 pipl-guard --help 查看可用选项。",
  },
  "usage.missing-value": {
    en: "option '{option}' needs a value. Run pipl-guard --help for the options.",
    "zh-CN": "选项 '{option}' 需要一个值。运行 pipl-guard --help 查看可用选项。",
  },
  "usage.unexpected-value": {
    en: "option '{option}' takes no value. Run pipl-guard --help for the options.",
    "zh-CN": "选项 '{option}' 不接受值。运行 pipl-guard --help 查看可用选项。",
  },
  "usage.invalid-arguments": {
    en: "invalid arguments ({detail}). Run pipl-guard --help for the options.",
    "zh-CN": "参数无效（{detail}）。运行 pipl-guard --help 查看可用选项。",
  },
  "usage.missing-command": {
    en: "missing command: use `pipl-guard scan [paths...]` (see --help).",
    "zh-CN": "缺少命令：请使用 `pipl-guard scan [paths...]`（参见 --help）。",
  },
  "usage.unknown-command": {
    en: "unknown command '{command}': the only command is 'scan' (see --help).",
    "zh-CN": "未知命令 '{command}'：唯一的命令是 'scan'（参见 --help）。",
  },
  "usage.unknown-format": {
    en: "unknown --format '{value}': use one of {choices}.",
    "zh-CN": "未知的 --format '{value}'：请使用 {choices} 之一。",
  },
  "usage.unknown-locale": {
    en: "unknown --locale '{value}': use one of {choices}.",
    "zh-CN": "未知的 --locale '{value}'：请使用 {choices} 之一。",
  },
  "usage.update-baseline-needs-baseline": {
    en: "--update-baseline needs --baseline <file> to know where to write.",
    "zh-CN": "--update-baseline 需要 --baseline <file> 指定写入位置。",
  },
  "usage.empty-value": {
    en: "--{flag} needs a non-empty value.",
    "zh-CN": "--{flag} 的值不能为空。",
  },
  "usage.invalid-file-size": {
    en: "invalid --max-file-size '{value}': give a number of bytes or a size such as 512KB or 2MB (at least 1 byte).",
    "zh-CN":
      "无效的 --max-file-size '{value}'：请给出字节数或如 512KB、2MB 的大小（至少 1 字节）。",
  },
  "usage.cannot-write": {
    en: "cannot write {what}: {reason}. Choose a writable file path.",
    "zh-CN": "无法写入 {what}：{reason}。请选择可写的文件路径。",
  },
  "cli.annotation-warning": {
    en: "warning: {location}: {message}",
    "zh-CN": "警告：{location}：{message}",
  },
  "cli.analysis-skipped": {
    en: "warning: analysis skipped a part of {location}: {message}",
    "zh-CN": "警告：分析跳过了 {location} 的一部分：{message}",
  },
  "cli.not-analysed": {
    en: "warning: {file}: {message}",
    "zh-CN": "警告：{file}：{message}",
  },
  "cli.baseline-written": {
    en: "wrote {count} baseline entries to {file}",
    "zh-CN": "已将 {count} 条基线条目写入 {file}",
  },
  "cli.report-written": {
    en: "{findings} ({files} scanned); report written to {file}",
    "zh-CN": "{findings}（已扫描 {files}）；报告已写入 {file}",
  },
  "count.finding.one": { en: "{count} finding", "zh-CN": "{count} 个问题" },
  "count.finding.other": { en: "{count} findings", "zh-CN": "{count} 个问题" },
  "count.file.one": { en: "{count} file", "zh-CN": "{count} 个文件" },
  "count.file.other": { en: "{count} files", "zh-CN": "{count} 个文件" },
  "usage.is-a-directory": {
    en: "cannot write {what}: {path} is a folder. Give a file path.",
    "zh-CN": "无法写入 {what}：{path} 是目录。请给出文件路径。",
  },
  "usage.not-a-directory": {
    en: "cannot write {what}: {path} is a file, not a directory. Choose a writable file path.",
    "zh-CN": "无法写入 {what}：{path} 是文件而不是目录。请选择可写的文件路径。",
  },
  "cli.internal-error": {
    en: "internal error: {message}",
    "zh-CN": "内部错误：{message}",
  },
} as const satisfies MessageCatalog;

/** Ids of the CLI messages. */
export type CliMessageId = keyof typeof cliMessages;
