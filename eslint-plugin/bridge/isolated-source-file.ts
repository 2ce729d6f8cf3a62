import path from "node:path";
import type { Project, SourceFile, ts } from "ts-morph";
import { assertEngineReadsTsMorphNodes, tsMorph } from "../../analyzers/typescript/index.js";

/*
 * One ts-morph Project per tsconfig for the life of the process: ESLint lints many files of the
 * same project, and loading the project's files once lets one program and type checker serve
 * them all. A file is only re-created when the linted text differs from what the project holds
 * (unsaved editor changes), because every change makes ts-morph build a new program.
 */
const projects = new Map<string, Project>();

/** Compiler options used when no tsconfig can be found. */
function defaultCompilerOptions(): ts.CompilerOptions {
  const { ModuleKind, ModuleResolutionKind, ScriptTarget } = tsMorph().ts;
  return {
    target: ScriptTarget.ES2022,
    module: ModuleKind.NodeNext,
    moduleResolution: ModuleResolutionKind.NodeNext,
    strict: true,
    allowJs: true,
    skipLibCheck: true,
  };
}

function projectFor(tsconfig: string | undefined): Project {
  const key = tsconfig ?? "";
  let project = projects.get(key);
  if (!project) {
    assertEngineReadsTsMorphNodes();
    const { Project } = tsMorph();
    project = tsconfig
      ? new Project({ tsConfigFilePath: tsconfig })
      : new Project({ compilerOptions: defaultCompilerOptions() });
    projects.set(key, project);
  }
  return project;
}

/**
 * The ts-morph view of the linted file in an isolated project built with ts-morph's own
 * TypeScript (isolated mode), holding exactly `text`.
 *
 * @param tsconfig - tsconfig to build the project from; `undefined` for default options
 * @param fileName - absolute path of the linted file
 * @param text - the text ESLint is linting (may differ from the file on disk)
 */
export function isolatedSourceFile(
  tsconfig: string | undefined,
  fileName: string,
  text: string,
): SourceFile {
  const project = projectFor(tsconfig);
  const absolute = path.resolve(fileName);
  const existing = project.getSourceFile(absolute);
  if (existing && existing.getFullText() === text) return existing;
  return project.createSourceFile(absolute, text, { overwrite: true });
}
