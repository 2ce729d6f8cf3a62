import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { categories as builtInCategories, controlsBySensitivity } from "../taxonomy/categories.js";
import type { CategoryDefinition } from "../taxonomy/category-definition.js";
import { createTaxonomy } from "../taxonomy/create-taxonomy.js";
import { ConfigError } from "./config-error.js";
import { configSchema, type ParsedConfig } from "./config-schema.js";
import type { ResolvedConfig } from "./resolved-config.js";
import { zodIssueToConfigError } from "./zod-issue-to-config-error.js";

/** Valid keys of the object schema at a config path (`categories[0]` → category keys). */
function validKeysAt(dotted: string): readonly string[] | undefined {
  let schema: z.ZodType = configSchema;
  const parts =
    dotted === ""
      ? []
      : dotted
          .replace(/\[\d+\]/g, ".[]")
          .split(".")
          .filter(Boolean);
  for (const part of parts) {
    while (
      schema instanceof z.ZodDefault ||
      schema instanceof z.ZodOptional ||
      schema instanceof z.ZodPipe
    )
      schema =
        schema instanceof z.ZodPipe ? (schema.in as z.ZodType) : (schema.unwrap() as z.ZodType);
    if (part === "[]" && schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodObject) {
      const next = schema.shape[part] as z.ZodType | undefined;
      if (next === undefined) return undefined;
      schema = next;
    } else return undefined;
  }
  while (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional)
    schema = schema.unwrap() as z.ZodType;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined;
}

function toDefinition(c: ParsedConfig["categories"][number]): CategoryDefinition {
  return {
    ...c,
    controls: [...controlsBySensitivity[c.sensitivity]],
  };
}

/** Validates an already-read config object and builds its taxonomy. */
function resolveConfig(input: unknown): ResolvedConfig {
  const parsed = configSchema.safeParse(input ?? {}, { reportInput: true });
  if (!parsed.success) throw zodIssueToConfigError(parsed.error.issues[0]!, validKeysAt);
  const raw = parsed.data;
  const definitions = [...builtInCategories, ...raw.categories.map(toDefinition)];
  const builtIns = builtInCategories.length;
  const taxonomy = createTaxonomy(definitions, raw.fieldPatterns, {
    pathOf: (index) =>
      index < builtIns ? `built-in categories[${index}]` : `categories[${index - builtIns}]`,
  });
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
      `cannot read config file '${file}' (${(error as NodeJS.ErrnoException).code ?? "error"})`,
      "check the path; relative paths are resolved from the working directory.",
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(
      "",
      `config file '${file}' is not valid JSON: ${(error as Error).message}`,
      "fix the JSON syntax (no comments or trailing commas).",
    );
  }
}

const moduleExtensions = new Set([".js", ".mjs", ".cjs"]);

/**
 * Loads and validates a config synchronously: a path to a `.json` file, a config object, or nothing
 * for the built-in defaults. For `.js`/`.mjs` configs use `loadConfigAsync`.
 *
 * @throws ConfigError naming the path, the problem and the fix.
 */
export function loadConfig(pathOrObject?: string | object): ResolvedConfig {
  if (typeof pathOrObject !== "string") return resolveConfig(pathOrObject);
  const file = path.resolve(pathOrObject);
  if (moduleExtensions.has(path.extname(file)))
    throw new ConfigError(
      "",
      `'${file}' is a JavaScript module, which loads asynchronously`,
      "call loadConfigAsync for .js/.mjs configs, or use a .json file.",
    );
  return resolveConfig(readJson(file));
}

/**
 * Like `loadConfig`, and also accepts a `.js`/`.mjs`/`.cjs` module whose default export is the config
 * (the module runs: load only your own config files).
 */
export async function loadConfigAsync(pathOrObject?: string | object): Promise<ResolvedConfig> {
  if (typeof pathOrObject !== "string") return resolveConfig(pathOrObject);
  const file = path.resolve(pathOrObject);
  if (!moduleExtensions.has(path.extname(file))) return resolveConfig(readJson(file));
  let loaded: { default?: unknown };
  try {
    loaded = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new ConfigError(
      "",
      `cannot load config module '${file}': ${(error as Error).message}`,
      "check the path and that the module runs on its own.",
    );
  }
  if (loaded.default === undefined)
    throw new ConfigError(
      "",
      `config module '${file}' has no default export`,
      "write `export default { ... }`.",
    );
  return resolveConfig(loaded.default);
}
