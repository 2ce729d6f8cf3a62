import path from "node:path";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import {
  analyzeCompilerSourceFile,
  type FileAnalysis,
} from "../analyzers/engine/analyze-source-file.js";
import type { Finding } from "../analyzers/engine/finding.js";
import { findingMessageParts } from "../analyzers/messages/finding-message-parts.js";
import { formatMessage } from "../analyzers/messages/format-message.js";
import { lintMessages } from "../analyzers/messages/lint-messages.js";
import type { Locale } from "../analyzers/messages/locale.js";
import { ruleForSinkKind } from "../analyzers/rules/rule-records.js";
import { defaultMaxFileBytes, formatFileSize } from "../analyzers/scan/file-size-limit.js";
import type { ModeOption } from "./bridge/bridge-mode.js";
import { resolveAnalysisSource, type AnalysisSource } from "./bridge/resolve-analysis-source.js";
import { loadRuleConfig } from "./load-rule-config.js";
import type { Options } from "./rule-options.js";
import type { MessageIds } from "./sink-rule-messages.js";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/*
 * Annotation problems (an unknown category in `@pipl`, an unknown basis in `@pipl-basis`) belong
 * to no sink kind; the analysis is memoised per file, so its problem objects are shared by the
 * three rules: the first rule that meets a problem owns it and reports it on every lint of the
 * file (a memoised analysis is met again when an editor re-lints an unchanged file), the other
 * two skip it, so it is shown once instead of three times.
 */
const problemOwners = new WeakMap<object, Finding["kind"]>();

/*
 * A config problem is the same for the three rules: the rules of one lint of a file share its
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
 * The three rules of one lint of a file share its SourceCode object: the bridge's answer (the
 * mode, typescript-eslint's source file and checker) is looked up once for them, keyed also on
 * the requested mode in case the rules' options differ.
 */
const sourcesByLint = new WeakMap<object, Map<string, AnalysisSource>>();

function analysisSourceFor(
  context: Context,
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

const messageForReason = {
  "no-consent": "noConsent",
  "consent-for-other-category": "consentForOtherCategory",
  "general-consent-for-sensitive": "generalConsentForSensitive",
} as const satisfies Record<Finding["reason"], MessageIds>;

/**
 * The findings of an analysis in the linted file, by sink kind, in groups reported together (same
 * expression, same reason). Worked out once per analysis: the three rules read the same memoised
 * analysis, each its own kind.
 */
const reportGroups = new WeakMap<
  FileAnalysis,
  { fileName: string; byKind: Map<Finding["kind"], Finding[][]> }
>();

function groupsOfKind(
  analysis: FileAnalysis,
  fileName: string,
  kind: Finding["kind"],
): readonly Finding[][] {
  const cached = reportGroups.get(analysis);
  let byKind = cached?.fileName === fileName ? cached.byKind : undefined;
  if (!byKind) {
    byKind = new Map();
    const byKey = new Map<string, Finding[]>();
    for (const finding of analysis.findings) {
      if (!sameFile(finding.file, fileName)) continue;
      const key = `${finding.kind}:${finding.start}:${finding.end}:${finding.reason}`;
      const group = byKey.get(key);
      if (group) group.push(finding);
      else {
        const created = [finding];
        byKey.set(key, created);
        const groups = byKind.get(finding.kind);
        if (groups) groups.push(created);
        else byKind.set(finding.kind, [created]);
      }
    }
    reportGroups.set(analysis, { fileName, byKind });
  }
  return byKind.get(kind) ?? [];
}

/** Whether a file name from the engine (the compiler's spelling) names the linted file. */
function sameFile(engineFile: string, fileName: string): boolean {
  return engineFile === fileName || path.resolve(engineFile) === fileName;
}

/** Whether a text is over a limit in UTF-8 bytes (a UTF-16 unit is at most 3 bytes). */
function overByteLimit(text: string, limit: number): boolean {
  return text.length * 3 > limit && Buffer.byteLength(text, "utf8") > limit;
}

/** Whether `name` is declared in the scope of `node` or one enclosing it (or is a global). */
function inScope(context: Context, node: TSESTree.Node, name: string): boolean {
  for (let scope: TSESLint.Scope.Scope | null = context.sourceCode.getScope(node); scope;) {
    if (scope.set.has(name)) return true;
    scope = scope.upper;
  }
  return false;
}

/**
 * The callee of the call the reached expression is an argument of (`logger.info`, `axios.post`),
 * as written, for the message; `undefined` when the expression is not inside a call's arguments.
 */
function sinkText(context: Context, start: number, end: number): string | undefined {
  let node: TSESTree.Node | undefined = context.sourceCode.getNodeByRangeIndex(start) ?? undefined;
  for (; node; node = node.parent) {
    if (
      (node.type === "CallExpression" || node.type === "NewExpression") &&
      node.callee.range[1] <= start &&
      node.range[1] >= end
    ) {
      const text = context.sourceCode.getText(node.callee).replace(/\s+/g, " ");
      return text.length > 60 ? `${text.slice(0, 57)}...` : text;
    }
  }
  return undefined;
}

/**
 * A suggestion wrapping the reported expression in the finding's masking function, offered only
 * when it is safe: every finding of the group names the same sanitizer, the expression is the PI
 * value itself (not a whole object or a string built from several values, where masking the
 * whole would change what is sent), and the sanitizer is already declared or imported in scope
 * (adding an import would guess a module path).
 */
function maskSuggestion(
  context: Context,
  group: readonly Finding[],
  range: [number, number],
  locale: Locale,
): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const sanitizers = new Set(group.map((f) => (f.fix.kind === "mask" ? f.fix.sanitizer : "")));
  const [sanitizer] = sanitizers;
  if (sanitizers.size !== 1 || !sanitizer || group.length !== 1) return [];
  const expression = context.sourceCode.text.slice(range[0], range[1]);
  if (expression !== group[0]!.fieldPath) return [];
  const node = context.sourceCode.getNodeByRangeIndex(range[0]);
  if (!node || !inScope(context, node, sanitizer)) return [];
  return [
    {
      messageId: "wrapInSanitizer",
      data: {
        message: formatMessage(lintMessages, locale, "lint.wrap-in-sanitizer", {
          expression,
          sanitizer,
        }),
      },
      fix: (fixer) => fixer.replaceTextRange(range, `${sanitizer}(${expression})`),
    },
  ];
}

