import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readExpected } from "./support/read-expected.js";
import { readMarkers } from "./support/read-markers.js";

// EXPECTED.md is the contract the ESLint rules and the scanner are tested against; these tests
// keep it true to the example code it describes (line numbers, rules, silent cases).
const appRoot = fileURLToPath(new URL("../../examples/app/", import.meta.url));
const spec = readExpected(`${appRoot}EXPECTED.md`);
const markers = readMarkers(appRoot);
const ruleIds = [
  "pipl/no-unconsented-logging",
  "pipl/no-unconsented-export",
  "pipl/no-unconsented-transfer",
  "pipl/no-unconsented-cross-border",
];
const reasons = [
  "no-consent",
  "consent-for-other-category",
  "general-consent-for-sensitive",
  "no-cross-border-consent",
];

/** The identifier a row's field reaches the sink through: after "via", else the field's root. */
function sinkRoot(field: string): string {
  const through = field.includes(" via ") ? field.split(" via ")[1]! : field;
  return /[A-Za-z_$][\w$]*/.exec(through)![0];
}

describe("examples/app/EXPECTED.md", () => {
  it("parses into findings, silent cases and totals", () => {
    expect(spec.findings.length).toBeGreaterThan(40);
    expect(spec.silent.length).toBeGreaterThan(25);
    expect(spec.totals.get("all")).toBe(spec.findings.length);
  });

  it("uses only the sink rules' ids and the finding reasons", () => {
    for (const f of spec.findings) {
      expect(ruleIds, `${f.file}:${f.line}`).toContain(f.rule);
      expect(reasons, `${f.file}:${f.line}`).toContain(f.reason);
      expect(f.category, `${f.file}:${f.line}`).toMatch(/^[a-z]+(\.[a-z-]+)*$/);
    }
  });

  it("points every finding at a line annotated with a ❌ marker naming the same rule", () => {
    for (const f of spec.findings) {
      const marker = markers.find((m) => m.file === f.file && m.line === f.line);
      expect(marker, `${f.file}:${f.line} has no marker above it`).toBeDefined();
      expect(marker!.kind, `${f.file}:${f.line}`).toBe("finding");
      expect(marker!.rule, `${f.file}:${f.line}`).toBe(f.rule);
      expect(marker!.code, `${f.file}:${f.line} should mention ${sinkRoot(f.field)}`).toContain(
        sinkRoot(f.field),
      );
    }
  });

  it("lists every ❌ marker of the source as at least one finding with its rule", () => {
    for (const m of markers.filter((x) => x.kind === "finding")) {
      const rows = spec.findings.filter((f) => f.file === m.file && f.line === m.line);
      expect(rows.length, `${m.file}:${m.line} is not in EXPECTED.md`).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.rule))).toEqual(new Set([m.rule]));
    }
  });

  it("lists every ✅ marker as a silent case, and every silent case has a ✅ marker", () => {
    const silentMarkers = markers.filter((m) => m.kind === "silent");
    expect(silentMarkers.map((m) => `${m.file}:${m.line}`).sort()).toEqual(
      spec.silent.map((s) => `${s.file}:${s.line}`).sort(),
    );
  });

  it("keeps findings out of the compliant and trap files", () => {
    expect(spec.findings.filter((f) => !f.file.startsWith("src/violations/"))).toEqual([]);
    expect(
      markers.filter((m) => m.kind === "finding" && !m.file.startsWith("src/violations/")),
    ).toEqual([]);
  });

  it("states per-file totals that match the rows", () => {
    for (const [file, total] of spec.totals) {
      if (file === "all") continue;
      expect(spec.findings.filter((f) => f.file === file).length, file).toBe(total);
    }
  });
});
