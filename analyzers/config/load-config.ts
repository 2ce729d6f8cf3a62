import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { categories as builtInCategories, controlsBySensitivity } from "../taxonomy/categories.js";
import type { CategoryDefinition } from "../taxonomy/category-definition.js";
import { createTaxonomy } from "../taxonomy/create-taxonomy.js";
import type { Locale } from "../messages/locale.js";
import { checkConfigReferences } from "./check-config-references.js";
import { ConfigError } from "./config-error.js";
import { configSchema, type ParsedConfig } from "./config-schema.js";
import type { ResolvedConfig } from "./resolved-config.js";
import { describeInput, zodIssueToConfigError } from "./zod-issue-to-config-error.js";

function toDefinition(c: ParsedConfig["categories"][number]): CategoryDefinition {
  return {
    ...c,
    controls: [...controlsBySensitivity[c.sensitivity]],
  };
}

/** The locale a raw config asks for, if it names a valid one (to render its errors in). */
function requestedLocale(input: unknown): Locale | undefined {
  const locale =
    input !== null && typeof input === "object"
      ? (input as { locale?: unknown }).locale
      : undefined;
  return locale === "en" || locale === "zh-CN" ? locale : undefined;
}

/** Validates an already-read config object and builds its taxonomy. */
function resolveConfig(input: unknown): ResolvedConfig {
  try {
    return resolveObject(input);
  } catch (error) {
    if (error instanceof ConfigError) error.locale ??= requestedLocale(input);
    throw error;
  }
}

function resolveObject(input: unknown): ResolvedConfig {
  if (input === undefined) input = {};
  else if (input === null || typeof input !== "object" || Array.isArray(input))
    throw new ConfigError(
      "",
      { id: "load.not-an-object.problem", params: { received: describeInput(input) } },
      { id: "load.not-an-object.fix" },
    );
  const parsed = configSchema.safeParse(input, { reportInput: true });
  // Every schema problem at once: a misspelt key and a bad value are fixed in one go.
  if (!parsed.success)
    throw ConfigError.of(parsed.error.issues.map((i) => zodIssueToConfigError(i, configSchema)));
  const raw = parsed.data;
  const definitions = [...builtInCategories, ...raw.categories.map(toDefinition)];
  const builtIns = builtInCategories.length;
  const taxonomy = createTaxonomy(definitions, raw.fieldPatterns, {
    pathOf: (index) =>
      index < builtIns ? `built-in categories[${index}]` : `categories[${index - builtIns}]`,
  });
  checkConfigReferences(input, raw, taxonomy);
  const { $schema: _schema, categories: _categories, fieldPatterns: _patterns, ...sections } = raw;
  return { ...sections, locale: raw.locale, taxonomy, raw };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(
      "",
      {
        id: "load.cannot-read.problem",
        params: { file, code: (error as NodeJS.ErrnoException).code ?? "error" },
      },
      { id: "load.cannot-read.fix" },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(
      "",
      { id: "load.invalid-json.problem", params: { file, detail: (error as Error).message } },
      { id: "load.invalid-json.fix" },
    );
  }
}

const moduleExtensions = new Set([".js", ".mjs", ".cjs"]);

/** The absolute path of a config file; a blank path would resolve to the working directory. */
function resolveFile(given: string): string {
  if (given.trim() === "")
    throw new ConfigError("", { id: "load.empty-path.problem" }, { id: "load.empty-path.fix" });
  return path.resolve(given);
}

/**
 * Loads and validates a config synchronously: a path to a `.json` file, a config object, or nothing
 * for the built-in defaults. For `.js`/`.mjs` configs use `loadConfigAsync`.
 *
 * @throws ConfigError naming the path, the problem and the fix.
 */
export function loadConfig(pathOrObject?: string | object): ResolvedConfig {
  if (typeof pathOrObject !== "string") return resolveConfig(pathOrObject);
  const file = resolveFile(pathOrObject);
  if (moduleExtensions.has(path.extname(file)))
    throw new ConfigError(
      "",
      { id: "load.module-sync.problem", params: { file } },
      { id: "load.module-sync.fix" },
    );
  return resolveConfig(readJson(file));
}

/**
 * Like `loadConfig`, and also accepts a `.js`/`.mjs`/`.cjs` module whose default export is the config
 * (the module runs: load only your own config files).
 */
export async function loadConfigAsync(pathOrObject?: string | object): Promise<ResolvedConfig> {
  if (typeof pathOrObject !== "string") return resolveConfig(pathOrObject);
  const file = resolveFile(pathOrObject);
  if (!moduleExtensions.has(path.extname(file))) return resolveConfig(readJson(file));
  let loaded: { default?: unknown };
  try {
    loaded = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new ConfigError(
      "",
      { id: "load.module-failed.problem", params: { file, detail: (error as Error).message } },
      { id: "load.module-failed.fix" },
    );
  }
  if (loaded.default === undefined)
    throw new ConfigError(
      "",
      { id: "load.no-default-export.problem", params: { file } },
      { id: "load.no-default-export.fix" },
    );
  return resolveConfig(loaded.default);
}
