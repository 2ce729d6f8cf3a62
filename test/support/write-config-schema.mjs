// Writes pipl-guard.config.schema.json, the JSON Schema of the config generated from its zod schema
// (formatted as Prettier would). Run after changing a config section's schema (a test fails until
// then): `npm run build && node test/support/write-config-schema.mjs`.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import {
  configJsonSchema,
  configJsonSchemaPath,
} from "../../dist/analyzers/config/config-json-schema.js";

const target = fileURLToPath(new URL(`../../${configJsonSchemaPath}`, import.meta.url));
const options = (await resolveConfig(target)) ?? {};
writeFileSync(
  target,
  await format(JSON.stringify(configJsonSchema()), { ...options, filepath: target }),
);
