import { configMessages, type ConfigParam, type ConfigText } from "../messages/config-messages.js";
import { formatMessage } from "../messages/format-message.js";
import type { Locale } from "../messages/locale.js";

/**
 * A configuration (or taxonomy definition) problem, reported as one line naming the path, the problem
 * and the fix: `pipl-guard config: categories[2].parent: unknown category 'resident_id'. Did you mean
 * 'resident-id'? Fix: …`. Thrown by `loadConfig` and `createTaxonomy`; never wrapped in a stack dump
 * by our own entry points. `message`, `problem` and `fix` are English; `format(locale)` renders the
 * whole line in any locale from the catalogue entries `problemText` and `fixText`.
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  /** What is wrong, in English, without a trailing full stop. */
  readonly problem: string;
  /** How to fix it, in English, a sentence. */
  readonly fix: string;
  /**
   * The language the config asked for (its `locale` key), when the input named a valid one: entry
   * points that have no locale of their own render the error in it.
   */
  locale: Locale | undefined;

  /**
   * @param path - where in the config: `categories[2].parent`, `fieldPatterns.add[0].category`.
   * @param problemText - what is wrong, a catalogue message (config-messages.ts).
   * @param fixText - how to fix it, a catalogue message.
   * @param suggestion - the closest valid value, shown as "Did you mean '…'?".
   */
  constructor(
    readonly path: string,
    readonly problemText: ConfigText,
    readonly fixText: ConfigText,
    readonly suggestion?: string,
  ) {
    const problem = renderConfigText(problemText, "en");
    const fix = renderConfigText(fixText, "en");
    super(formatConfigError("en", path, problem, fix, suggestion));
    this.problem = problem;
    this.fix = fix;
    this.locale = undefined;
  }

  /** The problems found besides this one: a config is checked whole, so all are named at once. */
  #others: readonly ConfigError[] = [];

  /** Every problem found, this one first, in the order of the config. */
  get problems(): readonly ConfigError[] {
    return [this, ...this.#others];
  }

  /**
   * One error for several problems: the first keeps its `path`, `problem` and `fix`; `message` and
   * `format` have one line per problem.
   */
  static of(errors: readonly ConfigError[]): ConfigError {
    const unique = errors.filter((e, i) => errors.findIndex((o) => o.message === e.message) === i);
    const [first, ...rest] = unique;
    if (!first) throw new Error("ConfigError.of needs at least one error");
    first.#others = rest;
    first.message = unique.map((e) => e.#line("en")).join("\n");
    return first;
  }

  /**
   * The message in a locale (`message` is English), one line per problem. With `policy`, framed as
   * a problem of that policy's options (the policy pack's `--policy-pack-config`), the path being
   * inside them.
   */
  format(locale: Locale, policy?: string): string {
    return this.problems.map((e) => e.#line(locale, policy)).join("\n");
  }

  #line(locale: Locale, policy?: string): string {
    return formatConfigError(
      locale,
      this.path,
      renderConfigText(this.problemText, locale),
      renderConfigText(this.fixText, locale),
      this.suggestion,
      policy,
    );
  }
}

/** Renders a catalogue message and its nested params (lists joined per language) in a locale. */
export function renderConfigText(text: ConfigText, locale: Locale): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params ?? {}))
    params[name] = renderParam(value, locale);
  return formatMessage(configMessages, locale, text.id, params);
}

function renderParam(value: ConfigParam, locale: Locale): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  if (Array.isArray(value))
    return (value as readonly ConfigParam[])
      .map((v) => renderParam(v, locale))
      .join(locale === "zh-CN" ? "、" : ", ");
  return renderConfigText(value as ConfigText, locale);
}

function formatConfigError(
  locale: Locale,
  path: string,
  problem: string,
  fix: string,
  suggestion: string | undefined,
  policy?: string,
): string {
  return formatMessage(
    configMessages,
    locale,
    policy === undefined ? "config.error" : "config.policy-error",
    {
      policy: policy ?? "",
      path: path === "" ? formatMessage(configMessages, locale, "config.root") : path,
      problem,
      fix,
      suggestion:
        suggestion === undefined
          ? ""
          : formatMessage(configMessages, locale, "config.did-you-mean", { suggestion }),
    },
  );
}
