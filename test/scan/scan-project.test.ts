import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../analyzers/config/load-config.js";
import { ScanInputError } from "../../analyzers/scan/scan-input-error.js";
import { scanProject } from "../../analyzers/scan/scan-project.js";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");
const crossFile = path.join(fixtures, "scan-cross-file");
const config = loadConfig();
const scan = scanProject({ cwd: crossFile, paths: [], config, locale: "en" });

describe("scanProject on scan-cross-file", () => {
  it("reports a helper in another module at its call site, with the path into that module", () => {
    const [crm] = scan.findings;
    expect(crm).toMatchObject({
      ruleId: "pipl/no-unconsented-transfer",
      category: "contact.mobile",
      fieldPath: "customer.mobile",
      sink: { id: "fetch" },
      reason: "no-consent",
      range: { file: "src/register.ts", line: 7, column: 19 },
      via: { callee: "sendToCrm", file: "src/crm-client.ts", line: 3 },
    });
    expect(crm!.flow.map((s) => `${s.file}:${s.line}`)).toEqual([
      "src/register.ts:7",
      "src/crm-client.ts:3",
      "src/register.ts:7",
    ]);
  });

  it("reports exactly the unprotected flows, masking the literal", () => {
    expect(scan.findings.map((f) => [f.range.file, f.range.line, f.category, f.fieldPath])).toEqual(
      [
        ["src/register.ts", 7, "contact.mobile", "customer.mobile"],
        ["src/register.ts", 9, "identity.resident-id", "customer.idNumber"],
        ["src/seed.ts", 3, "identity.resident-id", '"110***********002X"'],
      ],
    );
    expect(JSON.stringify(scan)).not.toContain("11010519491231002X");
  });

  it("records consented flows, flows under a declared basis and unprotected ones in the inventory", () => {
    const flows = scan.inventory.categories.flatMap((c) =>
      c.flows.map(
        (f) => `${c.category} ${f.kind} ${f.file}:${f.line} ${f.status} ${f.basis ?? ""}`,
      ),
    );
    expect(flows).toEqual([
      "basic.name log src/register.ts:21 lawful-basis legal-duty",
      "contact.mobile transfer src/register.ts:7 unprotected ",
      "contact.mobile transfer src/register.ts:14 consented ",
      "identity.resident-id log src/register.ts:9 unprotected ",
      "identity.resident-id log src/seed.ts:3 unprotected ",
    ]);
    expect(
      scan.inventory.categories.find((c) => c.category === "identity.resident-id")?.sources,
    ).toEqual([
      { file: "src/model.ts", line: 5, column: 3, label: "Customer.idNumber" },
      { file: "src/seed.ts", line: 3, column: 23, label: '"110***********002X"' },
    ]);
    expect(scan.inventory.declaredBases).toEqual([
      {
        file: "src/register.ts",
        line: 20,
        column: 1,
        functionName: "recordForAml",
        basis: "legal-duty",
        reason: "Anti-money-laundering record keeping",
      },
    ]);
  });

  it("describes every cited category with its names and legal bases", () => {
    expect(Object.keys(scan.categories)).toEqual([
      "basic.name",
      "contact.mobile",
      "identity.resident-id",
    ]);
    expect(scan.categories["identity.resident-id"]).toMatchObject({
      name: { en: "Resident ID number", "zh-CN": "居民身份证号码" },
      sensitivity: "sensitive",
    });
    // Every basis the taxonomy lists for the category, in its order, cited in both languages.
    const bases = scan.categories["identity.resident-id"]!.legalBases;
    expect(bases.map((b) => b.id)).toEqual([
      "gbt-35273-b1",
      "guiding-case-193",
      "spc-spp-2017-art-5-500",
      "spc-spp-2017-art-1",
    ]);
    expect(bases[1]!.citation.en).toContain("SPC Guiding Case No. 193");
    for (const basis of bases) {
      expect(basis.citation["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      expect(basis.summary.en.length).toBeGreaterThan(20);
    }
    expect(scan.skipped).toEqual([]);
  });

  it("gives the same result twice (stable order and fingerprints)", () => {
    const again = scanProject({ cwd: crossFile, paths: [], config, locale: "en" });
    expect(again.findings).toEqual(scan.findings);
    expect(new Set(scan.findings.map((f) => f.fingerprint)).size).toBe(3);
  });

  it("scans bare paths without a tsconfig", () => {
    const r = scanProject({ cwd: crossFile, paths: ["src/seed.ts"], config, locale: "en" });
    // The implicit ./tsconfig.json is used only when no paths are given.
    expect(r.root).toBe(crossFile);
    expect(r.filesScanned).toBe(1);
    expect(r.findings.map((f) => f.range.file)).toEqual(["src/seed.ts"]);
  });

  it("rejects a folder without tsconfig.json and a path that does not exist", () => {
    expect(() => scanProject({ cwd: fixtures, paths: [], config, locale: "en" })).toThrow(
      ScanInputError,
    );
    expect(() => scanProject({ cwd: crossFile, paths: ["nope.ts"], config, locale: "en" })).toThrow(
      "path not found: nope.ts",
    );
  });
});
