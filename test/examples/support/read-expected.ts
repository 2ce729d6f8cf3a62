import { readFileSync } from "node:fs";

/** One row of the "Findings" tables of `examples/app/EXPECTED.md`. */
export interface ExpectedFinding {
  file: string;
  line: number;
  rule: string;
  field: string;
  category: string;
  reason: string;
}

/**
 * One row of the "Cross-file additions" table: a flow only `pipl-guard scan` follows, reported in
 * addition to the "Findings" rows. `field` is the masked literal as reported, `` `"138****8000"` ``
 * without its backticks; `from` is where the literal sits (`user-repository:10`).
 */
export interface ExpectedCrossFileFinding {
  file: string;
  line: number;
  rule: string;
  field: string;
  from: string;
  category: string;
}

/** One row of the "Silent" table. */
export interface ExpectedSilence {
  file: string;
  line: number;
  why: string;
}

/** The parsed specification. */
export interface ExpectedSpec {
  findings: ExpectedFinding[];
  crossFile: ExpectedCrossFileFinding[];
  silent: ExpectedSilence[];
  /** Per-file totals from the "Totals" table, `all` included. */
  totals: Map<string, number>;
}

function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split("|")
    .map((c) => c.trim());
}

/**
 * Parse `EXPECTED.md`: `### <file>` headings under "## Findings" followed by
 * `| Line | Rule | Field | Category | Reason |` rows, the "## Cross-file additions" table
 * (`| File | Line | Rule | Field | Category |`), the "## Silent" table
 * (`| File | Line | Why |`) and the "## Totals" table.
 */
export function readExpected(path: string): ExpectedSpec {
  const spec: ExpectedSpec = { findings: [], crossFile: [], silent: [], totals: new Map() };
  let section = "";
  let file = "";
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const line = raw.trim();
    if (line.startsWith("## ")) section = line.slice(3);
    else if (line.startsWith("### ")) file = line.slice(4);
    if (!line.startsWith("|") || /^\|\s*-/.test(line)) continue;
    const c = cells(line);
    if (section === "Findings" && /^\d+$/.test(c[0] ?? "")) {
      const [lineNo, rule, field, category, reason] = c as [string, string, string, string, string];
      spec.findings.push({ file, line: Number(lineNo), rule, field, category, reason });
    } else if (section.startsWith("Cross-file additions") && /^\d+$/.test(c[1] ?? "")) {
      const [at, lineNo, rule, field, category] = c as [string, string, string, string, string];
      const [, literal = field, from = ""] = /^`([^`]*)`\s*(?:\(([^)]*)\))?$/.exec(field) ?? [];
      spec.crossFile.push({ file: at, line: Number(lineNo), rule, field: literal, from, category });
    } else if (section === "Silent" && /^\d+$/.test(c[1] ?? "")) {
      spec.silent.push({ file: c[0]!, line: Number(c[1]), why: c[2]! });
    } else if (section === "Totals" && /^\d+$|^\*\*\d+\*\*$/.test(c[1] ?? "")) {
      spec.totals.set(c[0]!.replaceAll("*", ""), Number(c[1]!.replaceAll("*", "")));
    }
  }
  return spec;
}
