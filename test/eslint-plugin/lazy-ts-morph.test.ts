import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../policies/support/ensure-built.js";

const script = fileURLToPath(new URL("./support/lint-and-list-loaded.mjs", import.meta.url));

interface Loaded {
  reports: string[];
  tsMorph: boolean;
  bundledTypescript: boolean;
}

/** A lint of the fixture project in a fresh process (the built plugin), and what it loaded. */
function lintInProcess(mode: "shared" | "isolated", env: Record<string, string> = {}): Loaded {
  const out = execFileSync(process.execPath, [script, mode], {
    encoding: "utf8",
    env: { ...process.env, PIPL_GUARD_ESLINT_MODE: "", PIPL_GUARD_ENGINE_TYPESCRIPT: "", ...env },
    stdio: ["ignore", "pipe", "ignore"],
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Loaded;
}

describe("what a lint loads", () => {
  let isolated: Loaded;
  beforeAll(() => {
    ensureBuilt();
    isolated = lintInProcess("isolated");
  }, 120_000);

  it("in isolated mode loads ts-morph and its TypeScript copy (what the probe sees)", () => {
    expect(isolated).toMatchObject({ tsMorph: true, bundledTypescript: true });
    expect(isolated.reports.length).toBeGreaterThan(0);
  });

  it("in shared mode loads neither ts-morph nor its TypeScript copy, and reports the same", () => {
    const shared = lintInProcess("shared");
    expect(shared).toEqual({ reports: isolated.reports, tsMorph: false, bundledTypescript: false });
  }, 60_000);

  it("reports the same when the engine calls ts-morph's TypeScript (PIPL_GUARD_ENGINE_TYPESCRIPT)", () => {
    const bundled = lintInProcess("shared", { PIPL_GUARD_ENGINE_TYPESCRIPT: "bundled" });
    expect(bundled).toEqual({ reports: isolated.reports, tsMorph: true, bundledTypescript: true });
  }, 60_000);
});
