import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScanArgs } from "../../analyzers/cli/parse-scan-args.js";

const workflow = readFileSync(new URL("../../examples/ci/pipl-guard.yml", import.meta.url), "utf8");
/** The `run:` commands of the workflow's steps. */
const runs = [...workflow.matchAll(/^\s+- run: (.+?)(?:\s+#.*)?$/gm)].map(
  ([, command]) => command!,
);

describe("examples/ci/pipl-guard.yml", () => {
  it("installs, lints, scans to SARIF and uploads it even when the scan fails", () => {
    expect(runs).toEqual([
      "npm ci",
      "npx eslint .",
      "npx pipl-guard scan --format sarif --output pipl-guard.sarif",
    ]);
    expect(workflow).toMatch(/uses: github\/codeql-action\/upload-sarif@v3\n\s+if: always\(\)/);
    expect(workflow).toMatch(/sarif_file: pipl-guard\.sarif/);
    expect(workflow).toMatch(/security-events: write/);
  });

  it("passes the scanner flags it accepts", () => {
    const scan = runs.find((r) => r.startsWith("npx pipl-guard "))!;
    const args = parseScanArgs(scan.split(" ").slice(2));
    expect(args).toMatchObject({ command: "scan", format: "sarif", output: "pipl-guard.sarif" });
  });
});
