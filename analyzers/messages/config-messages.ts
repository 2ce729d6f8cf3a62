/*
 * Frame of configuration error messages, in English and Simplified Chinese. The path, problem and
 * fix are filled in by `ConfigError`; problems and fixes themselves are written in English.
 */

/** The config-error catalogue. */
export const configMessages = {
  "config.error": {
    en: "pipl-guard config: {path}: {problem}.{suggestion} Fix: {fix}",
    "zh-CN": "pipl-guard 配置错误：{path}：{problem}。{suggestion} 修复：{fix}",
  },
  "config.did-you-mean": {
    en: " Did you mean '{suggestion}'?",
    "zh-CN": " 您是否想写 '{suggestion}'？",
  },
} as const;

/** Ids of config messages. */
export type ConfigMessageId = keyof typeof configMessages;
