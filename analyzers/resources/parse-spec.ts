import type { z } from "zod";

/**
 * Parse one config-supplied spec, or throw an error naming the config path, the problem and the
 * fix, instead of a raw schema error.
 */
export function parseSpec<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: string,
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${[where, ...i.path].join(".")}: ${i.message}`);
  throw new Error(
    `pipl-guard: invalid ${where}: ${issues.join("; ")}. Fix the entry to match the documented spec (see policies/README.md).`,
  );
}
