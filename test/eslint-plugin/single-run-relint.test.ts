import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { afterAll, describe, expect, it } from "vitest";
import plugin from "../../eslint-plugin/index.js";

const projectDir = fileURLToPath(new URL("../fixtures/eslint-project/", import.meta.url));
const ci = process.env.CI;
afterAll(() => {
  if (ci === undefined) delete process.env.CI;
  else process.env.CI = ci;
});

/** The recommended config with typescript-eslint inferring a single run (as under CI=true). */
function singleRunEslint(): ESLint {
  return new ESLint({
    cwd: projectDir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ["**/*.ts"],
        ...plugin.configs.recommended,
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { project: "./tsconfig.json", tsconfigRootDir: projectDir },
        },
      } as never,
    ],
  });
}

describe("relinting in one process under typescript-eslint's single-run inference (CI=true)", () => {
  it("reports the same findings on every lint, never an analysis failure", async () => {
    // The second parse of a file in a single run gets typescript-eslint's single-file fallback
    // program (no imports resolved), on which TypeScript 6.0's checker throws: the plugin analyses
    // such files in isolated mode instead.
    process.env.CI = "true";
    const rounds: string[][] = [];
    for (let round = 0; round < 3; round++) {
      const [result] = await singleRunEslint().lintFiles(["src/citizen-service.ts"]);
      rounds.push(result!.messages.map((m) => `${m.ruleId} ${m.messageId} ${m.line}:${m.column}`));
    }
    expect(rounds[0]).toEqual([
      "pipl/no-unconsented-logging noConsent 6:28",
      "pipl/no-unconsented-export noConsent 11:33",
      "pipl/no-unconsented-transfer noConsent 15:47",
      "pipl/no-unconsented-logging noConsent 19:13",
    ]);
    expect(rounds[1]).toEqual(rounds[0]);
    expect(rounds[2]).toEqual(rounds[0]);
  });
});
