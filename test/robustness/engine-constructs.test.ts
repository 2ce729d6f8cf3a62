import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ESLint, type Linter } from "eslint";
import { Project, ts } from "ts-morph";
import tseslint from "typescript-eslint";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeSourceFile } from "../../analyzers/engine/analyze-source-file.js";
import { loadConfig } from "../../analyzers/config/load-config.js";
import plugin from "../../eslint-plugin/index.js";
import { constructFiles, legacyDecoratorFiles } from "./construct-files.js";

/*
 * Every TypeScript construct, with PI flowing into a sink: the engine never throws and never
 * reports an internal error, and the ESLint rules (typed, as a user runs them) never crash.
 */

const config = loadConfig({});
const compilerOptions = {
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  jsx: ts.JsxEmit.Preserve,
  strict: true,
  lib: ["lib.esnext.d.ts", "lib.dom.d.ts"],
  types: [],
};

function analyseAll(files: Record<string, string>, experimentalDecorators: boolean) {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { ...compilerOptions, experimentalDecorators },
  });
  for (const [name, text] of Object.entries(files)) project.createSourceFile(`/src/${name}`, text);
  return Object.keys(files).map((name) => {
    const errors: unknown[] = [];
    const sf = project.getSourceFileOrThrow(`/src/${name}`);
    const result = analyzeSourceFile(sf, { config, onInternalError: (e) => errors.push(e) });
    return { name, errors, result };
  });
}

describe("engine: every TypeScript construct", () => {
  for (const [files, legacy] of [
    [constructFiles, false],
    [legacyDecoratorFiles, true],
  ] as const) {
    let cached: ReturnType<typeof analyseAll> | undefined;
    for (const name of Object.keys(files)) {
      it(`analyses ${name} without an exception or internal error`, () => {
        cached ??= analyseAll(files, legacy);
        const r = cached.find((x) => x.name === name)!;
        expect(r.errors).toEqual([]);
        expect(Array.isArray(r.result.findings)).toBe(true);
      });
    }
  }

  it("still finds the PI flows in the construct files (the crash tests analyse real flows)", () => {
    const results = analyseAll(constructFiles, false);
    const withFindings = results.filter((r) => r.result.findings.length > 0).map((r) => r.name);
    for (const name of ["enums.ts", "overloads.ts", "generators.ts", "jsx.tsx", "namespaces.ts"])
      expect(withFindings).toContain(name);
    for (const r of results) {
      for (const f of r.result.findings) {
        expect(f.kind).toBe("log");
        expect(f.category).toMatch(/^[a-z]+(\.[a-z-]+)+$/);
      }
    }
  });
});

describe("ESLint rules: every TypeScript construct", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  function writeProject(files: Record<string, string>, experimentalDecorators: boolean): string {
    const dir = mkdtempSync(path.join(tmpdir(), "pipl-constructs-"));
    dirs.push(dir);
    mkdirSync(path.join(dir, "src"));
    writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ESNext",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          jsx: "preserve",
          strict: true,
          lib: ["ESNext", "DOM"],
          types: [],
          experimentalDecorators,
          noEmit: true,
        },
        include: ["src"],
      }),
    );
    for (const [name, text] of Object.entries(files))
      writeFileSync(path.join(dir, "src", name), text);
    return dir;
  }

  function eslintFor(dir: string): ESLint {
    const recommended = plugin.configs.recommended as Linter.Config;
    return new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [
        {
          ...recommended,
          files: ["**/*.ts", "**/*.tsx"],
          languageOptions: {
            parser: tseslint.parser as Linter.Parser,
            parserOptions: {
              project: "./tsconfig.json",
              tsconfigRootDir: dir,
              disallowAutomaticSingleRunInference: true,
            },
          },
        },
      ],
    });
  }

  for (const [label, files, legacy] of [
    ["standard decorators", constructFiles, false],
    ["legacy decorators", legacyDecoratorFiles, true],
  ] as const) {
    it(`lints every construct file (${label}) with no crash and no analysis failure`, async () => {
      const dir = writeProject(files, legacy);
      const results = await eslintFor(dir).lintFiles(["src"]);
      expect(results.map((r) => path.basename(r.filePath)).sort()).toEqual(
        Object.keys(files).sort(),
      );
      const syntaxErrors = new Set(["syntax-error.ts", "unterminated.ts"]);
      for (const r of results) {
        const name = path.basename(r.filePath);
        const problems = r.messages.filter(
          (m) => (m.fatal && !syntaxErrors.has(name)) || m.messageId === "analysisFailed",
        );
        expect({ name, problems }).toEqual({ name, problems: [] });
        // A parse error is the parser's report, never a rule crash.
        for (const m of r.messages.filter((x) => x.fatal))
          expect(m.message).toMatch(/^Parsing error/);
      }
      const reported = results.filter((r) => r.messages.some((m) => m.ruleId?.startsWith("pipl")));
      expect(reported.length).toBeGreaterThanOrEqual(Math.min(5, Object.keys(files).length));
    }, 240_000);
  }
});
