import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { copyFixture, runBin } from "./support/run-bin.js";

const probe = fileURLToPath(new URL("./support/list-loaded-typescript.mjs", import.meta.url));

describe("pipl-guard scan", () => {
  it("loads one TypeScript, ts-morph's, and not the installed typescript too", () => {
    const run = runBin(["scan", "--format", "json"], copyFixture("scan-cross-file"), [
      "--import",
      probe,
    ]);
    expect(run.status).toBe(1); // findings
    expect(JSON.parse(run.stdout).findings.length).toBe(3);
    const loaded = /^LOADED (.*)$/m.exec(run.stderr)?.[1];
    expect(JSON.parse(loaded ?? "null")).toEqual({
      userTypescript: false,
      bundledTypescript: true,
    });
  });
});
