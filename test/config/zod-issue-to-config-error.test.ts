import { describe, expect, it } from "vitest";
import { z } from "zod";
import { zodIssueToConfigError } from "../../analyzers/config/zod-issue-to-config-error.js";
import { englishRuns } from "./english-runs.js";

/** The ConfigError for the first issue of parsing `input` with `schema`. */
function errorFor(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) throw new Error("expected the input to fail");
  const error = zodIssueToConfigError(parsed.error.issues[0]!, schema);
  expect(englishRuns(error.format("zh-CN"))).toEqual([]);
  return { path: error.path, problem: error.problem, fix: error.fix, suggestion: error.suggestion };
}

const object = z.strictObject({
  name: z.string().min(1),
  count: z.number().int().min(0).max(9),
  ratio: z.number().gt(0).lt(1),
  step: z.number().multipleOf(5),
  tags: z.array(z.string()).min(2).max(3),
  pair: z.array(z.string()).length(2),
  code: z.string().length(4),
  label: z.string().min(3).max(5),
  mode: z.enum(["fast", "safe"]),
  email: z.email(),
  slug: z.string().regex(/^[a-z]+$/),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case id"),
  on: z.boolean(),
  flags: z.set(z.string()),
  scores: z.map(z.string(), z.number()),
  either: z.union([z.string(), z.strictObject({ from: z.number() })]),
  checked: z.string().refine((v) => v !== "no", { message: "must not be no" }),
});
const valid = {
  name: "n",
  count: 1,
  ratio: 0.5,
  step: 10,
  tags: ["a", "b"],
  pair: ["a", "b"],
  code: "abcd",
  label: "abcd",
  mode: "fast",
  email: "a@example.com",
  slug: "abc",
  id: "my-id",
  on: true,
  flags: new Set(["x"]),
  scores: new Map([["x", 1]]),
  either: "x",
  checked: "yes",
};
const withValue = (key: string, value: unknown) => ({ ...valid, [key]: value });

