import type { SourceFile, ts as bundledTs } from "ts-morph";
import type ts from "typescript";
import {
  bundledTypescript,
  typescriptCompatibility,
  userTypescript,
} from "../../analyzers/typescript/index.js";
import { announceMode } from "./announce-mode.js";
import { modeOptions, type BridgeMode, type ModeOption } from "./bridge-mode.js";
import { findTsconfig } from "./find-tsconfig.js";
import { isolatedSourceFile } from "./isolated-source-file.js";
import { wrapProgramSourceFile } from "./wrap-program-source-file.js";

/** Environment variable that overrides the `mode` option for every rule (e.g. in CI or benches). */
export const modeEnvironmentVariable = "PIPL_GUARD_ESLINT_MODE";

/** What the bridge needs from the ESLint rule context. */
export interface AnalysisRequest {
  /** Absolute path of the linted file. */
  fileName: string;
  /** The text ESLint is linting. */
  text: string;
  /** typescript-eslint's program, when the file was parsed with type information. */
  program?: ts.Program | undefined;
  /** The parser options (to find the tsconfig when there is no program). */
  parserOptions?: { project?: unknown; tsconfigRootDir?: unknown } | undefined;
  /** The rule's `mode` option. */
  requested: ModeOption;
}

/** The source file to analyse, and how it was obtained. */
export interface AnalysisSource {
  /** The compiler SourceFile the engine analyses (typescript-eslint's own in shared mode). */
  compilerSourceFile: bundledTs.SourceFile;
  /**
   * Its ts-morph view, for callers that navigate with ts-morph. In shared mode it is created on
   * first read (once per program and file): the engine reads compiler nodes, so linting never
   * pays for the wrapper.
   */
  readonly sourceFile: SourceFile;
  /**
   * The checker of the program the source file belongs to, typed with ts-morph's TypeScript (in
   * shared mode it is the user's checker, whose enums were found identical).
   */
  typeChecker: bundledTs.TypeChecker;
  /** The program the checker belongs to (lets the engine skip modules the program lacks). */
  program: bundledTs.Program;
  mode: BridgeMode;
  /** Why this mode, in one sentence (shown once on stderr). */
  reason: string;
}

function requestedMode(option: ModeOption): ModeOption {
  const fromEnvironment = process.env[modeEnvironmentVariable];
  return (modeOptions as readonly string[]).includes(fromEnvironment ?? "")
    ? (fromEnvironment as ModeOption)
    : option;
}

/**
 * typescript-eslint's source file for this request, or why shared mode cannot be used. The file
 * is looked up once, for the check and for the analysis.
 */
function sharedSourceFile(
  request: AnalysisRequest,
): { sourceFile: ts.SourceFile } | { obstacle: string } {
  const user = userTypescript();
  if (!user) return { obstacle: "the typescript package cannot be found" };
  const compatibility = typescriptCompatibility();
  if (!compatibility.compatible) {
    const sample = compatibility.mismatches.slice(0, 3).join("; ");
    return {
      obstacle: `typescript ${user.version} numbers its enums differently from ts-morph's TypeScript ${bundledTypescript.version} (${sample}), so typescript-eslint's program cannot be shared`,
    };
  }
  if (!request.program) {
    return {
      obstacle:
        "the file was parsed without type information (no parserOptions.project or projectService)",
    };
  }
  // typescript-eslint's single-file fallback (in single-run mode, a file parsed a second time in
  // one process, taken for a --fix pass): nothing imported resolves, and TypeScript 6.0's checker
  // throws printing types that name an import. Its own typed rules crash there too.
  const options = request.program.getCompilerOptions();
  if (
    options.noResolve === true &&
    options.configFilePath === undefined &&
    request.program.getRootFileNames().length === 1
  ) {
    return { obstacle: "typescript-eslint's program is its single-file fallback without imports" };
  }
  const sourceFile = request.program.getSourceFile(request.fileName);
  if (!sourceFile) return { obstacle: "typescript-eslint's program does not contain the file" };
  if (sourceFile.text !== request.text) {
    return { obstacle: "typescript-eslint's program holds different text for the file" };
  }
  return { sourceFile };
}

/**
 * Pick the analysis mode and return the ts-morph source file the engine should analyse. Shared
 * mode (wrap typescript-eslint's program) when the TypeScript builds are compatible and the file is
 * in the program; otherwise isolated mode, on a ts-morph Project built from the same tsconfig and
 * updated with the linted text. Announces the mode once per process. Never throws for a valid
 * request: without type information it still analyses the file in isolation. Why two modes, and
 * the variables that switch them: analyzers/typescript/README.md.
 */
export function resolveAnalysisSource(request: AnalysisRequest): AnalysisSource {
  const requested = requestedMode(request.requested);
  const shared = requested === "isolated" ? undefined : sharedSourceFile(request);
  if (shared && "sourceFile" in shared) {
    const program = request.program!;
    const compilerFile = shared.sourceFile;
    const reason = `analysing typescript-eslint's program (TypeScript ${userTypescript()!.version})`;
    announceMode("shared", reason);
    return {
      compilerSourceFile: compilerFile as unknown as bundledTs.SourceFile,
      get sourceFile() {
        return wrapProgramSourceFile(program, compilerFile);
      },
      typeChecker: program.getTypeChecker() as unknown as bundledTs.TypeChecker,
      program: program as unknown as bundledTs.Program,
      mode: "shared",
      reason,
    };
  }
  const tsconfig = findTsconfig({
    fileName: request.fileName,
    programConfigFile: request.program?.getCompilerOptions().configFilePath as string | undefined,
    project: request.parserOptions?.project,
    tsconfigRootDir:
      typeof request.parserOptions?.tsconfigRootDir === "string"
        ? request.parserOptions.tsconfigRootDir
        : undefined,
  });
  const because = shared?.obstacle ?? `mode "isolated" was requested`;
  const reason = `${because}; analysing a separate ts-morph project (TypeScript ${bundledTypescript.version}) from ${tsconfig ?? "default compiler options (no tsconfig.json found)"}`;
  announceMode("isolated", reason);
  const sourceFile = isolatedSourceFile(tsconfig, request.fileName, request.text);
  const project = sourceFile.getProject();
  return {
    compilerSourceFile: sourceFile.compilerNode,
    sourceFile,
    typeChecker: project.getTypeChecker().compilerObject,
    program: project.getProgram().compilerObject,
    mode: "isolated",
    reason,
  };
}
