import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import {
  configJsonSchema,
  configJsonSchemaPath,
} from "../../analyzers/config/config-json-schema.js";
import { loadConfig } from "../../analyzers/config/load-config.js";

const root = new URL("../../", import.meta.url);
const shipped = JSON.parse(readFileSync(new URL(configJsonSchemaPath, root), "utf8")) as object;
const validate = new Ajv({ strict: false, allErrors: true }).compile(shipped);

/** The example configs users copy: each names the shipped schema with `$schema`. */
const exampleConfigs = ["examples/custom-config/pipl-guard.config.json"];

/** The ```json blocks of a doc page that are whole configs (objects). */
function jsonBlocks(docPath: string): object[] {
  const text = readFileSync(new URL(docPath, root), "utf8");
  return [...text.matchAll(/^```json\n([\s\S]*?)^```/gm)].map((m) => JSON.parse(m[1]!) as object);
}

describe("the config's JSON Schema", () => {
  it("is the one generated from the zod schema (regenerate: npm run build && node test/support/write-config-schema.mjs)", () => {
    expect(shipped).toEqual(configJsonSchema());
  });

  it.each(exampleConfigs)("accepts %s, which references it with $schema", (file) => {
    const config = JSON.parse(readFileSync(new URL(file, root), "utf8")) as { $schema?: string };
    expect(new URL(config.$schema!, new URL(file, root)).href).toBe(
      new URL(configJsonSchemaPath, root).href,
    );
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(() => loadConfig(new URL(file, root).pathname)).not.toThrow();
  });

  it("accepts the configuration doc's examples, which loadConfig accepts", () => {
    const examples = jsonBlocks("analyzers/docs/configuration.md");
    expect(examples.length).toBeGreaterThan(1);
    for (const example of examples) {
      expect(() => loadConfig(example)).not.toThrow();
      expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it.each([
    ["a misspelt top-level key", { locales: "en" }, ""],
    ["an unknown locale", { locale: "fr" }, "/locale"],
    [
      "a category without a name",
      { categories: [{ id: "x", sensitivity: "general" }] },
      "/categories/0",
    ],
  ])("rejects %s where loadConfig does", (_name, config, path) => {
    expect(() => loadConfig(config)).toThrow();
    expect(validate(config)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(path);
  });
});
