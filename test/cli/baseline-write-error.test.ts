import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../analyzers/cli/run-cli.js";

const project = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../fixtures/scan-cross-file",
);

async function runArgs(argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    cwd: project,
    env: {},
    stdout: { isTTY: false, write: (t: string) => (out += t) },
    stderr: { isTTY: false, write: (t: string) => (err += t) },
  });
  return { code, out, err };
}

describe("runCli --update-baseline", () => {
  it("exits 2 naming the flag when the baseline cannot be written", async () => {
    // A file where the baseline's folder should be: nothing is written.
    const r = await runArgs([
      "scan",
      "--baseline",
      "tsconfig.json/pipl-baseline.json",
      "--update-baseline",
    ]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(
      /^pipl-guard: cannot write --baseline tsconfig\.json\/pipl-baseline\.json: tsconfig\.json is a file, not a directory\. Choose a writable file path\.\n$/,
    );
  });

  it("exits 2 with the baseline's own problem when the existing file cannot be read", async () => {
    const r = await runArgs(["scan", "--baseline", "src", "--update-baseline"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^pipl-guard: cannot read baseline .*src: EISDIR\. Create it/);
  });
});
