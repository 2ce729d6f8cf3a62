import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  modeEnvironmentVariable,
  resolveAnalysisSource,
} from "../../eslint-plugin/bridge/resolve-analysis-source.js";

const projectDir = fileURLToPath(new URL("../fixtures/eslint-project/", import.meta.url));
const tsconfig = `${projectDir}tsconfig.json`;
const fileName = `${projectDir}src/citizen-service.ts`;
const text = readFileSync(fileName, "utf8");

function program(): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  )!;
  return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("resolveAnalysisSource", () => {
  const shared = program();

  it("hands over typescript-eslint's own source file in shared mode, and wraps it once on demand", () => {
    const first = resolveAnalysisSource({ fileName, text, program: shared, requested: "auto" });
    const again = resolveAnalysisSource({ fileName, text, program: shared, requested: "auto" });
    expect(first.mode).toBe("shared");
    expect(first.compilerSourceFile).toBe(shared.getSourceFile(fileName));
    expect(again.sourceFile).toBe(first.sourceFile);
    expect(first.sourceFile.compilerNode).toBe(shared.getSourceFile(fileName));
    // Types come from the shared checker: the cross-file interface resolves.
    const param = first.sourceFile.getFunctionOrThrow("onVerified").getParameters()[0]!;
    expect(
      param
        .getType()
        .getProperties()
        .map((p) => p.getName()),
    ).toEqual(["id", "code", "nickname"]);
  });

  it("uses an isolated project when asked, from the program's tsconfig, holding the linted text", () => {
    const edited = `${text}\nexport const edited = 1;\n`;
    const source = resolveAnalysisSource({
      fileName,
      text: edited,
      program: shared,
      requested: "isolated",
    });
    expect(source.mode).toBe("isolated");
    expect(source.reason).toContain(tsconfig);
    expect(source.sourceFile.getFullText()).toBe(edited);
    expect(source.compilerSourceFile).toBe(source.sourceFile.compilerNode);
    expect(
      source.sourceFile.getProject().getSourceFile(`${projectDir}src/citizen.ts`),
    ).toBeDefined();
  });

  it("falls back to isolated mode when the program holds other text for the file", () => {
    const source = resolveAnalysisSource({
      fileName,
      text: `${text}\n// unsaved edit\n`,
      program: shared,
      requested: "shared",
    });
    expect(source.mode).toBe("isolated");
    expect(source.reason).toContain("different text");
  });

  it("falls back to isolated mode without type information, on the nearest tsconfig", () => {
    const source = resolveAnalysisSource({ fileName, text, requested: "auto" });
    expect(source.mode).toBe("isolated");
    expect(source.reason).toContain("without type information");
    expect(source.reason).toContain(tsconfig);
  });

  it("lets PIPL_GUARD_ESLINT_MODE force isolated mode", () => {
    vi.stubEnv(modeEnvironmentVariable, "isolated");
    const source = resolveAnalysisSource({ fileName, text, program: shared, requested: "auto" });
    expect(source.mode).toBe("isolated");
  });

  it("announces a mode once per process on stderr, shared mode only when debugging", async () => {
    // A fresh module instance: "once per process" state from the tests above must not leak in.
    vi.resetModules();
    const fresh = await import("../../eslint-plugin/bridge/resolve-analysis-source.js");
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, "write");
    const other = program();
    fresh.resolveAnalysisSource({ fileName, text, program: other, requested: "auto" });
    expect(stderr).not.toHaveBeenCalled();
    for (let i = 0; i < 2; i++) {
      fresh.resolveAnalysisSource({ fileName, text, requested: "isolated", program: other });
    }
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(String(stderr.mock.calls[0]![0])).toMatch(
      /^pipl-guard: isolated mode: mode "isolated" was requested/,
    );
    vi.stubEnv("PIPL_GUARD_DEBUG", "1");
    for (let i = 0; i < 2; i++) {
      fresh.resolveAnalysisSource({ fileName, text, program: other, requested: "auto" });
    }
    expect(stderr).toHaveBeenCalledTimes(2);
    expect(String(stderr.mock.calls[1]![0])).toMatch(/^pipl-guard: shared mode: /);
    expect(stdout).not.toHaveBeenCalled();
  });
});