describe("zod issues become ConfigErrors in plain words, for every issue code", () => {
  it("invalid_type: names the expected and received types with articles", () => {
    expect(errorFor(object, withValue("name", 3))).toEqual({
      path: "name",
      problem: "expected a string, got the number 3",
      fix: "write a string here (see docs/configuration.md).",
      suggestion: undefined,
    });
    expect(errorFor(object, withValue("tags", {})).problem).toBe(
      "expected an array, got an object",
    );
    expect(errorFor(object, withValue("on", "yes")).problem).toBe(
      "expected true or false, got 'yes'",
    );
    expect(errorFor(object, withValue("count", 1.5)).problem).toBe(
      "expected a whole number, got the number 1.5",
    );
    expect(errorFor(z.object({ a: z.object({}) }), { a: null }).problem).toBe(
      "expected an object, got null",
    );
  });

  it("invalid_type on a missing field: says the field is required and what to write", () => {
    const { name: _name, ...rest } = valid;
    expect(errorFor(object, rest)).toMatchObject({
      path: "name",
      problem: "this field is required",
      fix: "add it, with a string as its value (see docs/configuration.md).",
    });
    const required = z.object({ a: z.string().optional() }).required({ a: true });
    expect(errorFor(required, {})).toMatchObject({
      path: "a",
      problem: "this field is required",
      fix: "add it, with a string as its value (see docs/configuration.md).",
    });
  });

  it("unrecognized_keys: lists the valid keys and suggests the closest", () => {
    expect(errorFor(z.strictObject({ locale: z.string() }), { locale: "en", lcale: 1 })).toEqual({
      path: "lcale",
      problem: "unknown key 'lcale'",
      fix: "remove it; valid keys here are: locale.",
      suggestion: "locale",
    });
  });

  it("invalid_value: lists the allowed values", () => {
    expect(errorFor(object, withValue("mode", "fsat"))).toEqual({
      path: "mode",
      problem: "'fsat' is not allowed",
      fix: "use one of: 'fast', 'safe'.",
      suggestion: "fast",
    });
    expect(errorFor(z.literal("all"), "any").fix).toBe("use one of: 'all'.");
  });

  it("too_small: empty strings and lists, minimum lengths, counts and numbers", () => {
    expect(errorFor(object, withValue("name", ""))).toMatchObject({
      problem: "must not be empty",
      fix: "write a non-empty value.",
    });
    expect(errorFor(z.array(z.string()).min(1), [])).toMatchObject({
      problem: "must not be empty",
      fix: "list at least one entry.",
    });
    expect(errorFor(object, withValue("tags", ["a"]))).toMatchObject({
      problem: "must have at least 2 entries",
      fix: "list at least 2 entries.",
    });
    expect(errorFor(object, withValue("label", "ab"))).toMatchObject({
      problem: "must be at least 3 characters long",
      fix: "write at least 3 characters.",
    });
    expect(errorFor(object, withValue("count", -1))).toMatchObject({
      problem: "must be at least 0",
      fix: "use a number of at least 0.",
    });
    expect(errorFor(object, withValue("ratio", 0))).toMatchObject({
      problem: "must be greater than 0",
      fix: "use a number greater than 0.",
    });
  });

  it("too_big: maximum lengths, counts and numbers", () => {
    expect(errorFor(object, withValue("tags", ["a", "b", "c", "d"]))).toMatchObject({
      problem: "must have at most 3 entries",
      fix: "remove entries until there are at most 3.",
    });
    expect(errorFor(object, withValue("label", "abcdef"))).toMatchObject({
      problem: "must be at most 5 characters long",
      fix: "shorten it to 5 characters or fewer.",
    });
    expect(errorFor(object, withValue("count", 10))).toMatchObject({
      problem: "must be at most 9",
      fix: "use a number of at most 9.",
    });
    expect(errorFor(object, withValue("ratio", 1))).toMatchObject({
      problem: "must be less than 1",
      fix: "use a number less than 1.",
    });
  });

  it("too_small/too_big with an exact size", () => {
    expect(errorFor(object, withValue("pair", ["a"]))).toMatchObject({
      problem: "must have exactly 2 entries",
      fix: "write exactly 2 (see docs/configuration.md).",
    });
    expect(errorFor(object, withValue("code", "abcde")).problem).toBe(
      "must be exactly 4 characters long",
    );
  });

  it("too_small on another origin: states the bound", () => {
    expect(errorFor(z.date().min(new Date(1000)), new Date(0)).problem).toMatch(
      /^is out of range \(>= 1000\)$/,
    );
  });

  it("invalid_format: uses the schema's description, else the pattern or format name", () => {
    expect(errorFor(object, withValue("id", "My Id"))).toMatchObject({
      path: "id",
      problem: "'My Id' is not a kebab-case id",
      fix: "write a kebab-case id here (see docs/configuration.md).",
    });
    expect(errorFor(object, withValue("slug", "A1")).problem).toBe(
      "'A1' is not a value matching `/^[a-z]+$/`",
    );
    expect(errorFor(object, withValue("email", "nope")).problem).toBe(
      "'nope' is not a valid `email`",
    );
  });

  it("cuts long quoted values", () => {
    expect(errorFor(object, withValue("mode", "x".repeat(200))).problem).toBe(
      `'${"x".repeat(60)}…' is not allowed`,
    );
  });

  it("not_multiple_of: names the divisor", () => {
    expect(errorFor(object, withValue("step", 7))).toMatchObject({
      problem: "must be a multiple of 5",
      fix: "use a multiple of 5.",
    });
  });

  it("invalid_union: lists the allowed forms, or reports the inner problem of the one that fits", () => {
    expect(errorFor(object, withValue("either", 3))).toMatchObject({
      path: "either",
      problem: "expected one of the allowed forms, got the number 3",
      fix: "write one of: a string, an object with the keys `from` (see docs/configuration.md).",
    });
    expect(errorFor(object, withValue("either", { from: "x" }))).toMatchObject({
      path: "either.from",
      problem: "expected a number, got 'x'",
    });
    const exclusive = z.xor([z.string(), z.string().min(1)]);
    expect(errorFor(exclusive, "a").problem).toBe("'a' matches more than one of the allowed forms");
  });

  it("invalid_key and invalid_element: name the key or the element's own problem", () => {
    expect(errorFor(z.record(z.string().max(1), z.number()), { b: 1, bb: 2 })).toMatchObject({
      path: "bb",
      problem: "'bb' is not a valid key here",
      fix: "see docs/configuration.md for the expected shape.",
    });
    expect(errorFor(object, withValue("scores", new Map([["x", "1"]])))).toMatchObject({
      path: "scores.x",
      problem: "expected a number, got '1'",
    });
  });

  it("custom: shows a refinement's message, or its catalogue message", () => {
    expect(errorFor(object, withValue("checked", "no"))).toMatchObject({
      path: "checked",
      problem: "must not be no",
      fix: "see docs/configuration.md for the expected shape.",
    });
    const catalogued = z
      .object({})
      .refine(() => false, { params: { configMessage: "schema.field-pattern-terms" } });
    expect(errorFor(catalogued, {})).toMatchObject({
      problem: "needs names, tokens or pattern",
      fix: "add names, tokens or pattern (see docs/configuration.md).",
    });
  });
});
