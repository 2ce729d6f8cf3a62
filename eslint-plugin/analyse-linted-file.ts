import path from "node:path";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { ResolvedConfig } from "../analyzers/config/resolved-config.js";
import {
  analyzeCompilerSourceFile,
  type FileAnalysis,
} from "../analyzers/engine/analyze-source-file.js";
import { createSummaryStore, type SummaryStore } from "../analyzers/engine/function-summary.js";
import { formatMessage } from "../analyzers/messages/format-message.js";
import { lintMessages } from "../analyzers/messages/lint-messages.js";
import type { Locale } from "../analyzers/messages/locale.js";
import { defaultMaxFileBytes, formatFileSize } from "../analyzers/scan/file-size-limit.js";
import type { ModeOption } from "./bridge/bridge-mode.js";
import { resolveAnalysisSource, type AnalysisSource } from "./bridge/resolve-analysis-source.js";
import { loadRuleConfig, type RuleConfig } from "./load-rule-config.js";
import type { Options } from "./rule-options.js";

/**
 * Messages of what stops a file from being analysed, shared by every pipl rule (each rule's
 * `meta.messages` includes them): a config that does not load, a file over the size limit, an
 * analysis that failed.
 */
export const lintProblemMessages = {
  configProblem: "{{problem}}",
  fileTooLarge: "{{message}}",
  analysisFailed: "{{message}}",
} as const;

/** Ids of {@link lintProblemMessages}. */
export type LintProblemMessageIds = keyof typeof lintProblemMessages;

/** The context of a pipl rule, whatever its other messages. */
type Context<M extends string> = Readonly<TSESLint.RuleContext<M | LintProblemMessageIds, Options>>;

/** The linted file's analysis, with what reading it needs. */
export interface LintedFileAnalysis {
  analysis: FileAnalysis;
  config: ResolvedConfig;
  locale: Locale;
  /** The linted file, resolved (the engine's findings name it so). */
  fileName: string;
}

/*
 * A config problem is the same for every pipl rule: the rules of one lint of a file share its
 * SourceCode object, so the first of them that runs reports the problem and the others skip it
 * (whichever rules are enabled, the file shows it once per lint).
 */
const configProblemsShown = new WeakMap<object, Set<string>>();

/*
 * A file over the size limit (`scan.maxFileBytes`, as in the scanner) is not analysed; the first
 * rule that runs on it in a lint says so, the others skip it (same SourceCode, as for config
 * problems).
 */
const tooLargeShown = new WeakSet<object>();

/*
 * The rules of one lint of a file share its SourceCode object: the bridge's answer (the mode,
 * typescript-eslint's source file and checker) is looked up once for them, keyed also on the
 * requested mode in case the rules' options differ.
 */
const sourcesByLint = new WeakMap<object, Map<string, AnalysisSource>>();

function analysisSourceFor<M extends string>(
  context: Context<M>,
  fileName: string,
  requested: ModeOption,
): AnalysisSource {
  const byMode = sourcesByLint.get(context.sourceCode) ?? new Map<string, AnalysisSource>();
  sourcesByLint.set(context.sourceCode, byMode);
  let source = byMode.get(requested);
  if (!source) {
    source = resolveAnalysisSource({
      fileName,
      text: context.sourceCode.text,
      program: context.sourceCode.parserServices?.program ?? undefined,
      parserOptions: context.languageOptions.parserOptions as never,
      requested,
    });
    byMode.set(requested, source);
  }
  return source;
}

/*
 * Cross-file flow, as the scanner follows it: in shared mode typescript-eslint's program holds
 * every module the linted file imports, so a helper of another module that logs, exports or sends
 * its parameter is summarised on the first call from a linted file (lazily, only the functions
 * called) and reported at the call site. Summaries are kept per program: the editor's next
 * program after an edit gets a new store, so a changed helper is summarised again. Isolated mode
 * follows helpers of the linted file only (its ts-morph project is updated one file at a time, so
 * a summary of another file could be stale).
 */
const summariesByProgram = new WeakMap<object, SummaryStore>();

function summariesFor(source: AnalysisSource): SummaryStore | undefined {
  if (source.mode !== "shared") return undefined;
  let store = summariesByProgram.get(source.program);
  if (!store) {
    store = createSummaryStore();
    summariesByProgram.set(source.program, store);
  }
  return store;
}

/** Whether a text is over a limit in UTF-8 bytes (a UTF-16 unit is at most 3 bytes). */
function overByteLimit(text: string, limit: number): boolean {
  return text.length * 3 > limit && Buffer.byteLength(text, "utf8") > limit;
}

