import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Typed linting and the scanner need a program without type errors; the app declares its
// third-party modules in examples/app/types so this holds with no install in examples/app.
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

describe("examples/app", () => {
  it("type-checks with its own tsconfig and the type shims, without installing its dependencies", () => {
    const run = spawnSync(process.execPath, [tsc, "-p", "examples/app/tsconfig.json", "--noEmit"], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
