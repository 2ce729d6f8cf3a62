import { z } from "zod";
import { configSchema } from "./config-schema.js";

/** Where the generated schema is shipped, relative to the package root. */
export const configJsonSchemaPath = "pipl-guard.config.schema.json";

/**
 * The JSON Schema of `pipl-guard.config.json`, generated from the zod schema `loadConfig` parses
 * with, so editors (VS Code through `"$schema"`) complete and check the file as it is typed and the
 * two cannot drift. Draft 7, which VS Code's JSON service implements in full; "input" because it
 * describes what users write (defaults show as `default`). Checks zod runs in code (a field pattern
 * needs names, tokens or a pattern; references between sections) stay with `loadConfig`.
 */
export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, { target: "draft-7", io: "input" });
  return {
    ...generated,
    title: "pipl-guard configuration",
    description:
      "One config for the pipl-guard ESLint rules, the scanner and the Pulumi policy pack: categories, field patterns, sinks, consent functions, sanitizers, regions, resource types. Reference: analyzers/docs/configuration.md.",
  };
}
