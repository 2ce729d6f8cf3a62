import { z } from "zod";
import type { ConfigMessageId, ConfigParam, ConfigText } from "../messages/config-messages.js";
import { closestName } from "../taxonomy/closest-name.js";
import { ConfigError } from "./config-error.js";

/** `categories[2].parent` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

/** Longer user strings are cut in messages: a config error must stay one readable line. */
const maxQuoted = 60;

/** The received value as a message param: `'zh'`, "the number 3", "an object", "nothing". */
export function describeInput(input: unknown): ConfigText {
  if (input === undefined) return { id: "input.nothing" };
  if (input === null) return { id: "input.null" };
  if (Array.isArray(input)) return { id: "input.array" };
  switch (typeof input) {
    case "string":
      return {
        id: "input.string",
        params: {
          value: input.length > maxQuoted ? `${input.slice(0, maxQuoted)}…` : input,
        },
      };
    case "number":
      return { id: "input.number", params: { value: String(input) } };
    case "boolean":
      return { id: "input.boolean", params: { value: String(input) } };
    case "object":
      return { id: "input.object" };
    default:
      return { id: "input.other", params: { type: typeof input } };
  }
}

const typeNames: Readonly<Record<string, ConfigMessageId>> = {
  string: "type.string",
  number: "type.number",
  int: "type.int",
  boolean: "type.boolean",
  array: "type.array",
  tuple: "type.array",
  object: "type.object",
  record: "type.object",
  null: "type.null",
};

/** An expected type (`object`, `int`, ...) as words: "an object", "a whole number". */
function typeName(expected: string): ConfigText {
  const id = typeNames[expected];
  return id === undefined ? { id: "type.other", params: { type: expected } } : { id };
}

/*
 * The `.regex(pattern, description)` descriptions of the section schemas, so the description can be
 * shown in every language. A description missing here falls back to showing the pattern.
 */
const formatDescriptions: Readonly<Record<string, ConfigMessageId>> = {
  "a kebab-case id": "format.kebab-case-id",
  "a Pulumi type token pkg:module:Type": "format.type-token",
  "a member path such as post, promises.writeFile or create().post": "format.call-path",
  "a decorator name": "format.decorator-name",
  "a lower-case host name without scheme, port or path, e.g. api.example.com (subdomains match too)":
    "format.host-name",
};

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (
      current instanceof z.ZodDefault ||
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNonOptional ||
      current instanceof z.ZodPrefault ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodReadonly
    )
      current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else return current;
  }
}

/** The schema at a path of `root`, unwrapped, or undefined inside a union or past a leaf. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let schema = unwrap(root);
  for (const key of path) {
    if (schema instanceof z.ZodArray && typeof key === "number")
      schema = unwrap(schema.element as z.ZodType);
    else if (schema instanceof z.ZodRecord) schema = unwrap(schema.valueType as z.ZodType);
    else if (schema instanceof z.ZodObject && typeof key === "string") {
      const next = schema.shape[key] as z.ZodType | undefined;
      if (next === undefined) return undefined;
      schema = unwrap(next);
    } else return undefined;
  }
  return schema;
}

/** One alternative of a union in words: "a string", "'all'", "an object with the keys `from`". */
function describeShape(schema: z.ZodType): ConfigParam {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject)
    return {
      id: "type.object-with-keys",
      params: { keys: Object.keys(s.shape).map((k) => `\`${k}\``) },
    };
  if (s instanceof z.ZodLiteral)
    return { id: "type.literal", params: { value: [...s.values].map((v) => `'${String(v)}'`) } };
  if (s instanceof z.ZodEnum)
    return { id: "type.literal", params: { value: s.options.map((v) => `'${String(v)}'`) } };
  return typeName(s._zod.def.type);
}

function error(
  path: readonly PropertyKey[],
  problem: ConfigText,
  fix: ConfigText,
  suggestion?: string,
): ConfigError {
  return new ConfigError(formatPath(path), problem, fix, suggestion);
}

/** Problem and fix for a count or size bound (`too_small` / `too_big`). */
function sizeError(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  path: readonly PropertyKey[],
): ConfigError {
  const small = issue.code === "too_small";
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  const pair = (base: string, params: Record<string, ConfigParam>) =>
    error(
      path,
      { id: `${base}.problem` as ConfigMessageId, params },
      { id: `${base}.fix` as ConfigMessageId, params },
    );
  switch (issue.origin) {
    case "array":
    case "set":
      if (issue.exact)
        return error(
          path,
          { id: "schema.exact-entries.problem", params: { count: limit } },
          { id: "schema.exact.fix", params: { count: limit } },
        );
      if (small && limit === 1)
        return error(path, { id: "schema.empty.problem" }, { id: "schema.empty-list.fix" });
      return small
        ? pair("schema.too-few-entries", { minimum: limit })
        : pair("schema.too-many-entries", { maximum: limit });
    case "string":
      if (issue.exact)
        return error(
          path,
          { id: "schema.exact-length.problem", params: { count: limit } },
          { id: "schema.exact.fix", params: { count: limit } },
        );
      if (small && limit === 1)
        return error(path, { id: "schema.empty.problem" }, { id: "schema.empty-string.fix" });
      return small
        ? pair("schema.too-short", { minimum: limit })
        : pair("schema.too-long", { maximum: limit });
    case "number":
    case "int":
    case "bigint":
      if (small)
        return pair(inclusive ? "schema.number-min" : "schema.number-above", { minimum: limit });
      return pair(inclusive ? "schema.number-max" : "schema.number-below", { maximum: limit });
    default:
      return error(
        path,
        {
          id: "schema.size.problem",
          params: { bound: small ? (inclusive ? ">=" : ">") : inclusive ? "<=" : "<", limit },
        },
        { id: "schema.size.fix" },
      );
  }
}

