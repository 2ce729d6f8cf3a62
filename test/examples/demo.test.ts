import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The README's first command runs this on a fresh clone where later parts may not be built yet:
// it must finish with exit 0 and say, for each part, either what it found or that it is not built.
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

describe("examples/demo.mjs", () => {
  it("runs every step, reporting each as done or not built yet, and exits 0", () => {
    const run = spawnSync(process.execPath, ["examples/demo.mjs"], {
      cwd: repoRoot,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      timeout: 240_000,
    });
    expect(run.stderr).not.toMatch(/Error|failed/);
    expect(run.status).toBe(0);
    const sections = run.stdout.split(/\n(?=\d\. )/).slice(1);
    expect(sections.map((s) => s.split("\n")[0])).toEqual([
      "1. Lint examples/app with the ESLint plugin (pipl/recommended, typed)",
      "2. Scan examples/app with `pipl-guard scan`",
      "3. Evaluate examples/infra against the policy pack (engine protocol)",
    ]);
    for (const section of sections) {
      expect(section).not.toContain("failed:");
      expect(section).toMatch(
        /not built yet \(.+ is missing\)|Report(?: \(\w+\))?: reports\/demo\//,
      );
    }
  }, 300_000);
});
