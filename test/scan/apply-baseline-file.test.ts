import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  applyBaselineFile,
  BaselineError,
  loadConfig,
  scanProject,
  updateBaselineFile,
  type BaselineFile,
} from "../../analyzers/index.js";

// The public API only, no CLI: what a build script or another tool calls.
const project = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../fixtures/scan-cross-file",
);
const scan = scanProject({ cwd: project, paths: [], config: loadConfig(), locale: "en" });
const dir = mkdtempSync(path.join(tmpdir(), "pipl-baseline-api-"));

const fieldPaths = (findings: readonly { fieldPath: string }[]) => findings.map((f) => f.fieldPath);

describe("applyBaselineFile", () => {
  it("drops the findings the baseline accepts, keeps new ones and lists entries that no longer occur", () => {
    const [accepted, ...rest] = scan.findings;
    const baseline: BaselineFile = {
      version: 1,
      tool: "pipl-guard",
      entries: [
        {
          fingerprint: accepted!.fingerprint,
          ruleId: accepted!.ruleId,
          category: accepted!.category,
          file: accepted!.range.file,
          fieldPath: accepted!.fieldPath,
          sink: accepted!.sink.id,
        },
        {
          fingerprint: "f".repeat(32),
          ruleId: "pipl/no-unconsented-logging",
          category: "contact.mobile",
          file: "src/removed.ts",
          fieldPath: "user.mobile",
          sink: "console",
          reason: "fixed since",
        },
      ],
    };
    writeFileSync(path.join(dir, "accepted.json"), JSON.stringify(baseline));

    const result = applyBaselineFile(scan, "accepted.json", { cwd: dir });

    expect(accepted).toMatchObject({ category: "contact.mobile", fieldPath: "customer.mobile" });
    expect(fieldPaths(result.findings)).toEqual(["customer.idNumber", '"110***********002X"']);
    expect(result.findings).toEqual(rest);
    expect(result.baseline).toEqual({
      file: "accepted.json",
      matched: 1,
      stale: [
        {
          fingerprint: "f".repeat(32),
          ruleId: "pipl/no-unconsented-logging",
          category: "contact.mobile",
          file: "src/removed.ts",
          fieldPath: "user.mobile",
          reason: "fixed since",
        },
      ],
    });
    // The rest of the scan is untouched: the inventory still lists the accepted flow.
    expect(result.inventory).toEqual(scan.inventory);
    expect(result.categories).toEqual(scan.categories);
  });

  it("rejects a malformed baseline with an error naming the file, the path and the fix", () => {
    const file = path.join(dir, "malformed.json");
    writeFileSync(file, '{"version":1,"tool":"pipl-guard","entries":[{"fingerprint":"x"}]}');
    const apply = () => applyBaselineFile(scan, file);
    expect(apply).toThrow(BaselineError);
    expect(apply).toThrow(
      /^baseline .*malformed\.json: at entries\[0\]\.fingerprint: .*32-character hex.*regenerate it with --update-baseline\.$/,
    );
  });

  it("says how to create a baseline that does not exist", () => {
    expect(() => applyBaselineFile(scan, "missing.json", { cwd: dir })).toThrow(
      /^cannot read baseline .*missing\.json: ENOENT\. Create it with --update-baseline\.$/,
    );
  });
});

describe("updateBaselineFile", () => {
  it("accepts every finding, keeps the reasons people wrote, and the next scan reports none", () => {
    const file = path.join(dir, "nested", "baseline.json");
    const first = updateBaselineFile(scan, file);
    expect(first.written.entries).toHaveLength(3);
    expect(first.scan.findings).toEqual([]);
    expect(first.scan.baseline).toEqual({ file, matched: 3, stale: [] });

    const edited = JSON.parse(readFileSync(file, "utf8")) as BaselineFile;
    edited.entries[0]!.reason = "CRM processing agreement, ticket PRIV-7";
    writeFileSync(file, JSON.stringify(edited));
    const second = updateBaselineFile(scan, file);
    const reasons = second.written.entries.map((e) => [e.fingerprint, e.reason]);
    expect(reasons).toContainEqual([
      edited.entries[0]!.fingerprint,
      "CRM processing agreement, ticket PRIV-7",
    ]);
    expect(reasons.filter(([, reason]) => reason !== undefined)).toHaveLength(1);

    const applied = applyBaselineFile(scan, file);
    expect(applied.findings).toEqual([]);
    expect(applied.baseline).toMatchObject({ matched: 3, stale: [] });
  });

  it("leaves a malformed baseline as it is and says why", () => {
    const file = path.join(dir, "not-json.json");
    writeFileSync(file, "{");
    expect(() => updateBaselineFile(scan, file)).toThrow(
      /baseline .*not-json\.json is not valid JSON/,
    );
    expect(readFileSync(file, "utf8")).toBe("{");
  });
});
