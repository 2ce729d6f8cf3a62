import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/*
 * The README's two flat configs, copied verbatim into new projects that install pipl-guard next to
 * ESLint 9 (`eslint`) or ESLint 10 (the dev dependency `eslint10`, an npm alias), linted by the
 * real ESLint CLI: the typed config on a TypeScript project (the config file itself is linted
 * without type information, not rejected by the project service), the plain one on an Egg-style
 * JavaScript project, with and without a jsconfig.json. Runs on dist/ as an installed package
 * does (`npm test` builds first).
 */
const root = fileURLToPath(new URL("../../", import.meta.url));
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const [typedConfig, javascriptConfig] = [
  ...readme.matchAll(/^```js\n(\/\/ eslint\.config\.m?js[\s\S]*?)^```/gm),
].map((m) => m[1]!);

const work = mkdtempSync(path.join(tmpdir(), "pipl-guard-readme-config-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const eslintVersions = { "ESLint 9": "eslint", "ESLint 10": "eslint10" } as const;

/** A new project: its files, and node_modules holding pipl-guard and the given packages. */
function project(
  name: string,
  files: Record<string, string>,
  packages: Record<string, string>,
): string {
  const dir = path.join(work, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  symlinkSync(root, path.join(dir, "node_modules/pipl-guard"), "dir");
  for (const [as, real] of Object.entries(packages))
    symlinkSync(path.join(root, "node_modules", real), path.join(dir, "node_modules", as), "dir");
  return dir;
}

/** `file:line:column ruleId` of every message of the ESLint CLI's JSON output in `dir`. */
function lint(dir: string): string[] {
  const run = spawnSync(
    process.execPath,
    ["node_modules/eslint/bin/eslint.js", "--format", "json", "."],
    {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, PIPL_GUARD_ESLINT_MODE: "" },
    },
  );
  expect(run.stdout, run.stderr).not.toBe("");
  const results = JSON.parse(run.stdout) as {
    filePath: string;
    messages: { ruleId: string | null; line: number; column: number; message: string }[];
  }[];
  return results.flatMap((r) =>
    r.messages.map(
      (m) => `${path.relative(dir, r.filePath)}:${m.line}:${m.column} ${m.ruleId ?? m.message}`,
    ),
  );
}

const userService = [
  "export interface User {",
  "  id: string;",
  "  mobile: string;",
  "}",
  "export function onLogin(user: User): void {",
  '  console.log("login", user.mobile);',
  "}",
  "",
].join("\n");

const eggController = [
  'const { Controller } = require("egg");',
  "",
  "class UserController extends Controller {",
  "  async login() {",
  "    const { ctx } = this;",
  '    ctx.logger.info("login", ctx.request.body.mobile);',
  "  }",
  "}",
  "",
  "module.exports = UserController;",
  "",
].join("\n");

describe("the README's flat configs in a new project", () => {
  it("are found in the README", () => {
    expect(
      existsSync(path.join(root, "dist/eslint-plugin/index.js")),
      "run `npm run build` first",
    ).toBe(true);
    expect(typedConfig).toContain('from "eslint/config"');
    expect(typedConfig).toContain("defineConfig(");
    expect(javascriptConfig).toContain("defineConfig(pipl.configs.recommended)");
  });

  it.each(Object.entries(eslintVersions))(
    "%s: the typed config reports a TypeScript file and lints the config file itself",
    (label, eslint) => {
      const dir = project(
        `typescript-${eslint}`,
        {
          "package.json": JSON.stringify({ type: "module", private: true }),
          "tsconfig.json": JSON.stringify({
            compilerOptions: { strict: true, module: "nodenext", target: "es2022", noEmit: true },
            include: ["src"],
          }),
          "eslint.config.js": typedConfig!,
          "src/user-service.ts": userService,
        },
        { eslint, "typescript-eslint": "typescript-eslint", typescript: "typescript" },
      );
      expect(lint(dir), label).toEqual(["src/user-service.ts:6:24 pipl/no-unconsented-logging"]);
    },
  );

  it.each(Object.entries(eslintVersions))(
    "%s: the JavaScript config reports an Egg controller read by names",
    (label, eslint) => {
      const dir = project(
        `javascript-${eslint}`,
        {
          "package.json": JSON.stringify({ private: true }),
          "eslint.config.mjs": javascriptConfig!,
          "app/controller/user.js": eggController,
        },
        { eslint },
      );
      expect(lint(dir), label).toEqual(["app/controller/user.js:6:30 pipl/no-unconsented-logging"]);
    },
  );

  it("ESLint 10: the JavaScript config reads JSDoc types with a jsconfig.json (checkJs)", () => {
    const dir = project(
      "javascript-jsconfig",
      {
        "package.json": JSON.stringify({ private: true }),
        "jsconfig.json": JSON.stringify({ compilerOptions: { checkJs: true }, include: ["lib"] }),
        "eslint.config.mjs": javascriptConfig!,
        "lib/notify.js": [
          "/** @param {{ id: string, mobile: string }} member */",
          "export function notify(member) {",
          "  console.log(member);",
          "}",
          "",
        ].join("\n"),
      },
      { eslint: "eslint10" },
    );
    expect(lint(dir)).toEqual(["lib/notify.js:3:15 pipl/no-unconsented-logging"]);
  });
});
