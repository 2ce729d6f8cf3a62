import { statSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "../analyzers/config/config-error.js";
import { findConfigFile } from "../analyzers/config/find-config-file.js";
import { loadConfig } from "../analyzers/config/load-config.js";
import type { ResolvedConfig } from "../analyzers/config/resolved-config.js";
import type { Locale } from "../analyzers/messages/locale.js";

/** A loaded config, or the problem that prevented loading it. */
export type RuleConfig = { config: ResolvedConfig } | { problem: string };

/*
 * ESLint calls `create` once per rule per file; loading and validating a config (and building its
 * taxonomy) once per distinct option value keeps that off the per-file path, and hands every file
 * the same ResolvedConfig so the engine's memoisation is shared by the three rules. A config file
 * is keyed on its modification time and size as well as its path, so an edit takes effect on the
 * next lint in a long-running ESLint process (an IDE's ESLint server) without a restart; only the
 * latest version of each file is kept.
 */
const cache = new Map<string, RuleConfig>();
const fileKeys = new Map<string, string>();

/** The modification time and size of a file, or why it cannot be read ("missing"). */
function fileStamp(file: string): string {
  try {
    const stat = statSync(file, { bigint: true });
    return `${stat.mtimeNs}:${stat.size}`;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? "error";
  }
}

/**
 * Load the `config` rule option (a path relative to `cwd`, an inline object), or without it the
 * nearest `pipl-guard.config.json` above the linted file `fileName` (the scanner's file), else the
 * defaults. A `ConfigError` becomes a problem to report, never an exception out of the rule,
 * worded in `locale` (the rule's option), else in the locale the config itself names.
 */
export function loadRuleConfig(
  option: string | Record<string, unknown> | undefined,
  cwd: string,
  locale?: Locale,
  fileName?: string,
): RuleConfig {
  const input =
    typeof option === "string"
      ? path.resolve(cwd, option)
      : (option ??
        (fileName ? findConfigFile(path.dirname(path.resolve(cwd, fileName))) : undefined));
  const base = `${locale ?? ""}\u0000${JSON.stringify(input ?? null)}`;
  let key = base;
  if (typeof input === "string") {
    key = `${base}\u0000${fileStamp(input)}`;
    const previous = fileKeys.get(base);
    if (previous !== undefined && previous !== key) cache.delete(previous);
    fileKeys.set(base, key);
  }
  let loaded = cache.get(key);
  if (!loaded) {
    try {
      loaded = { config: loadConfig(input) };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      loaded = { problem: error.format(locale ?? error.locale ?? "en") };
    }
    cache.set(key, loaded);
  }
  return loaded;
}
