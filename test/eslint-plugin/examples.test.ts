import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { projectEslint } from "./support/lint-project.js";

const examplesDir = fileURLToPath(new URL("../../examples/", import.meta.url));

/** Every file under `dir` (recursively), skipping node_modules. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules") return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const allFiles = walk(examplesDir);
const projects = allFiles
  .filter((f) => path.basename(f) === "tsconfig.json")
  .map((tsconfig) => {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      tsconfig,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => undefined,
      },
    )!;
    const dir = path.dirname(tsconfig);
    const config = path.join(dir, "pipl-guard.config.json");
    return {
      dir,
      files: parsed.fileNames.filter((f) => f.endsWith(".ts")),
      config: existsSync(config) ? config : undefined,
    };
  });

describe("linting every TypeScript file in examples/", () => {
  it("finds each .ts file in some example's tsconfig, so none is skipped", () => {
    const covered = new Set(projects.flatMap((p) => p.files.map((f) => path.resolve(f))));
    const tsFiles = allFiles.filter((f) => f.endsWith(".ts"));
    expect(tsFiles.length).toBeGreaterThan(0);
    expect(tsFiles.filter((f) => !covered.has(path.resolve(f)))).toEqual([]);
  });

  it.each(projects.map((p) => [path.relative(examplesDir, p.dir), p] as const))(
    "%s: every rule runs on every file without a crash or configuration problem",
    async (_name, project) => {
      const eslint = projectEslint(project.dir, project.config ? { config: project.config } : {});
      const results = await eslint.lintFiles(project.files);
      expect(results.length).toBe(project.files.length);
      const broken = results.flatMap((r) =>
        r.messages
          .filter(
            (m) =>
              m.fatal ||
              !m.ruleId ||
              m.messageId === "analysisFailed" ||
              m.messageId === "configProblem",
          )
          .map((m) => `${path.relative(examplesDir, r.filePath)}:${m.line} ${m.message}`),
      );
      expect(broken).toEqual([]);
    },
  );
});
