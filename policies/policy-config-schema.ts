import type { PolicyConfigSchema } from "@pulumi/policy";
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema.js";
import { z } from "zod";
import type { Locale } from "../analyzers/messages/locale.js";
import { policyOptionDescriptions } from "../analyzers/messages/policy-option-descriptions.js";
import {
  policyOptionsSchema,
  type PolicyOptionName,
} from "../analyzers/resources/policy-options.js";

/*
 * The option schemas the engine validates `--policy-pack-config` against, generated from the zod
 * schema the evaluation parses with, so the two cannot drift. Draft 7 is the JSON Schema the
 * @pulumi/policy types describe; "input" because the engine checks what users write (a default
 * still shows as `default`). Generated once per process: zod is loaded by the pack anyway, and the
 * conversion is a walk over five small schemas.
 */
let optionSchemas: Readonly<Record<string, PolicyConfigJSONSchema>> | undefined;

function generatedOptionSchemas(): Readonly<Record<string, PolicyConfigJSONSchema>> {
  optionSchemas ??= z.toJSONSchema(policyOptionsSchema, { target: "draft-7", io: "input" })
    .properties as Record<string, PolicyConfigJSONSchema>;
  return optionSchemas;
}

/** The config schema of a policy taking `options`, their descriptions worded in `locale`. */
export function policyConfigSchema(
  options: readonly PolicyOptionName[],
  locale: Locale,
): PolicyConfigSchema {
  const schemas = generatedOptionSchemas();
  return {
    properties: Object.fromEntries(
      options.map((option) => [
        option,
        { ...schemas[option], description: policyOptionDescriptions[option][locale] },
      ]),
    ),
  };
}