/** Whether a file name from the engine (the compiler's spelling) names the linted file. */
export function sameFile(engineFile: string, fileName: string): boolean {
  return engineFile === fileName || path.resolve(engineFile) === fileName;
}

/*
 * The pipl rules of one lint of a file share its SourceCode object: the config (found by walking
 * up from the file and stamping it) is looked up once for them, not once per rule, for each
 * distinct `config` option and locale the rules were given.
 */
const configsByLint = new WeakMap<object, Map<unknown, Map<string, RuleConfig>>>();

function configForLint<M extends string>(context: Context<M>, options: Options[0]): RuleConfig {
  let byOption = configsByLint.get(context.sourceCode);
  if (!byOption) {
    byOption = new Map();
    configsByLint.set(context.sourceCode, byOption);
  }
  let byLocale = byOption.get(options.config);
  if (!byLocale) {
    byLocale = new Map();
    byOption.set(options.config, byLocale);
  }
  const locale = options.locale ?? "";
  let loaded = byLocale.get(locale);
  if (!loaded) {
    loaded = loadRuleConfig(options.config, context.cwd, options.locale, context.filename);
    byLocale.set(locale, loaded);
  }
  return loaded;
}

/**
 * Loads the rule's config and analyses the linted file (the engine memoises per compiler source
 * file, so every pipl rule of a lint reads the same analysis). What prevents it (the config, the
 * file's size, an analysis failure) is reported once per lint by the first rule that meets it, and
 * the result is `undefined`; internal errors the engine recovered from are reported where they
 * happened, once per analysis.
 */
export function analyseLintedFile<M extends string>(
  context: Context<M>,
  options: Options[0],
  program: TSESTree.Program,
): LintedFileAnalysis | undefined {
  const loaded = configForLint(context, options);
  if ("problem" in loaded) {
    const shown = configProblemsShown.get(context.sourceCode) ?? new Set<string>();
    configProblemsShown.set(context.sourceCode, shown);
    if (shown.has(loaded.problem)) return undefined;
    shown.add(loaded.problem);
    context.report({
      node: program,
      messageId: "configProblem",
      data: { problem: loaded.problem },
    });
    return undefined;
  }
  const { config } = loaded;
  const locale = options.locale ?? config.locale;
  const limit = config.scan?.maxFileBytes ?? defaultMaxFileBytes;
  if (overByteLimit(context.sourceCode.text, limit)) {
    if (tooLargeShown.has(context.sourceCode)) return undefined;
    tooLargeShown.add(context.sourceCode);
    const bytes = Buffer.byteLength(context.sourceCode.text, "utf8");
    context.report({
      loc: { line: 1, column: 0 },
      messageId: "fileTooLarge",
      data: {
        message: formatMessage(lintMessages, locale, "lint.file-too-large", {
          size: formatFileSize(bytes),
          limit: formatFileSize(limit),
        }),
      },
    });
    return undefined;
  }
  const fileName = path.resolve(context.filename);
  let analysis: FileAnalysis;
  const internalErrors: { message: string; start: number }[] = [];
  try {
    const source = analysisSourceFor(context, fileName, options.mode ?? "auto");
    const crossFileSummaries = summariesFor(source);
    analysis = analyzeCompilerSourceFile(source.compilerSourceFile, {
      config,
      typeChecker: source.typeChecker,
      program: source.program,
      ...(crossFileSummaries ? { crossFileSummaries } : {}),
      // The engine skips a construct it cannot analyse and goes on; say so where it happened
      // (once: the other rules get the memoised analysis) instead of passing silently.
      onInternalError: (error, location) => {
        if (path.resolve(location.file) !== fileName) return;
        const message = error instanceof Error ? error.message : String(error);
        internalErrors.push({ message, start: location.start });
      },
    });
  } catch (error) {
    // Reported, not swallowed: a visible message names the failure instead of crashing the
    // whole lint run for every other file and rule.
    const message = error instanceof Error ? error.message : String(error);
    context.report({
      node: program,
      messageId: "analysisFailed",
      data: {
        message: formatMessage(lintMessages, locale, "lint.analysis-failed", { error: message }),
      },
    });
    return undefined;
  }
  for (const { message, start } of internalErrors) {
    const at = context.sourceCode.getLocFromIndex(start);
    context.report({
      loc: { start: at, end: at },
      messageId: "analysisFailed",
      data: {
        message: formatMessage(lintMessages, locale, "lint.analysis-failed", { error: message }),
      },
    });
  }
  return { analysis, config, locale, fileName };
}
