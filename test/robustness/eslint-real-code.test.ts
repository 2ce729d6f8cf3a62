import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Linter } from "eslint";
import ts from "typescript";
import tseslint from "typescript-eslint";
import { afterAll, describe, expect, it } from "vitest";
import plugin from "../../eslint-plugin/index.js";
import { corpora, overSizeLimit, root, sample, walk } from "./real-code-corpora.js";

/*
 * The three rules through ESLint with typescript-eslint's typed parser over the same real
 * third-party code the engine test analyses (its corpora and sampling), in the plugin's default
 * `auto` mode (wrapping typescript-eslint's program): no exception out of ESLint, no
 * `analysisFailed` report, and each file linted within a time bound. A smaller sample per corpus
 * than the engine test (60 files, ~20 s in all) keeps the run under a minute;
 * PIPL_ESLINT_REAL_CODE_FILES changes it. Reports on the third-party code itself are allowed (it
 * may log what looks like PI).
 */

const cap = Number(process.env.PIPL_ESLINT_REAL_CODE_FILES ?? 60);

/** 3 s per file (parse, rules and, for the first file, the program's checker), plus 1 s per 100 KB. */
function budgetMs(file: string): number {
  return 3_000 + Math.floor(statSync(file).size / 100_000) * 1_000;
}

/*
 * A canary linted with the same linter and program as each corpus: it must be reported, so a
 * setup in which the rules silently do nothing (no type information, file not in the program)
 * fails instead of passing on third-party code that happens to hold no PI.
 */
const canaryDir = mkdtempSync(path.join(tmpdir(), "pipl-guard-eslint-real-code-"));
const canary = path.join(canaryDir, "canary.ts");
writeFileSync(
  canary,
  "interface Person { idNumber: string }\nexport function f(p: Person) {\n  console.log(p.idNumber);\n}\n",
);
afterAll(() => rmSync(canaryDir, { recursive: true, force: true }));

describe("ESLint rules: real code from installed packages", () => {
  for (const corpus of corpora) {
    it(`lints ${corpus.name} with the three rules, no crash and within the per-file bound`, () => {
      const files = sample(walk(path.join(root, corpus.dir)).filter(corpus.match), cap);
      expect(files.length).toBeGreaterThan(10);
      const program = ts.createProgram([...files, canary], {
        allowJs: true,
        checkJs: false,
        noResolve: true,
        noEmit: true,
        skipLibCheck: true,
        target: ts.ScriptTarget.ESNext,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        types: [],
      });
      const config: Linter.Config[] = [
        // Extensions ESLint does not lint by default; the object below applies to every file.
        { files: ["**/*.ts", "**/*.mts", "**/*.cts"] },
        {
          // The packages' own eslint-disable comments name rules of their setups, not ours.
          linterOptions: { reportUnusedDisableDirectives: "off" },
          plugins: { pipl: plugin as never },
          languageOptions: {
            parser: tseslint.parser as Linter.Parser,
            parserOptions: { programs: [program] },
          },
          rules: {
            "pipl/no-unconsented-logging": "error",
            "pipl/no-unconsented-export": "error",
            "pipl/no-unconsented-transfer": "error",
          },
        },
      ];
      const linter = new Linter({ configType: "flat", cwd: root });
      const failures: string[] = [];
      const slow: string[] = [];
      for (const file of files) {
        const name = path.relative(root, file);
        const text = readFileSync(file, "utf8");
        const started = performance.now();
        try {
          const messages = linter.verify(text, config, { filename: file });
          // Over the default size limit (the vendored 8 MB typescript.js): not analysed, and said
          // once on line 1, whatever else.
          const tooLarge = messages.filter((m) => m.messageId === "fileTooLarge");
          if (overSizeLimit(file) !== (tooLarge.length === 1) || tooLarge.length > 1)
            failures.push(`${name}: ${tooLarge.length} fileTooLarge reports`);
          const ours = messages.filter((m) => m.ruleId?.startsWith("pipl/"));
          if (overSizeLimit(file) && ours.length !== 1)
            failures.push(`${name}: ${ours.length} pipl reports on a file not analysed`);
          for (const m of messages) {
            // A parse error, a file the setup does not lint, or a plugin failure.
            if (
              m.fatal ||
              /No matching configuration/.test(m.message) ||
              m.messageId === "analysisFailed" ||
              m.messageId === "configProblem"
            )
              failures.push(`${name}:${m.line}:${m.column}: ${m.message}`);
          }
        } catch (error) {
          failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        }
        const ms = performance.now() - started;
        if (ms > budgetMs(file)) slow.push(`${name}: ${Math.round(ms)} ms`);
      }
      expect(failures).toEqual([]);
      expect(slow).toEqual([]);
      // Reports on third-party code are allowed (it may log what looks like PI); the count only
      // shows the rules ran.
      // Files outside the linter's cwd match no config: the canary gets a linter of its own.
      const canaryLinter = new Linter({ configType: "flat", cwd: canaryDir });
      const canaryMessages = canaryLinter.verify(readFileSync(canary, "utf8"), config, {
        filename: canary,
      });
      expect(canaryMessages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
        ["pipl/no-unconsented-logging", 3, 15],
      ]);
    }, 120_000);
  }
});
