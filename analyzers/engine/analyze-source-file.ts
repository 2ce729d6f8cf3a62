import type { SourceFile, ts } from "ts-morph";
import { AnalysisRun, type InternalErrorHandler } from "./analysis-run.js";
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
   * The scanner's summary store, shared across the files of one Project: call sites of helpers in
   * other files are then analysed too. Without it, only helpers in the same file are followed.
   */
  crossFileSummaries?: SummaryStore;
  /**
   * The type checker of the program the SourceFile belongs to. Optional: taken from the
   * SourceFile's Project, or from the checker a wrapped node (`createWrappedNode`) was given.
   */
  typeChecker?: ts.TypeChecker;
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
  result: FileAnalysis;
}

// Keyed on the compiler's SourceFile object: a new text gives a new object, so the three lint
// rules on one file share one analysis and an edit invalidates it.
const memo = new WeakMap<ts.SourceFile, Memo>();

/**
 * Analyses one file: the PI it declares, the flows of PI into log, export and transfer sinks, and
 * which of those are covered by consent or a declared lawful basis. Deterministic; findings are
 * sorted by position. Memoised per compiler SourceFile and config.
 */
export function analyzeSourceFile(sourceFile: SourceFile, options: EngineOptions): FileAnalysis {
  const sf = sourceFile.compilerNode;
  const hit = memo.get(sf);
  if (hit && hit.config === options.config && hit.store === options.crossFileSummaries)
    return hit.result;
  const checker = options.typeChecker ?? checkerOf(sourceFile);
  const run = new AnalysisRun(
    checker,
    getEngineContext(options.config),
    options.crossFileSummaries ?? createSummaryStore(),
    options.crossFileSummaries !== undefined,
    options.onInternalError ?? (() => undefined),
  );
  const result = run.analyzeFile(sf);
  memo.set(sf, { config: options.config, store: options.crossFileSummaries, result });
  return result;
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