/**
 * Turns a zod issue of `root` (the schema that was parsed) into a `ConfigError` with a path, a
 * problem and a fix in words a config author understands. Every zod 4 issue code is handled.
 * `prefix` is prepended to the issue's path (used when descending into a union alternative).
 */
export function zodIssueToConfigError(
  issue: z.core.$ZodIssue,
  root: z.ZodType,
  prefix: readonly PropertyKey[] = [],
): ConfigError {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case "unrecognized_keys": {
      const key = issue.keys[0]!;
      const target = schemaAt(root, path);
      const valid = target instanceof z.ZodObject ? Object.keys(target.shape) : [];
      return error(
        [...path, key],
        { id: "schema.unknown-key.problem", params: { key } },
        valid.length > 0
          ? { id: "schema.unknown-key.fix", params: { keys: valid } }
          : { id: "schema.unknown-key.fix-no-keys" },
        valid.length > 0 ? closestName(key, valid) : undefined,
      );
    }
    case "invalid_type": {
      if (issue.input === undefined) {
        const target = issue.expected === "nonoptional" ? schemaAt(root, path) : undefined;
        const expected =
          issue.expected === "nonoptional"
            ? target === undefined
              ? undefined
              : describeShape(target)
            : typeName(issue.expected);
        return error(
          path,
          { id: "schema.required.problem" },
          expected === undefined
            ? { id: "schema.required.fix-any" }
            : { id: "schema.required.fix", params: { expected } },
        );
      }
      const expected = typeName(issue.expected);
      return error(
        path,
        {
          id: "schema.invalid-type.problem",
          params: { expected, received: describeInput(issue.input) },
        },
        { id: "schema.invalid-type.fix", params: { expected } },
      );
    }
    case "invalid_value": {
      const options = issue.values.map(String);
      return error(
        path,
        { id: "schema.invalid-value.problem", params: { received: describeInput(issue.input) } },
        { id: "schema.one-of.fix", params: { options: options.map((o) => `'${o}'`) } },
        typeof issue.input === "string" ? closestName(issue.input, options) : undefined,
      );
    }
    case "too_small":
    case "too_big":
      return sizeError(issue, path);
    case "invalid_format": {
      const described = formatDescriptions[issue.message];
      const format: ConfigText =
        described !== undefined
          ? { id: described }
          : issue.format === "regex" && issue.pattern !== undefined
            ? { id: "format.pattern", params: { pattern: issue.pattern } }
            : { id: "format.other", params: { format: issue.format } };
      return error(
        path,
        { id: "schema.format.problem", params: { received: describeInput(issue.input), format } },
        { id: "schema.format.fix", params: { format } },
      );
    }
    case "not_multiple_of":
      return error(
        path,
        { id: "schema.not-multiple-of.problem", params: { divisor: issue.divisor } },
        { id: "schema.not-multiple-of.fix", params: { divisor: issue.divisor } },
      );
    case "invalid_union": {
      // When the value has the right type for exactly one alternative and only its contents are
      // wrong, report that inner problem: it names the deeper path and the precise fix.
      const deeper = issue.errors.filter(
        (alternative) => alternative.length > 0 && alternative.every((i) => i.path.length > 0),
      );
      if (deeper.length === 1) return zodIssueToConfigError(deeper[0]![0]!, root, path);
      const target = schemaAt(root, path);
      const shapes =
        target instanceof z.ZodUnion
          ? (target.options as z.ZodType[]).map(describeShape)
          : undefined;
      const received = describeInput(issue.input);
      return error(
        path,
        {
          id:
            issue.inclusive === false
              ? "schema.union-many-matches.problem"
              : "schema.no-union-match.problem",
          params: { received },
        },
        shapes === undefined
          ? { id: "schema.docs.fix" }
          : { id: "schema.union.fix", params: { shapes } },
      );
    }
    case "invalid_key":
      return error(
        path,
        { id: "schema.invalid-key.problem", params: { received: describeInput(issue.input) } },
        { id: "schema.docs.fix" },
      );
    case "invalid_element": {
      const inner = issue.issues[0];
      return inner === undefined
        ? error(
            path,
            { id: "schema.invalid-key.problem", params: { received: describeInput(issue.key) } },
            { id: "schema.docs.fix" },
          )
        : zodIssueToConfigError(inner, root, [...path, issue.key as PropertyKey]);
    }
    case "custom": {
      const base = (issue.params as { configMessage?: string } | undefined)?.configMessage;
      if (base !== undefined)
        return error(
          path,
          { id: `${base}.problem` as ConfigMessageId },
          { id: `${base}.fix` as ConfigMessageId },
        );
      return error(
        path,
        { id: "schema.custom.problem", params: { message: issue.message } },
        { id: "schema.docs.fix" },
      );
    }
  }
}
