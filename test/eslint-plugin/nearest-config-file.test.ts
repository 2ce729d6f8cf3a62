import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PiplRuleOptions } from "../../eslint-plugin/rule-options.js";
import { projectEslint } from "./support/lint-project.js";

/*
 * A project whose pipl-guard.config.json sits two folders above the linted file and teaches one
 * field name (`badgeCode` is a resident ID): the rules find it without a `config` option, the
 * option overrides it, and an edit takes effect on the next lint in the same process.
 */
const dir = mkdtempSync(path.join(tmpdir(), "pipl-guard-nearest-config-"));
const configFile = path.join(dir, "pipl-guard.config.json");
const linted = "src/people/badge.ts";
mkdirSync(path.join(dir, "src/people"), { recursive: true });
writeFileSync(
  path.join(dir, "tsconfig.json"),
  JSON.stringify({ compilerOptions: { strict: true, module: "NodeNext" }, include: ["src"] }),
);
writeFileSync(
  path.join(dir, linted),
  "export function show(p: { badgeCode: string }): void {\n  console.log(p.badgeCode);\n}\n",
);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const teachesBadgeCode = {
  fieldPatterns: { add: [{ category: "resident-id", names: ["badgeCode"] }] },
};

/** Writes the config and moves its modification time on, as an editor's save does. */
function save(config: object, secondsLater: number): void {
  writeFileSync(configFile, JSON.stringify(config));
  const at = new Date(Date.now() + secondsLater * 1000);
  utimesSync(configFile, at, at);
}

async function lint(options?: PiplRuleOptions): Promise<string[]> {
  const [result] = await projectEslint(dir, options).lintFiles([linted]);
  return result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
}

describe("a pipl-guard.config.json above the linted file", () => {
  it("is found without a config option", async () => {
    save(teachesBadgeCode, 1);
    const messages = await lint();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^2:15 pipl\/no-unconsented-logging `p\.badgeCode` \(/);
    expect(messages[0]).toContain("(居民身份证号码 resident ID number) → `console.log`");
  });

  it("gives way to the config option", async () => {
    save(teachesBadgeCode, 2);
    expect(await lint({ config: {} })).toEqual([]);
  });

  it("is read again when it changes, and the defaults apply once it is deleted", async () => {
    save(teachesBadgeCode, 3);
    expect(await lint()).toHaveLength(1);
    save({}, 4);
    expect(await lint()).toEqual([]);
    save(teachesBadgeCode, 5);
    expect(await lint()).toHaveLength(1);
    rmSync(configFile);
    expect(await lint()).toEqual([]);
  });

  it("reports its problem on the linted file, naming the path", async () => {
    save({ locales: "en" }, 6);
    const messages = await lint();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^1:1 pipl\/\S+ .*locales/);
  });
});
