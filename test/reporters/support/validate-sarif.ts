import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";

const require = createRequire(import.meta.url);
// The SARIF 2.1.0 (rtm.5) schema as published by Microsoft's SARIF team, shipped in this package.
const schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as object;

// unicodeRegExp off: the schema's `language` pattern is not valid with the `u` flag.
// Both are CommonJS with the class / function on `.default`.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Validates a SARIF log against the official 2.1.0 schema; returns the errors, empty when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((err) => `${err.instancePath} ${err.message ?? ""}`);
}
