import path from "node:path";
import type { ResolvedConfig } from "../config/resolved-config.js";
import { analyzeSourceFile } from "../engine/analyze-source-file.js";
import type { FileAnalysis } from "../engine/file-analysis.js";
import { createSummaryStore } from "../engine/function-summary.js";
import type { Locale } from "../messages/locale.js";
import { formatMessage } from "../messages/format-message.js";
import { lintMessages } from "../messages/lint-messages.js";
import { scanNoticeMessages } from "../messages/scan-messages.js";
import { buildInventory } from "./build-inventory.js";
import { buildProject, type ProjectInput } from "./build-project.js";
import { compareFindings } from "./compare-findings.js";
import { defaultMaxFileBytes, formatFileSize } from "./file-size-limit.js";
import { fingerprintFindings } from "./fingerprint-findings.js";
import { positionResolver } from "./position-resolver.js";
import { reportFinding } from "./report-finding.js";
import type {
  CategorySummary,
  Inventory,
  NotAnalysedFile,
  ReportedFinding,
} from "./scan-result.js";
import { summariseCategories } from "./summarise-categories.js";

/** What to scan and how. */
export interface ScanProjectOptions extends ProjectInput {
  config: ResolvedConfig;
  locale: Locale;
  /**
   * Files larger than this many bytes are not analysed but listed in `notAnalysed` (`--max-file-size`);
   * default: the config's `scan.maxFileBytes`, else {@link defaultMaxFileBytes}.
   */
  maxFileBytes?: number;
  /** Called after each file with the count done and the total (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

/** A whole-project scan before any baseline is applied. */
export interface ProjectScan {
  root: string;
  /** Files analysed (not counting `notAnalysed`). */
  filesScanned: number;
  /** Files too large, binary or minified: not analysed, listed with their size and the fix. */
  notAnalysed: NotAnalysedFile[];
  /** Generated files left out by default (`dist`, `coverage`, `*.bundle.js`; see vendoredGlobs). */
  vendored: number;
  /** Every finding, sorted by `compareFindings`. */
  findings: ReportedFinding[];
  categories: Record<string, CategorySummary>;
  inventory: Inventory;
  /** Invalid `@pipl` / `@pipl-basis` annotations in the scanned code (unknown category, basis), worded in `locale`. */
  problems: { file: string; line: number; column: number; message: string }[];
  /** Parts of files the engine skipped after an unexpected error (0 when all went well). */
  skipped: { file: string; line: number; message: string }[];
}

/**
 * Scans a project: builds one ts-morph Project, runs the engine (the same one as the ESLint rules)
 * on each file, then turns its findings into reported findings with messages and fingerprints and
 * collects the inventory. Only parses and type-checks the code; never runs it, never goes online.
 *
 * @throws ScanInputError for a missing tsconfig or path; ConfigError comes from loading the config.
 */
export function scanProject(options: ScanProjectOptions): ProjectScan {
  const limit = options.maxFileBytes ?? options.config.scan?.maxFileBytes ?? defaultMaxFileBytes;
  const { project, root, files, leftOut, vendored } = buildProject({
    ...options,
    maxFileBytes: limit,
  });
  const position = positionResolver(project, root);
  const analyses: FileAnalysis[] = [];
  // One summary store for the whole Project: a helper in b.ts that sends its parameter is
  // summarised once and reported at its call sites in a.ts.
  const crossFileSummaries = createSummaryStore();
  const skipped: ProjectScan["skipped"] = [];
  // Left out before parsing: too large for the limit, binary, or minified.
  const notAnalysed: NotAnalysedFile[] = leftOut.map(({ file, reason, bytes }) => ({
    file: path.relative(root, file).split(path.sep).join("/"),
    reason,
    bytes,
    limit,
    message: formatMessage(scanNoticeMessages, options.locale, `scan.not-analysed-${reason}`, {
      size: formatFileSize(bytes),
      limit: formatFileSize(limit),
    }),
  }));
  files.forEach((file, i) => {
    const sourceFile = project.getSourceFileOrThrow(file);
    analyses.push(
      analyzeSourceFile(sourceFile, {
        config: options.config,
        crossFileSummaries,
        onInternalError: (error, at) => {
          const { file: rel, line } = position(at.file, at.start);
          skipped.push({ file: rel, line, message: (error as Error).message ?? String(error) });
        },
      }),
    );
    options.onProgress?.(i + 1, files.length);
  });
  const pending = analyses.flatMap((a) =>
    a.findings.map((f) =>
      reportFinding(f, project, position, options.config.taxonomy, options.locale),
    ),
  );
  const fingerprints = fingerprintFindings(pending.map((p) => p.key));
  const findings = pending
    .map((p, i) => ({ ...p.finding, fingerprint: fingerprints[i]! }))
    .sort(compareFindings);
  const inventory = buildInventory(analyses, position);
  return {
    root,
    filesScanned: files.length,
    notAnalysed,
    vendored,
    findings,
    categories: summariseCategories(
      [...findings.map((f) => f.category), ...inventory.categories.map((c) => c.category)],
      options.config.taxonomy,
    ),
    inventory,
    problems: analyses.flatMap((a) =>
      a.problems.map((p) => ({
        ...position(p.file, p.start),
        message: formatMessage(lintMessages, options.locale, p.text.id, p.text.params),
      })),
    ),
    skipped,
  };
}
