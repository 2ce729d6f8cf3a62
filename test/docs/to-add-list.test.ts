import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { policyRecords } from "../../analyzers/policies/index.js";
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

/** Files of a folder of the tree, without the folder's helpers. */
function tsFiles(folder: string, except: string[] = []): string[] {
  return readdirSync(path.join(root, folder))
    .filter((f) => f.endsWith(".ts") && !except.includes(f))
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
    const listed = paths
      .filter((p) => /^`?[\w-]+\.ts$/.test(p))
      .concat(
        [...section.matchAll(/`([\w-]+\.ts)`/g)].map(([, f]) => f!).filter((f) => !f.includes("/")),
      );
    const tables = tsFiles("analyzers/resources/resource-types", [
      "fix-wording.ts",
      "property-conditions.ts",
    ]);
    for (const table of tables) expect(listed, table).toContain(table);
  });

  it("lists every sink catalogue family", () => {
    const families = tsFiles("analyzers/sinks").filter((f) => /-sinks\.ts$/.test(f));
    // default-sinks.ts assembles the families; it is not one.
    const listed = paths.filter((p) => p.startsWith("sinks/")).map((p) => p.slice("sinks/".length));
    expect(listed.sort()).toEqual(families.filter((f) => f !== "default-sinks.ts"));
  });
});
