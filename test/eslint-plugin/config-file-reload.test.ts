import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { projectEslint } from "./support/lint-project.js";

const projectDir = fileURLToPath(new URL("../fixtures/eslint-project/", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "pipl-guard-config-reload-"));
const configFile = path.join(dir, "pipl-guard.config.json");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the config and moves its modification time on, as an editor's save does. */
function save(text: string, secondsLater: number): void {
  writeFileSync(configFile, text);
  const at = new Date(Date.now() + secondsLater * 1000);
  utimesSync(configFile, at, at);
}

async function lint(): Promise<{ problems: number; findings: number }> {
  // A new ESLint instance each time, in one process: the plugin module (and its config cache)
  // stays loaded, as in an IDE's ESLint server.
  const [result] = await projectEslint(projectDir, { config: configFile }).lintFiles([
    "src/citizen-service.ts",
  ]);
  const messages = result!.messages;
  const problems = messages.filter((m) => m.messageId === "configProblem").length;
  return { problems, findings: messages.length - problems };
}

describe("a config file edited while ESLint runs", () => {
  it("takes effect on the next lint without restarting the process", async () => {
    save("{}", 1);
    const first = await lint();
    expect(first).toEqual({ problems: 0, findings: expect.any(Number) });
    expect(first.findings).toBeGreaterThan(0);

    save('{ "categories": [{ "id": "Not An Id" }] }', 2);
    expect(await lint()).toEqual({ problems: 1, findings: 0 });

    save("{}", 3);
    expect(await lint()).toEqual(first);
  });

  it("reports a config file deleted between two lints, and reads it again once restored", async () => {
    save("{}", 4);
    const before = await lint();
    rmSync(configFile);
    expect(await lint()).toEqual({ problems: 1, findings: 0 });
    save("{}", 5);
    expect(await lint()).toEqual(before);
  });
});
