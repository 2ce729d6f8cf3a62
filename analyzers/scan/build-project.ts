import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { Project } from "ts-morph";
import { assertEngineReadsTsMorphNodes, tsMorph } from "../typescript/index.js";
import { listSourceFiles } from "./list-source-files.js";
import { ScanInputError } from "./scan-input-error.js";
import { unreadableSource, type UnreadableSource } from "./unreadable-source.js";

/** Where to find the code to scan. */
export interface ProjectInput {
  /** Working directory; relative paths resolve from it. */
  cwd: string;
  /** Files or folders; when given with `project`, only these are analysed. */
  paths: readonly string[];
  /** A tsconfig.json or the folder holding it. */
  project?: string;
  /** Globs (tsconfig `exclude` syntax) of files not to scan, besides the tsconfig's own. */
  exclude?: readonly string[];
  /** Scan generated code too (`dist`, `coverage`, `*.bundle.js`; never node_modules). */
  includeVendored?: boolean;
  /** Files over this many bytes are listed as not analysed, without being parsed. */
  maxFileBytes?: number;
}

/** A file left out of the analysis, found before parsing it. */
export interface LeftOutFile {
  /** Absolute path. */
  file: string;
  reason: "too-large" | UnreadableSource;
  bytes: number;
}

/** The project to analyse and the files to analyse in it. */
export interface BuiltProject {
  project: Project;
  /** Every reported path is relative to this folder: the tsconfig's folder, else `cwd`. */
  root: string;
  files: string[];
  /** Files too large, binary or minified: not parsed. */
  leftOut: LeftOutFile[];
  /** Files the default vendored/generated globs left out. */
  vendored: number;
}

const declarationFile = /\.d\.[cm]?ts$/;

/**
 * Builds one ts-morph Project from a tsconfig (its files, or only `paths` within it) or, without
 * one, from the given paths. Vendored code, excluded files and files too large, binary or minified
 * are left out before anything is parsed. The scanned code is only parsed and type-checked, never
 * run.
 *
 * @throws ScanInputError when the tsconfig or a path does not exist or nothing is left to scan.
 */
export function buildProject(input: ProjectInput): BuiltProject {
  const tsconfig = findTsconfig(input);
  const root = tsconfig ? path.dirname(tsconfig) : input.cwd;
  assertEngineReadsTsMorphNodes();
  const { Project } = tsMorph();
  let project: Project | undefined;
  if (tsconfig) {
    project = new Project({ tsConfigFilePath: tsconfig, skipAddingFilesFromTsConfig: true });
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
  const listed = listSourceFiles({ ...input, ...(tsconfig ? { tsconfig } : {}) });
  project ??= new Project({ compilerOptions: listed.options });
  const limit = input.maxFileBytes ?? Number.POSITIVE_INFINITY;
  const files: string[] = [];
  const leftOut: LeftOutFile[] = [];
  for (const file of listed.files) {
    // Declaration files give the others their types; they are never analysed themselves.
    if (declarationFile.test(file) || file.includes("/node_modules/")) {
      if (declarationFile.test(file)) project.addSourceFileAtPath(file);
      continue;
    }
    const bytes = statSync(file).size;
    const reason = bytes > limit ? "too-large" : unreadableSource(file);
    if (reason) leftOut.push({ file, reason, bytes });
    else {
      project.addSourceFileAtPath(file);
      files.push(file);
    }
  }
  if (input.paths.length > 0) project.resolveSourceFileDependencies();
  if (files.length === 0 && leftOut.length === 0)
    throw tsconfig === undefined
      ? new ScanInputError("scan.no-sources-under", { paths: input.paths.join(", ") })
      : input.paths.length > 0
        ? new ScanInputError("scan.no-sources-in-tsconfig-under", {
            tsconfig,
            paths: input.paths.join(", "),
          })
        : new ScanInputError("scan.no-sources-in-tsconfig", { tsconfig });
  return { project, root, files, leftOut, vendored: listed.vendored };
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
