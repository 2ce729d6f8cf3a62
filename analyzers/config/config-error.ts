import { configMessages } from "../messages/config-messages.js";
import { formatMessage } from "../messages/format-message.js";
import type { Locale } from "../messages/locale.js";

/**
 * A configuration (or taxonomy definition) problem, reported as one line naming the path, the problem
 * and the fix: `pipl-guard config: categories[2].parent: unknown category 'resident_id'. Did you mean
 * 'resident-id'? Fix: …`. Thrown by `loadConfig` and `createTaxonomy`; never wrapped in a stack dump
 * by our own entry points.
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";

  /**
   * @param path - where in the config: `categories[2].parent`, `fieldPatterns.add[0].category`.
   * @param problem - what is wrong, without a trailing full stop.
   * @param fix - how to fix it, a sentence.
   * @param suggestion - the closest valid value, shown as "Did you mean '…'?".
   */
  constructor(
    readonly path: string,
    readonly problem: string,
    readonly fix: string,
    readonly suggestion?: string,
  ) {
    super(formatConfigError("en", path, problem, fix, suggestion));
  }

  /** The message in a locale (`message` is English). */
  format(locale: Locale): string {
    return formatConfigError(locale, this.path, this.problem, this.fix, this.suggestion);
  }
}

function formatConfigError(
  locale: Locale,
  path: string,
  problem: string,
  fix: string,
  suggestion: string | undefined,
): string {
  return formatMessage(configMessages, locale, "config.error", {
    path: path === "" ? "(root)" : path,
    problem,
    fix,
    suggestion:
      suggestion === undefined
        ? ""
        : formatMessage(configMessages, locale, "config.did-you-mean", { suggestion }),
  });
}
