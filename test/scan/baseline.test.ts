import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyBaseline } from "../../analyzers/scan/apply-baseline.js";
import { BaselineError } from "../../analyzers/scan/baseline-error.js";
import { formatBaselineFile, readBaselineFile } from "../../analyzers/scan/baseline-file.js";
import { updateBaseline } from "../../analyzers/scan/update-baseline.js";
import { sampleScanResult } from "../reporters/support/sample-scan-result.js";

const findings = sampleScanResult().findings;
const dir = mkdtempSync(join(tmpdir(), "pipl-baseline-"));

function write(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe("baseline", () => {
  it("round-trips through its file format, sorted by file", () => {
    const baseline = updateBaseline(findings, undefined);
    const file = write("round.json", formatBaselineFile(baseline));
    const read = readBaselineFile(file);
    expect(read.entries.map((e) => e.file)).toEqual(["src/a.ts", "src/crm/send.ts"]);
    expect(read.entries[0]).toEqual({
      fingerprint: findings[0]!.fingerprint,
      ruleId: "pipl/no-unconsented-logging",
      category: "identity.resident-id",
      file: "src/a.ts",
      fieldPath: "user.idNumber",
      sink: "console",
    });
  });

  it("accepts baselined findings, reports new ones and entries that no longer occur", () => {
    const baseline = updateBaseline([findings[0]!], undefined);
    baseline.entries.push({ ...baseline.entries[0]!, fingerprint: "f".repeat(32), reason: "old" });
    const cmp = applyBaseline(findings, baseline);
    expect(cmp.matched).toEqual([findings[0]]);
    expect(cmp.fresh).toEqual([findings[1]]);
    expect(cmp.stale).toEqual([
      {
        fingerprint: "f".repeat(32),
        ruleId: "pipl/no-unconsented-logging",
        category: "identity.resident-id",
        file: "src/a.ts",
        fieldPath: "user.idNumber",
        reason: "old",
      },
    ]);
  });

  it("keeps the reasons people wrote when it is updated, and drops entries that are gone", () => {
    const previous = updateBaseline(findings, undefined);
    previous.entries[1]!.reason = "CRM contract, ticket PRIV-7";
    previous.entries.push({ ...previous.entries[0]!, fingerprint: "e".repeat(32) });
    const next = updateBaseline(findings, previous);
    expect(next.entries).toHaveLength(2);
    expect(next.entries[1]!.reason).toBe("CRM contract, ticket PRIV-7");
    expect(next.entries[0]!.reason).toBeUndefined();
  });

  it.each([
    ["not JSON", "{", /is not valid JSON/],
    [
      "wrong shape",
      '{"version":2,"tool":"pipl-guard","entries":[]}',
      /at version: .*--update-baseline/,
    ],
    [
      "bad fingerprint",
      '{"version":1,"tool":"pipl-guard","entries":[{"fingerprint":"x","ruleId":"r","category":"c","file":"f","fieldPath":"p","sink":"s"}]}',
      /at entries\[0\]\.fingerprint: .*32-character hex/,
    ],
  ])("rejects a baseline that is %s with a clear error", (name, content, message) => {
    const file = write(`${name}.json`, content);
    expect(() => readBaselineFile(file)).toThrow(BaselineError);
    expect(() => readBaselineFile(file)).toThrow(message);
  });

  it("says how to create a missing baseline", () => {
    expect(() => readBaselineFile(join(dir, "missing.json"))).toThrow(
      /cannot read baseline .*ENOENT.*--update-baseline/,
    );
  });
});
