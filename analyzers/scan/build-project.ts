import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { Project, ts } from "ts-morph";
import { assertEngineReadsTsMorphNodes, tsMorph } from "../typescript/index.js";
import { ScanInputError } from "./scan-input-error.js";

/** Where to find the code to scan. */
export interface ProjectInput {
  /** Working directory; relative paths resolve from it. */
  cwd: string;
  /** Files or folders; when given with `project`, only these are analysed. */
  paths: readonly string[];
  /** A tsconfig.json or the folder holding it. */
  project?: string;
}

/** The project to analyse and the files to analyse in it. */
export interface BuiltProject {
  project: Project;
  /** Every reported path is relative to this folder: the tsconfig's folder, else `cwd`. */
  root: string;
  files: string[];
}

const sourceExtensions = /\.(?:[cm]?tsx?|[cm]?jsx?)$/;
const declarationFile = /\.d\.[cm]?ts$/;

// For bare paths: type-check JavaScript too, resolve like a modern Node project.
function defaultCompilerOptions(): ts.CompilerOptions {
  const { ModuleKind, ModuleResolutionKind, ScriptTarget } = tsMorph().ts;
  return {
    allowJs: true,
    checkJs: false,
    strict: true,
    target: ScriptTarget.ES2022,
    module: ModuleKind.NodeNext,
    moduleResolution: ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    noEmit: true,
    experimentalDecorators: true,
  };
}

/**
 * Builds one ts-morph Project from a tsconfig (its files, or only `paths` within it) or, without
 * one, from the given paths. The scanned code is only parsed and type-checked, never run.
 *
 * @throws ScanInputError when the tsconfig or a path does not exist or nothing is left to scan.
 */
export function buildProject(input: ProjectInput): BuiltProject {
  const tsconfig = findTsconfig(input);
  const root = tsconfig ? path.dirname(tsconfig) : input.cwd;
  assertEngineReadsTsMorphNodes();
  const { Project } = tsMorph();
  const project = tsconfig
    ? new Project({
        tsConfigFilePath: tsconfig,
        skipAddingFilesFromTsConfig: input.paths.length > 0,
      })
    : new Project({ compilerOptions: defaultCompilerOptions() });
  if (tsconfig) {
    const diagnostics = project.getConfigFileParsingDiagnostics();
    const first = diagnostics[0];
    if (first)
      // TypeScript's own diagnostic is quoted as the compiler words it.
      throw new ScanInputError("scan.tsconfig-invalid", {
        tsconfig,
        diagnostic: tsMorph().ts.flattenDiagnosticMessageText(
          first.compilerObject.messageText,
          "\n",
        ),
      });
  }
  for (const p of input.paths) {
    const abs = path.resolve(input.cwd, p);
    if (!existsSync(abs)) throw new ScanInputError("scan.path-not-found", { path: p });
    if (statSync(abs).isDirectory()) {
      project.addSourceFilesAtPaths([
        `${abs}/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}`,
        `!${abs}/**/node_modules/**`,
        `!${abs}/**/*.d.ts`,
      ]);
    } else if (sourceExtensions.test(abs)) project.addSourceFileAtPath(abs);
    else throw new ScanInputError("scan.not-source-file", { path: p });
  }
  if (input.paths.length > 0) project.resolveSourceFileDependencies();
  const wanted = input.paths.map((p) => path.resolve(input.cwd, p));
  const files = project
    .getSourceFiles()
    .map((sf) => sf.getFilePath() as string)
    .filter(
      (f) =>
        !declarationFile.test(f) &&
        !f.includes("/node_modules/") &&
        (wanted.length === 0 || wanted.some((w) => f === w || f.startsWith(`${w}/`))),
    )
    .sort();
  if (files.length === 0)
    throw tsconfig === undefined
      ? new ScanInputError("scan.no-sources-under", { paths: input.paths.join(", ") })
      : input.paths.length > 0
        ? new ScanInputError("scan.no-sources-in-tsconfig-under", {
            tsconfig,
            paths: input.paths.join(", "),
          })
        : new ScanInputError("scan.no-sources-in-tsconfig", { tsconfig });
  return { project, root, files };
}

function findTsconfig(input: ProjectInput): string | undefined {
  if (input.project !== undefined) {
    let file = path.resolve(input.cwd, input.project);
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "tsconfig.json");
    if (!existsSync(file))
      throw new ScanInputError("scan.project-missing", { project: input.project });
    return file;
  }
  if (input.paths.length > 0) return undefined;
  const implicit = path.join(input.cwd, "tsconfig.json");
  if (!existsSync(implicit)) throw new ScanInputError("scan.no-tsconfig", { cwd: input.cwd });
  return implicit;
}
