import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { ResourceTypeSpecInput } from "../../analyzers/resources/resource-type-spec.js";
import {
  resourceTypes,
  resourceTypesByProvider,
} from "../../analyzers/resources/resource-types.js";

const tablesDir = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../analyzers/resources/resource-types",
);

/** Every module in `resource-types/` that exports a `…ResourceTypes` table, by file name. */
async function providerModules(): Promise<Map<string, readonly ResourceTypeSpecInput[]>> {
  const modules = new Map<string, readonly ResourceTypeSpecInput[]>();
  for (const file of readdirSync(tablesDir)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    const exports = (await import(pathToFileURL(join(tablesDir, file)).href)) as Record<
      string,
      unknown
    >;
    const tables = Object.entries(exports).filter(([name]) => name.endsWith("ResourceTypes"));
    if (tables.length === 0) continue;
    expect(
      tables.map(([name]) => name),
      `${file} exports one table`,
    ).toHaveLength(1);
    modules.set(basename(file, ".ts"), tables[0]![1] as readonly ResourceTypeSpecInput[]);
  }
  return modules;
}

const providerOf = (type: string) => type.slice(0, type.indexOf(":"));

describe("built-in resource types, one table per provider", () => {
  it("finds a table for each provider the catalog assembles, and none it leaves out", async () => {
    const modules = await providerModules();
    expect([...modules.keys()].sort()).toEqual(Object.keys(resourceTypesByProvider).sort());
    for (const [provider, table] of modules) expect(resourceTypesByProvider[provider]).toBe(table);
  });

  it("keeps only its own provider's type tokens in each module (aws: in aws.ts)", async () => {
    for (const [provider, table] of await providerModules()) {
      const strays = table.map((t) => t.type).filter((type) => providerOf(type) !== provider);
      expect(strays, `${provider}.ts holds other providers' tokens`).toEqual([]);
    }
  });

  it("lists every type token exactly once across the provider modules", async () => {
    const tokens = [...(await providerModules()).values()].flat().map((t) => t.type);
    const repeated = tokens.filter((type, i) => tokens.indexOf(type) !== i);
    expect(repeated).toEqual([]);
    expect(new Set(tokens)).toEqual(new Set(resourceTypes.map((t) => t.type)));
  });

  it("assembles the catalog provider by provider, in the order of resourceTypesByProvider", () => {
    expect(resourceTypes.map((t) => t.type)).toEqual(
      Object.values(resourceTypesByProvider)
        .flat()
        .map((t) => t.type),
    );
    expect([...new Set(resourceTypes.map((t) => providerOf(t.type)))]).toEqual([
      "aws",
      "alicloud",
      "azure-native",
      "tencentcloud",
      "huaweicloud",
      "gcp",
    ]);
  });
});
