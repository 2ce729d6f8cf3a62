import type { SourceFile, ts } from "ts-morph";
import { AnalysisRun, type InternalErrorHandler } from "./analysis-run.js";
import { boundedChecker } from "./bounded-checker.js";
import type { EngineConfig } from "./engine-config.js";
import { getEngineContext } from "./engine-context.js";
import type { FileAnalysis } from "./file-analysis.js";
import { createSummaryStore, type SummaryStore } from "./function-summary.js";

export type { FileAnalysis } from "./file-analysis.js";

/** Options of {@link analyzeSourceFile}. */
export interface EngineOptions {
  /** The resolved config (`ResolvedConfig` from analyzers/config satisfies {@link EngineConfig}). */
  config: EngineConfig;
  /**
   * A summary store shared across the files of one program (the scanner's Project, the linter's
   * program in shared mode): call sites of helpers in other files are then analysed too. Without
   * it, only helpers in the same file are followed.
   */
  crossFileSummaries?: SummaryStore;
  /**
   * The type checker of the program the SourceFile belongs to. Optional: taken from the
   * SourceFile's Project, or from the checker a wrapped node (`createWrappedNode`) was given.
   */
  typeChecker?: ts.TypeChecker;
  /**
   * The program the checker belongs to. Optional: taken from the SourceFile's Project when it has
   * one. Only used to know which modules the program holds (a speed-up: receiver types of absent
   * modules are never asked for); without it every module is assumed present.
   */
  program?: ts.Program;
  /**
   * Called when the analysis of one sink call or function fails on an unexpected shape; that part
   * is skipped and the rest of the file is analysed. Defaults to collecting nothing; tests pass a
   * handler and assert it was never called.
   */
  onInternalError?: InternalErrorHandler;
}

interface Memo {
  config: EngineConfig;
  store: SummaryStore | undefined;
  checker: ts.TypeChecker;
  result: FileAnalysis;
}

// Keyed on the compiler's SourceFile object: a new text gives a new object, so the three lint
// rules on one file share one analysis and an edit invalidates it. The checker is compared too:
// a new Program reuses unchanged SourceFile objects while the types they see may have changed.
const memo = new WeakMap<ts.SourceFile, Memo>();

// One run per checker and config (and summary store): its caches of types, symbols and
// summaries stay valid for the whole Program, so consecutive files share them.
const runs = new WeakMap<ts.TypeChecker, Map<EngineConfig, AnalysisRun>>();
const storeRuns = new WeakMap<
  SummaryStore,
  { checker: ts.TypeChecker; config: EngineConfig; run: AnalysisRun }
>();

/**
 * Analyses one file: the PI it declares, the flows of PI into log, export and transfer sinks, and
 * which of those are covered by consent or a declared lawful basis. Deterministic; findings are
 * sorted by position. Memoised per compiler SourceFile, checker and config.
 */
export function analyzeSourceFile(sourceFile: SourceFile, options: EngineOptions): FileAnalysis {
  return analyze(
    sourceFile.compilerNode,
    options.typeChecker ?? checkerOf(sourceFile),
    options,
    () => options.program ?? programOf(sourceFile),
  );
}

/**
 * {@link analyzeSourceFile} for a compiler SourceFile of a program whose checker is given: what
 * the ESLint rules use in shared mode, where wrapping typescript-eslint's file in a ts-morph
 * node would cost time on every lint and serve nothing (the engine reads compiler nodes).
 */
export function analyzeCompilerSourceFile(
  sourceFile: ts.SourceFile,
  options: EngineOptions & { typeChecker: ts.TypeChecker },
): FileAnalysis {
  return analyze(sourceFile, options.typeChecker, options, () => options.program);
}

function analyze(
  sf: ts.SourceFile,
  checker: ts.TypeChecker,
  options: EngineOptions,
  program: () => ts.Program | undefined,
): FileAnalysis {
  const hit = memo.get(sf);
  if (
    hit &&
    hit.config === options.config &&
    hit.store === options.crossFileSummaries &&
    hit.checker === checker
  ) {
    return hit.result;
  }
  const result = runFor(checker, options, program).analyzeFile(sf);
  memo.set(sf, { config: options.config, store: options.crossFileSummaries, checker, result });
  return result;
}

function runFor(
  checker: ts.TypeChecker,
  options: EngineOptions,
  program: () => ts.Program | undefined,
): AnalysisRun {
  const onError = options.onInternalError ?? (() => undefined);
  const store = options.crossFileSummaries;
  if (store) {
    const existing = storeRuns.get(store);
    if (existing && existing.checker === checker && existing.config === options.config) {
      existing.run.onInternalError = onError;
      return existing.run;
    }
    const run = new AnalysisRun(
      boundedChecker(checker),
      getEngineContext(options.config),
      store,
      true,
      onError,
      program(),
    );
    storeRuns.set(store, { checker, config: options.config, run });
    return run;
  }
  const byConfig = runs.get(checker) ?? new Map<EngineConfig, AnalysisRun>();
  runs.set(checker, byConfig);
  let run = byConfig.get(options.config);
  if (!run) {
    run = new AnalysisRun(
      boundedChecker(checker),
      getEngineContext(options.config),
      createSummaryStore(),
      false,
      onError,
      program(),
    );
    byConfig.set(options.config, run);
  }
  run.onInternalError = onError;
  return run;
}

/** The program behind a ts-morph SourceFile of a Project; undefined for a wrapped node. */
function programOf(sourceFile: SourceFile): ts.Program | undefined {
  try {
    return sourceFile.getProject().getProgram().compilerObject;
  } catch {
    return undefined;
  }
}

/** The compiler type checker behind a ts-morph SourceFile. */
function checkerOf(sourceFile: SourceFile): ts.TypeChecker {
  try {
    return sourceFile.getProject().getTypeChecker().compilerObject;
  } catch {
    // A node wrapped with createWrappedNode has no Project (getProject throws); its context holds
    // the checker it was given. ts-morph does not expose the context publicly, hence the cast.
    const context = (
      sourceFile as unknown as { _context?: { typeChecker?: { compilerObject: ts.TypeChecker } } }
    )._context;
    const checker = context?.typeChecker?.compilerObject;
    if (checker) return checker;
    throw new Error(
      "analyzeSourceFile: the SourceFile has no Project and no type checker; pass options.typeChecker",
    );
  }
}
