import type { z } from "zod";
import { closestName } from "../taxonomy/closest-name.js";
import { ConfigError } from "./config-error.js";

/** `categories[2].parent` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

function describeInput(input: unknown): string {
  if (input === undefined) return "nothing";
  if (input === null) return "null";
  if (Array.isArray(input)) return "an array";
  return typeof input === "string" ? `'${input}'` : `a ${typeof input}`;
}

/**
 * Turns the first zod issue into a `ConfigError` with a path, a problem and a fix. `validKeys` lists
 * the allowed keys of the object at each path (for "unknown key" errors).
 */
export function zodIssueToConfigError(
  issue: z.core.$ZodIssue,
  validKeysAt: (path: string) => readonly string[] | undefined,
): ConfigError {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const key = issue.keys[0]!;
      const valid = validKeysAt(path) ?? [];
      const at = path === "" ? key : `${path}.${key}`;
      return new ConfigError(
        at,
        `unknown key '${key}'`,
        valid.length > 0
          ? `remove it; valid keys here are: ${valid.join(", ")}.`
          : "remove it (see docs/configuration.md).",
        valid.length > 0 ? closestName(key, valid) : undefined,
      );
    }
    case "invalid_type":
      return new ConfigError(
        path,
        `expected ${issue.expected}, got ${describeInput(issue.input)}`,
        `write a ${issue.expected} here (see docs/configuration.md).`,
      );
    case "invalid_value": {
      const options = issue.values.map(String);
      return new ConfigError(
        path,
        `${describeInput(issue.input)} is not allowed`,
        `use one of: ${options.map((o) => `'${o}'`).join(", ")}.`,
        typeof issue.input === "string" ? closestName(issue.input, options) : undefined,
      );
    }
    case "too_small":
      return new ConfigError(
        path,
        issue.origin === "array" ? "must not be empty" : "must not be empty or too short",
        issue.origin === "array" ? "list at least one entry." : "write a non-empty value.",
      );
    case "invalid_union":
      return new ConfigError(
        path,
        `${describeInput(issue.input)} has the wrong shape`,
        "write a name (string) or an object { category } (see docs/configuration.md).",
      );
    default:
      return new ConfigError(
        path,
        issue.message,
        "see docs/configuration.md for the expected shape.",
      );
  }
}
