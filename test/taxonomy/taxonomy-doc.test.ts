import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { categories, legalBases } from "../../analyzers/index.js";

const doc = readFileSync(new URL("../../analyzers/docs/taxonomy.md", import.meta.url), "utf8");

/** Table rows as trimmed cells, keyed by the first cell (Prettier pads the columns). */
const rows = new Map(
  doc
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .map((cells) => [cells[0], cells] as const),
);

test("the taxonomy doc lists every built-in category with its aliases and sensitivity", () => {
  for (const c of categories) {
    const cells = rows.get(`\`${c.id}\``);
    expect(cells, c.id).toBeDefined();
    expect(cells?.[1], c.id).toBe(c.aliases.map((a) => `\`${a}\``).join(", "));
    expect(cells?.[3], c.id).toBe(c.sensitivity);
    expect(cells?.[4], c.id).toBe(c.legalBasis.map((b) => `\`${b}\``).join(", "));
  }
});

test("the taxonomy doc lists every legal basis with its citation", () => {
  for (const b of legalBases) expect(rows.get(`\`${b.id}\``)?.[1], b.id).toBe(b.citation.en);
});
