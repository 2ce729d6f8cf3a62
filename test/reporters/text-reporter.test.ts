import { describe, expect, it } from "vitest";
import { textReporter } from "../../analyzers/reporters/text-reporter.js";
import { sampleScanResult } from "./support/sample-scan-result.js";

// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[\d+m/;

describe("text reporter", () => {
  it("groups findings under their file with position, message and rule", () => {
    const out = textReporter(sampleScanResult(), { color: false });
    const lines = out.split("\n");
    expect(lines[0]).toBe("src/a.ts");
    expect(lines[1]).toMatch(/^ {2}4:15 +error {2}Personal information reaches the log sink/);
    expect(lines[1]).toMatch(/pipl\/no-unconsented-logging$/);
    expect(lines[2]).toContain("idNumber (src/model.ts:3:3) → user (src/a.ts:4:15)");
    expect(lines[4]).toBe("src/crm/send.ts");
    expect(lines[5]).toContain("pipl/no-unconsented-transfer");
  });

  it("summarises the count, files scanned, baselined findings and stale entries", () => {
    const out = textReporter(sampleScanResult(), { color: false });
    expect(out).toContain("✖ 2 findings (3 files scanned, 1 accepted by the baseline)");
    expect(out).toContain("Baseline entries that no longer occur (1):");
    expect(out).toContain("src/old.ts  row.realName  basic.name");
  });

  it("says there is nothing new when there are no findings", () => {
    const out = textReporter(sampleScanResult({ findings: [], baseline: undefined }), {
      color: false,
    });
    expect(out).toBe("No new findings. (3 files scanned)\n");
  });

  it("counts one finding and one file in the singular", () => {
    const result = sampleScanResult({ baseline: undefined, filesScanned: 1 });
    const out = textReporter(
      { ...result, findings: result.findings.slice(0, 1) },
      { color: false },
    );
    expect(out.trimEnd().split("\n").at(-1)).toBe("✖ 1 finding (1 file scanned)");
  });

  it("uses colours only when asked", () => {
    expect(textReporter(sampleScanResult(), { color: false })).not.toMatch(ansi);
    expect(textReporter(sampleScanResult(), { color: true })).toMatch(ansi);
  });

  it("prints Chinese labels for the zh-CN locale", () => {
    const out = textReporter(sampleScanResult({ locale: "zh-CN" }), { color: false });
    expect(out).toContain("已不再出现的基线条目");
    expect(out).toContain("个文件已扫描");
  });
});
