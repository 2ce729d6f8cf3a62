import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../analyzers/cli/run-cli.js";

const project = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../fixtures/scan-cross-file",
);
// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[\d+m/;

async function run(isTTY: boolean, env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const code = await runCli(["scan"], {
    cwd: project,
    env,
    stdout: { isTTY, write: (t: string) => (out += t) },
    stderr: { isTTY, write: (t: string) => (err += t) },
  });
  return { code, out, err };
}

describe("runCli colours", () => {
  it("colours the text report on a TTY", async () => {
    const r = await run(true);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(ansi);
  });

  it("does not colour it when NO_COLOR is set", async () => {
    const r = await run(true, { NO_COLOR: "1" });
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(ansi);
    // A 5-file project draws no progress bar even on a TTY.
    expect(r.err).toBe("");
  });
});
