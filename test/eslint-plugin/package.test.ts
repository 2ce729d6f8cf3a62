import { existsSync, readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import plugin from "../../eslint-plugin/index.js";

const docsDir = new URL("../../eslint-plugin/docs/rules/", import.meta.url);
const rulesDir = new URL("../../eslint-plugin/rules/", import.meta.url);
const packageJson = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
) as { name: string; version: string };

describe("the plugin package", () => {
  const ids = Object.keys(plugin.rules).sort();

  it("exposes the rules with the fixed ids, one file per rule", () => {
    expect(ids).toEqual([
      "no-unconsented-cross-border",
      "no-unconsented-export",
      "no-unconsented-logging",
      "no-unconsented-transfer",
      "valid-annotations",
    ]);
    const files = readdirSync(rulesDir).map((f) => f.replace(/\.ts$/, ""));
    expect(files.sort()).toEqual(ids);
  });

  it("names itself and its version from package.json", () => {
    expect(plugin.meta).toEqual({
      name: `${packageJson.name}/eslint-plugin`,
      version: packageJson.version,
    });
  });

  it("has a doc page per rule, titled with the rule id and starting with its description", () => {
    const pages = readdirSync(docsDir).filter((f) => f.endsWith(".md"));
    expect(pages.map((p) => p.replace(/\.md$/, "")).sort()).toEqual(ids);
    for (const [id, rule] of Object.entries(plugin.rules)) {
      const page = readFileSync(new URL(`${id}.md`, docsDir), "utf8");
      expect(page.split("\n")[0]).toBe(`# pipl/${id}`);
      expect(page).toContain(rule.meta.docs!.description);
      for (const section of ["## Why", "## Examples", "## Options", "## How to fix"]) {
        expect(page).toContain(section);
      }
      expect(rule.meta.docs!.url).toMatch(new RegExp(`/eslint-plugin/docs/rules/${id}\\.md$`));
    }
  });

  it("derives recommended from meta.docs.recommended (at its level) and strict from every rule", () => {
    const recommended = Object.entries(plugin.rules)
      .filter(([, rule]) => rule.meta.docs!.recommended)
      .map(([id, rule]) => [`pipl/${id}`, rule.meta.docs!.recommendedLevel ?? "error"]);
    expect(Object.entries(plugin.configs.recommended.rules ?? {}).sort()).toEqual(
      recommended.sort(),
    );
    expect(Object.keys(plugin.configs.strict.rules ?? {}).sort()).toEqual(
      ids.map((id) => `pipl/${id}`),
    );
    expect(plugin.configs.recommended.plugins?.["pipl"]).toBe(plugin);
  });

  it("describes every option of every rule and uses create's options, not context.options", () => {
    for (const [id, rule] of Object.entries(plugin.rules)) {
      const [schema] = rule.meta.schema as unknown as [
        { properties: Record<string, { description?: string }> },
      ];
      for (const [name, property] of Object.entries(schema.properties)) {
        expect(property.description, `${id} option ${name}`).toMatch(/\S{10,}/);
      }
      const source = readFileSync(new URL(`${id}.ts`, rulesDir), "utf8");
      expect(source).not.toContain("context.options");
    }
    expect(
      existsSync(new URL("../../eslint-plugin/create-sink-listener.ts", import.meta.url)),
    ).toBe(true);
  });
});
