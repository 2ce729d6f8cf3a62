import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { policyRecords } from "../../analyzers/policies/index.js";
import { resourceTypesByProvider } from "../../analyzers/resources/resource-types.js";
import { ruleRecords } from "../../analyzers/rules/rule-records.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const analyzers = path.join(root, "analyzers");
const readme = readFileSync(path.join(analyzers, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## To add X, touch these files"));

/** The paths written in backticks in the "To add X" section. */
const paths = [...section.matchAll(/`([\w./<>-]+\/[\w./<>-]*)`/g)].map(([, p]) => p!);

/** A path as the section writes it: under analyzers/, else from the repository root. */
function resolve(written: string): string | undefined {
  for (const base of [analyzers, root]) {
    const full = path.join(base, written);
    if (existsSync(full)) return full;
  }
  return undefined;
}

/** The TypeScript files of a folder of the tree. */
function tsFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder))
    .filter((f) => f.endsWith(".ts"))
    .sort();
}

describe("analyzers/README.md: to add X, touch these files", () => {
  it("names files and folders that exist", () => {
    expect(paths.length).toBeGreaterThan(20);
    const missing = paths
      .filter((p) => !p.includes("<name>"))
      .filter((p) => resolve(p) === undefined);
    expect(missing).toEqual([]);
  });

  it("names per-item paths whose folder holds one such file for every rule and policy", () => {
    const placeholders = paths.filter((p) => p.includes("<name>"));
    expect(placeholders.length).toBeGreaterThanOrEqual(8);
    for (const record of ruleRecords)
      for (const p of [
        `analyzers/rules/${record.name}.ts`,
        `eslint-plugin/rules/${record.name}.ts`,
        record.docsPath,
        `test/eslint-plugin/${record.name}.test.ts`,
      ])
        expect(existsSync(path.join(root, p)), p).toBe(true);
    for (const record of policyRecords)
      for (const p of [
        `analyzers/policies/${record.id}.ts`,
        `policies/${record.id}.ts`,
        `policies/docs/${record.id}.md`,
        `test/policies/${record.id}.test.ts`,
      ])
        expect(existsSync(path.join(root, p)), p).toBe(true);
  });

  it("lists every provider table of resources/resource-types/", () => {
    const listed = [...section.matchAll(/`([\w-]+\.ts)`/g)].map(([, file]) => file!);
    // One table per provider, named after it (aws.ts); the folder's other modules are helpers.
    for (const provider of Object.keys(resourceTypesByProvider)) {
      const table = `${provider}.ts`;
      expect(tsFiles("analyzers/resources/resource-types"), table).toContain(table);
      expect(listed, table).toContain(table);
    }
  });

  it("lists every sink catalogue family", () => {
    const families = tsFiles("analyzers/sinks").filter((f) => /-sinks\.ts$/.test(f));
    // default-sinks.ts assembles the families; it is not one.
    const listed = paths.filter((p) => p.startsWith("sinks/")).map((p) => p.slice("sinks/".length));
    expect(listed.sort()).toEqual(families.filter((f) => f !== "default-sinks.ts"));
  });
});
