import { describe, expect, it } from "vitest";
import { jsonReporter } from "../../analyzers/reporters/json-reporter.js";
import { sampleScanResult } from "./support/sample-scan-result.js";

describe("json reporter", () => {
  it("writes the scan result with a format version, losslessly", () => {
    const result = sampleScanResult();
    const parsed = JSON.parse(jsonReporter(result, { color: false })) as Record<string, unknown>;
    expect(parsed.formatVersion).toBe(1);
    const { formatVersion: _, ...rest } = parsed;
    expect(rest).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it("keeps the documented top-level keys in a stable order", () => {
    const text = jsonReporter(sampleScanResult(), { color: false });
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      "formatVersion",
      "tool",
      "root",
      "locale",
      "filesScanned",
      "findings",
      "categories",
      "inventory",
      "baseline",
    ]);
    expect(jsonReporter(sampleScanResult(), { color: false })).toBe(text);
  });
});
