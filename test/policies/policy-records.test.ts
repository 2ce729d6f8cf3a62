import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { policyRecords as records, type PolicyRecord } from "../../analyzers/policies/index.js";
import { policyOptionsSchema } from "../../analyzers/resources/policy-options.js";
import { piplPolicies } from "../../policies/index.js";
import { packDir } from "./support/ensure-built.js";

/*
 * The policy records (analyzers/policies/) are what the pack derives its policies from; the doc
 * pages and the README tables are written by hand. These tests fail when one of them and the
 * records disagree, naming the policy and the column.
 */
// Widened to the record type: each record's literal types are not what is compared here.
const policyRecords: readonly PolicyRecord[] = records;
const root = path.resolve(packDir, "..");
const docsDir = path.join(packDir, "docs");
const read = (file: string) => readFileSync(file, "utf8");
const policies = piplPolicies({ env: {} });
const defaults = policyOptionsSchema.parse({}) as Record<string, unknown>;

/** The cells of a Markdown table row (`\|` inside a cell is not a separator). */
const cells = (row: string) =>
  row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());

/** The rows of the Markdown table whose header starts with `| <first> `, below its header. */
function table(markdown: string, first: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => cells(l)[0] === first);
  expect(start, `a table headed "${first}"`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(cells(line));
  }
  return rows;
}

/** A value as the doc tables write it: `["general", "sensitive"]`. */
const written = (value: unknown) => `\`${JSON.stringify(value).replace(/,/g, ", ")}\``;

/** What the pack README's Kind column says for a record's phases. */
const kind = (r: PolicyRecord) => (r.phases.length === 2 ? "resource + stack phase" : r.phases[0]!);

describe("policy records", () => {
  it("have unique ids, and a message id shared by two policies has one text", () => {
    expect(new Set(policyRecords.map((r) => r.id)).size).toBe(policyRecords.length);
    const texts = new Map<string, unknown>();
    for (const r of policyRecords)
      for (const [id, text] of Object.entries(r.messages)) {
        expect(texts.get(id) ?? text, `${r.id}: ${id}`).toBe(text);
        texts.set(id, text);
      }
  });

  for (const r of policyRecords)
    describe(r.id, () => {
      const policy = policies.find((p) => p.name === r.id);

      it("is in the pack with its phases, options, severity, tags and docs url", () => {
        expect(policy).toBeDefined();
        expect("validateResource" in policy!, "resource phase").toBe(r.phases.includes("resource"));
        expect("validateStack" in policy!, "stack phase").toBe(r.phases.includes("stack"));
        expect(Object.keys(policy!.configSchema!.properties)).toEqual(r.options);
        expect(policy!.severity).toBe(r.severity);
        expect(policy!.tags).toEqual(r.tags);
        expect(policy!.url!.endsWith(`/policies/docs/${r.docsPath}`)).toBe(true);
      });

      it("has its doc page, with its id, description, level, severity, kind and options", () => {
        const file = path.join(docsDir, r.docsPath);
        expect(existsSync(file), file).toBe(true);
        const doc = read(file);
        expect(doc.startsWith(`# ${r.id}\n\n${r.description.en}\n`)).toBe(true);
        expect(doc).toContain(
          `**Level:** ${policy!.enforcementLevel} · **Severity:** ${r.severity} ·`,
        );
        const docKind = /\*\*Kind:\*\* (resource policy with a stack phase|resource|stack)/.exec(
          doc,
        )?.[1];
        expect(docKind, "Kind").toBe(
          r.phases.length === 2 ? "resource policy with a stack phase" : r.phases[0],
        );
        const options = table(doc, "Option");
        expect(options.map(([option]) => option)).toEqual(r.options.map((o) => `\`${o}\``));
        for (const [option, value] of options)
          expect(value, `${option} default`).toBe(written(defaults[option!.slice(1, -1)]));
      });
    });

  it("leave no doc page without a record", () => {
    const pages = readdirSync(docsDir).filter((f) => f.endsWith(".md"));
    expect(pages.sort()).toEqual(policyRecords.map((r) => r.docsPath).sort());
  });
});

describe("policies/README.md", () => {
  const readme = read(path.join(packDir, "README.md"));

  it("lists every policy with its kind, level, law and doc page", () => {
    expect(table(readme, "Policy")).toEqual(
      policyRecords.map((r) => [
        `\`${r.id}\``,
        kind(r),
        policies.find((p) => p.name === r.id)!.enforcementLevel,
        r.law,
        `[docs](docs/${r.docsPath})`,
      ]),
    );
  });

  it("gives each option's default and the policies that take it", () => {
    const rows = table(readme, "Option");
    const options = [...new Set(policyRecords.flatMap((r) => r.options))];
    expect(rows.map(([option]) => /^`(\w+)`/.exec(option!)?.[1])).toEqual(options);
    for (const [cell, takers, value] of rows) {
      const option = /^`(\w+)`/.exec(cell!)![1]!;
      const expected = policyRecords.filter((r) =>
        (r.options as readonly string[]).includes(option),
      );
      // "all", or the ids without their "pi-"/"pi-store-" prefix.
      const named =
        takers === "all"
          ? policyRecords
          : takers!.split(", ").map((t) => policyRecords.find((r) => r.id.endsWith(`-${t}`)));
      expect(
        named.map((r) => r?.id),
        option,
      ).toEqual(expected.map((r) => r.id));
      expect(value!.startsWith(written(defaults[option])), `${option} default`).toBe(true);
    }
  });
});

describe("README.md", () => {
  it("lists every policy, linked to its doc page", () => {
    const rows = table(read(path.join(root, "README.md")), "Policy");
    expect(rows.map(([policy]) => policy)).toEqual(
      policyRecords.map((r) => `[\`${r.id}\`](policies/docs/${r.docsPath})`),
    );
  });
});
