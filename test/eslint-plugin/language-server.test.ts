import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  consentLine,
  createWorkspace,
  readmeTypedConfig,
  serviceText,
  startEslintServer,
  type EslintServer,
} from "../bench/support/eslint-language-server.mjs";

/*
 * The editor as users run it: the real VS Code ESLint language server (vscode-langservers-extracted)
 * on a new project configured with the README's typed flat config, pipl-guard installed from this
 * repository's dist/ (`npm test` builds first). Diagnostics are pulled (`textDocument/diagnostic`)
 * after each edit; the server answers once it has linted the edited text.
 */
const root = fileURLToPath(new URL("../../", import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), "pipl-guard-language-server-"));
let server: EslintServer | undefined;

beforeAll(async () => {
  createWorkspace(work, readmeTypedConfig());
  server = await startEslintServer(work, { timeoutMs: 90_000 });
}, 120_000);

afterAll(async () => {
  try {
    await server?.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 120_000);

const withoutConsentCheck = serviceText
  .split("\n")
  .map((line, i) => (i === consentLine - 1 ? "" : line))
  .join("\n");

const pipl = (items: Diagnostic[]) => items.filter((d) => String(d.code).startsWith("pipl/"));

describe("the plugin in the VS Code ESLint language server (README config)", () => {
  it("runs on the built package", () => {
    expect(
      existsSync(path.join(root, "dist/eslint-plugin/index.js")),
      "run `npm run build` first",
    ).toBe(true);
    expect(serviceText.split("\n")[consentLine - 1]).toContain("requireConsent(user.id");
  });

  it("reports a mobile number logged once its consent check is removed, and stops once it is back", async () => {
    const s = server!;
    const uri = s.uri("src/user-service.ts");
    await s.open(uri, serviceText);
    expect(pipl(await s.diagnostics(uri)), s.log()).toEqual([]);

    await s.change(uri, withoutConsentCheck);
    const reported = pipl(await s.diagnostics(uri));
    expect(reported, s.log()).toEqual([
      expect.objectContaining({
        code: "pipl/no-unconsented-logging",
        source: "eslint",
        message:
          "`user.mobile` (手机号码 mobile phone number) → `console.log`: logged without consent (PIPL Art. 14); wrap it in `mask(…)` or check consent first.",
        range: { start: { line: 5, character: 23 }, end: { line: 5, character: 34 } },
      }),
    ]);

    await s.change(uri, serviceText);
    expect(pipl(await s.diagnostics(uri)), s.log()).toEqual([]);

    // A second round: the server's cached program follows the edits both ways.
    await s.change(uri, withoutConsentCheck);
    expect(pipl(await s.diagnostics(uri)).map((d) => d.code)).toEqual([
      "pipl/no-unconsented-logging",
    ]);
    await s.change(uri, serviceText);
    expect(pipl(await s.diagnostics(uri))).toEqual([]);
  }, 180_000);
});
