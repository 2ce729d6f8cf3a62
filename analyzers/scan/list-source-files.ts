import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { ts } from "ts-morph";
import { tsMorph } from "../typescript/index.js";
import { ScanInputError } from "./scan-input-error.js";
import { vendoredGlobs } from "./vendored-globs.js";

/** The files a scan starts from, before content checks. */
export interface SourceFileList {
  /** Absolute paths, sorted: source files and the declaration files that give them types. */
  files: string[];
  /** Files the default vendored/generated globs left out (the summary counts them). */
  vendored: number;
  /** Compiler options for the project (the tsconfig's, else defaults for bare paths). */
  options: ts.CompilerOptions;
}

const sourceExtensions = /\.(?:[cm]?tsx?|[cm]?jsx?)$/;

// "No inputs were found in config file": an empty list is reported by the caller, in its words.
const noInputs = 18003;

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

// The folder names among the vendored globs ("dist" from "**" + "/dist").
const vendoredFolders = new Set(
  vendoredGlobs.filter((g) => /^\*\*\/[\w-]+$/.test(g)).map((g) => g.slice(3)),
);

/** Whether a relative folder path lies in a vendored folder (`dist`, `web/dist/assets`). */
function isVendoredFolder(folder: string): boolean {
  return folder.split(/[\\/]/).some((segment) => vendoredFolders.has(segment));
}

/**
 * Lists the files to scan with TypeScript's own rules for `include`, `files` and `exclude`: the
 * tsconfig's files, or, when paths are given, the files under them (folders) and the files named,
 * still minus the tsconfig's `exclude`. Then minus `exclude` (the CLI's `--exclude` globs, tsconfig
 * syntax) and, unless `includeVendored`, minus vendored and generated code (`vendoredGlobs`).
 *
 * @throws ScanInputError when a path does not exist or is not a TypeScript or JavaScript file.
 */
export function listSourceFiles(input: {
  cwd: string;
  paths: readonly string[];
  tsconfig?: string;
  exclude?: readonly string[];
  includeVendored?: boolean;
}): SourceFileList {
  const ts = tsMorph().ts;
  const base = input.tsconfig ? path.dirname(input.tsconfig) : input.cwd;
  const raw: Record<string, unknown> = input.tsconfig
    ? { ...(ts.readConfigFile(input.tsconfig, ts.sys.readFile).config as object) }
    : {};
  let includeVendored = input.includeVendored ?? false;
  if (input.paths.length > 0) {
    const folders: string[] = [];
    const files: string[] = [];
    for (const p of input.paths) {
      const abs = path.resolve(input.cwd, p);
      if (!existsSync(abs)) throw new ScanInputError("scan.path-not-found", { path: p });
      if (statSync(abs).isDirectory()) folders.push(path.relative(base, abs) || ".");
      else if (sourceExtensions.test(abs)) files.push(abs);
      else throw new ScanInputError("scan.not-source-file", { path: p });
    }
    raw["include"] = folders;
    // A vendored folder the user names (`scan dist`) is scanned: they asked for it.
    if (folders.some(isVendoredFolder)) includeVendored = true;
    // An empty `files` list is an error to TypeScript; no `files` means none.
    if (files.length > 0) raw["files"] = files;
    else delete raw["files"];
  }
  const compilerOptions = input.tsconfig ? undefined : defaultCompilerOptions();
  // Without its own `exclude`, a tsconfig leaves out node_modules and the outDir; keep that.
  const ownExclude =
    (raw["exclude"] as string[] | undefined) ??
    ["node_modules", "bower_components", "jspm_packages"].concat(
      typeof (raw["compilerOptions"] as { outDir?: unknown } | undefined)?.outDir === "string"
        ? [(raw["compilerOptions"] as { outDir: string }).outDir]
        : [],
    );
  const parse = (exclude: readonly string[]) =>
    ts.parseJsonConfigFileContent(
      { ...raw, exclude: [...exclude] },
      ts.sys,
      base,
      compilerOptions,
      input.tsconfig,
    );
  const userExcluded = [...ownExclude, ...(input.exclude ?? [])];
  const wide = parse(userExcluded);
  const parsed = includeVendored ? wide : parse([...userExcluded, ...vendoredGlobs]);
  const unexpected = parsed.errors.find((d) => d.code !== noInputs);
  if (unexpected)
    throw new ScanInputError("scan.tsconfig-invalid", {
      tsconfig: input.tsconfig ?? input.cwd,
      diagnostic: ts.flattenDiagnosticMessageText(unexpected.messageText, "\n"),
    });
  const files = parsed.fileNames.map((f) => path.resolve(f)).sort();
  return {
    files,
    vendored: wide.fileNames.length - parsed.fileNames.length,
    options: parsed.options,
  };
}
