import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../analyzers/config/load-config.js";
import { scanProject } from "../../analyzers/scan/scan-project.js";
import { projectEslint } from "./support/lint-project.js";

/*
 * A helper in another module that logs or sends its parameter: in shared mode the rules summarise
 * it on the first call from a linted file and report at the call site, as `pipl-guard scan` does;
 * isolated mode follows helpers of the linted file only.
 */
const dir = mkdtempSync(path.join(tmpdir(), "pipl-guard-cross-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = {
  "tsconfig.json": JSON.stringify({
    compilerOptions: { strict: true, module: "nodenext", target: "es2022", noEmit: true },
    include: ["src"],
  }),
  "src/audit.ts": [
    "export function audit(event: string, detail: string): void {",
    "  console.info(event, detail);",
    "}",
    "export function audited(detail: string): string {",
    '  return detail.length > 0 ? "yes" : "no";',
    "}",
    "",
  ].join("\n"),
  "src/user-service.ts": [
    'import { audit, audited } from "./audit.js";',
    "export interface User {",
    "  id: string;",
    "  mobile: string;",
    "}",
    "export function onLogin(user: User): void {",
    '  audit("login", user.mobile);',
    '  audit("login", user.id);',
    '  audit("checked", audited(user.mobile));',
    "}",
    "",
  ].join("\n"),
};
for (const [file, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

async function lint(mode: "shared" | "isolated"): Promise<string[]> {
  const [result] = await projectEslint(dir, { mode }).lintFiles(["src/user-service.ts"]);
  return result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
}

describe("a helper of another module that logs its parameter", () => {
  it("is reported at the call site in shared mode, naming the helper as the sink", async () => {
    expect(await lint("shared")).toEqual([
      "7:18 pipl/no-unconsented-logging `user.mobile` (手机号码 mobile phone number) → `audit`: logged without consent (PIPL Art. 14); wrap it in `mask(…)` or check consent first.",
    ]);
  });

  it("is where lint and scan agree", async () => {
    const scan = scanProject({ cwd: dir, paths: [], config: loadConfig({}), locale: "en" });
    const scanned = scan.findings.map(
      (f) => `${f.range.file}:${f.range.line}:${f.range.column} ${f.ruleId}`,
    );
    const linted = (await lint("shared")).map(
      (m) => `src/user-service.ts:${m.split(" ").slice(0, 2).join(" ")}`,
    );
    expect(linted).toEqual(scanned);
  });

  it("is not followed in isolated mode, which reads helpers of the linted file only", async () => {
    expect(await lint("isolated")).toEqual([]);
  });
});