/**
 * The rule listener shared by the three sink rules: run the engine once per file (it memoises per
 * compiler source file, so the other two rules reuse the analysis) on the source file the bridge
 * provides, and report this rule's sink kind, one report per reached expression and reason.
 */
export function createSinkListener(
  kind: Finding["kind"],
  context: Context,
  [options]: Readonly<Options>,
): TSESLint.RuleListener {
  return {
    Program(program) {
      const loaded = loadRuleConfig(options.config, context.cwd, options.locale);
      if ("problem" in loaded) {
        const shown = configProblemsShown.get(context.sourceCode) ?? new Set<string>();
        configProblemsShown.set(context.sourceCode, shown);
        if (shown.has(loaded.problem)) return;
        shown.add(loaded.problem);
        context.report({
          node: program,
          messageId: "configProblem",
          data: { problem: loaded.problem },
        });
        return;
      }
      const { config } = loaded;
      const locale = options.locale ?? config.locale;
      const limit = config.scan?.maxFileBytes ?? defaultMaxFileBytes;
      if (overByteLimit(context.sourceCode.text, limit)) {
        if (tooLargeShown.has(context.sourceCode)) return;
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
        return;
      }
      const fileName = path.resolve(context.filename);
      let analysis: FileAnalysis;
      const internalErrors: { message: string; start: number }[] = [];
      try {
        const source = analysisSourceFor(context, fileName, options.mode ?? "auto");
        analysis = analyzeCompilerSourceFile(source.compilerSourceFile, {
          config,
          typeChecker: source.typeChecker,
          program: source.program,
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
            message: formatMessage(lintMessages, locale, "lint.analysis-failed", {
              error: message,
            }),
          },
        });
        return;
      }
      for (const { message, start } of internalErrors) {
        const at = context.sourceCode.getLocFromIndex(start);
        context.report({
          loc: { start: at, end: at },
          messageId: "analysisFailed",
          data: {
            message: formatMessage(lintMessages, locale, "lint.analysis-failed", {
              error: message,
            }),
          },
        });
      }
      for (const problem of analysis.problems) {
        const owner = problemOwners.get(problem) ?? kind;
        problemOwners.set(problem, owner);
        if (owner !== kind || !sameFile(problem.file, fileName)) continue;
        context.report({
          loc: {
            start: context.sourceCode.getLocFromIndex(problem.start),
            end: context.sourceCode.getLocFromIndex(problem.end),
          },
          messageId: "annotationProblem",
          data: {
            problem: formatMessage(lintMessages, locale, problem.text.id, problem.text.params),
          },
        });
      }
      for (const group of groupsOfKind(analysis, fileName, kind)) {
        const first = group[0]!;
        const range: [number, number] = [first.start, first.end];
        context.report({
          loc: {
            start: context.sourceCode.getLocFromIndex(first.start),
            end: context.sourceCode.getLocFromIndex(first.end),
          },
          messageId: messageForReason[first.reason],
          data: {
            ...findingMessageParts(
              group,
              ruleForSinkKind[kind],
              config.taxonomy,
              locale,
              sinkText(context, first.start, first.end),
            ),
          },
          suggest: maskSuggestion(context, group, range, locale),
        });
      }
    },
  };
}
