import type { z } from "zod";
import { ConfigError } from "../config/config-error.js";
import { zodIssueToConfigError } from "../config/zod-issue-to-config-error.js";

/**
 * Parse one config-supplied spec, or throw a `ConfigError` naming the config path (`where` and the
 * path inside the spec), the problem and the fix from the config catalogue, in any locale through
 * `format(locale)`, instead of a raw schema error.
 *
 * @throws ConfigError for the first problem of the spec.
 */
export function parseSpec<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: string,
): z.output<S> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return parsed.data;
  const inner = zodIssueToConfigError(parsed.error.issues[0]!, schema);
  const path =
    inner.path === ""
      ? where
      : inner.path.startsWith("[")
        ? `${where}${inner.path}`
        : `${where}.${inner.path}`;
  throw new ConfigError(path, inner.problemText, inner.fixText, inner.suggestion);
}
