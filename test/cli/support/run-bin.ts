import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The built `pipl-guard` bin as package.json declares it (`npm test` builds first). */
export const binPath = path.join(root, "dist/analyzers/cli/main.js");

/** The result of one run of the real binary. */
export interface BinRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node [nodeArgs] dist/analyzers/cli/main.js ...args` in `cwd`, no TTY, no colour variables. */
export function runBin(
  args: readonly string[],
  cwd: string,
  nodeArgs: readonly string[] = [],
): BinRun {
  if (!existsSync(binPath)) throw new Error(`${binPath} is missing: run \`npm run build\` first`);
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [...nodeArgs, binPath, ...args], {
    cwd,
    encoding: "utf8",
    env,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh copy of a fixture project under the OS temp dir (tests write baselines and reports). */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `pipl-${name}-`));
  cpSync(path.join(root, "test/fixtures", name), dir, { recursive: true });
  return dir;
}
