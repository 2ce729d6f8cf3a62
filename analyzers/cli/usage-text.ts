import { cliMessages } from "../messages/cli-messages.js";
import type { Locale } from "../messages/locale.js";

/** `pipl-guard --help` in `locale` (`--help --locale zh-CN` prints the Chinese text). */
export function usageText(locale: Locale = "en"): string {
  return cliMessages["cli.help"][locale];
}
