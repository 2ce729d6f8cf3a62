/*
 * The data a scan produces and every reporter reads. Reporters are pure functions of this value:
 * it carries the findings (with their messages already in the chosen locale), the inventory, the
 * category metadata the findings cite, and the baseline comparison, so no reporter needs the engine,
 * the taxonomy or the file system.
 */

import type { Locale } from "../messages/locale.js";
import type { SinkKind } from "../sinks/sink-spec.js";
import type { LocalizedText } from "../messages/localized-text.js";
import type {
  FindingConfidence,
  FindingFix,
  FindingReason,
  TransferMechanismDeclaration,
} from "../engine/finding.js";
import type { TransferDestination } from "../transfers/transfer-destination.js";

// Re-exported so reporters read every type of the result from this one module.
export type { Locale, LocalizedText, SinkKind, TransferDestination, TransferMechanismDeclaration };

/** A 1-based line/column position in a scanned file (path relative to the scan root, `/`-separated). */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** A 1-based range in a scanned file. */
export interface SourceRange extends SourcePosition {
  endLine: number;
  endColumn: number;
}

/**
 * A sink as reports carry it: catalogue id and label, and the callee as written at the finding
 * (`logger.info`) when the value is a call's argument. Reports show `sinkName(sink)`: the call,
 * else the label, as the ESLint rules do.
 */
export interface ReportedSink {
  id: string;
  label: string;
  call?: string;
}

/** One step of a flow from the PI source to the sink. */
export interface FlowStep extends SourcePosition {
  label: string;
}

/** A finding as reported: the engine's finding resolved to lines, a rule id, a message and a fingerprint. */
export interface ReportedFinding {
  /**
   * `pipl/no-unconsented-logging` | `-export` | `-transfer`, from the sink kind; a transfer to a
   * recipient outside mainland China is `pipl/no-unconsented-cross-border`'s.
   */
  ruleId: string;
  kind: SinkKind;
  category: string;
  fieldPath: string;
  sink: ReportedSink;
  reason: FindingReason;
  /** `high`: declared or typed source, catalogued sink; `medium`: names in untyped code. */
  confidence: FindingConfidence;
  /** Where the PI expression reaches the sink. */
  range: SourceRange;
  flow: FlowStep[];
  fix: FindingFix;
  /** Where a transfer goes (transfers only). */
  destination?: TransferDestination;
  /** The PIPL Art. 38 mechanism declared for a cross-border transfer (`@pipl-transfer`). */
  mechanism?: TransferMechanismDeclaration;
  /** The finding's message in the report locale; never contains a PI literal's value. */
  message: string;
  /** Stable across line shifts; see `fingerprintFindings`. */
  fingerprint: string;
  /** Set when the finding was found through a function in another file (cross-file summary). */
  via?: SourcePosition & { callee: string };
}

/** A legal basis as reports cite it. */
export interface CitedLegalBasis {
  id: string;
  citation: LocalizedText;
  summary: LocalizedText;
  url?: string;
}

/** What reports need to know about a category the scan met. */
export interface CategorySummary {
  id: string;
  name: LocalizedText;
  sensitivity: "general" | "sensitive";
  legalBases: CitedLegalBasis[];
}

/** A lawful basis other than consent declared with `@pipl-basis <basis> <reason>` on a function. */
export interface InventoryBasis extends SourcePosition {
  functionName: string;
  basis: string;
  reason: string;
}

/** How a flow of PI to a sink is justified. */
export type FlowStatus = "consented" | "lawful-basis" | "unprotected";

/** One flow of a category to a sink, for the inventory. */
export interface InventoryFlow extends SourcePosition {
  kind: SinkKind;
  sink: ReportedSink;
  fieldPath: string;
  status: FlowStatus;
  /** The declared basis when `status` is `lawful-basis`. */
  basis?: string;
}

/** Where one category is read and where it flows. */
export interface InventoryCategory {
  category: string;
  /** Where the category is read: declarations and expressions the engine recognised as PI. */
  sources: (SourcePosition & { label: string })[];
  flows: InventoryFlow[];
}

/** One send of PI to a recipient outside mainland China. */
export interface CrossBorderSite extends SourcePosition {
  category: string;
  fieldPath: string;
  sink: ReportedSink;
  status: FlowStatus;
  /** The declared basis when `status` is `lawful-basis`. */
  basis?: string;
  /** The Art. 38 mechanism declared on the function (`@pipl-transfer`), if any. */
  mechanism?: TransferMechanismDeclaration;
}

/**
 * A recipient outside mainland China and what the code sends it: the list a CAC standard-contract
 * filing and the PIPL Art. 55 assessment ask for.
 */
export interface CrossBorderRecipient {
  /** The recipient as reports name it: its service, else its host or region. */
  recipient: string;
  destination: TransferDestination;
  /** Category ids sent, sorted. */
  categories: string[];
  sites: CrossBorderSite[];
  /** Whether every site is covered by cross-border consent or another declared basis. */
  consented: "all" | "some" | "none";
  /** Mechanisms declared at its sites, sorted; empty when none is. */
  mechanisms: string[];
}

/** The engineering input to a PIPL Art. 55-56 impact assessment. */
export interface Inventory {
  categories: InventoryCategory[];
  declaredBases: InventoryBasis[];
  /** Recipients outside mainland China (PIPL Arts. 38-39), sorted by name. */
  crossBorder: CrossBorderRecipient[];
}

/** A baseline entry that matched no current finding. */
export interface StaleBaselineEntry {
  fingerprint: string;
  ruleId: string;
  category: string;
  file: string;
  fieldPath: string;
  reason?: string;
}

/** The outcome of comparing the findings with a baseline file. */
export interface BaselineSummary {
  file: string;
  /** Findings matched by a baseline entry (not reported as new). */
  matched: number;
  stale: StaleBaselineEntry[];
}

/**
 * A file the scan did not analyse because it is larger than the limit (`--max-file-size`,
 * `scan.maxFileBytes`). Not a finding: it does not change the exit code, but every report lists it.
 */
export interface NotAnalysedFile {
  file: string;
  /** Over the size limit, binary (a NUL byte early on), or minified (long lines on average). */
  reason: "too-large" | "binary" | "minified";
  /** The file's size in bytes. */
  bytes: number;
  /** The limit in force, in bytes. */
  limit: number;
  /** What happened and the fix, in the report locale. */
  message: string;
}

/** Everything a scan produced. */
export interface ScanResult {
  tool: { name: string; version: string };
  /** Absolute scan root; every `file` in the result is relative to it. */
  root: string;
  locale: Locale;
  /** Files analysed (those in `notAnalysed` are not counted). */
  filesScanned: number;
  /** Files too large to analyse; present only when there are some. */
  notAnalysed?: NotAnalysedFile[];
  /** Generated files left out by default (`dist`, `coverage`, `*.bundle.js`; see vendoredGlobs). */
  vendored?: number;
  /** New findings (not in the baseline), sorted by file, position, rule, category, field. */
  findings: ReportedFinding[];
  /** Metadata of every category cited by a finding or the inventory, keyed by id. */
  categories: Record<string, CategorySummary>;
  inventory: Inventory;
  baseline?: BaselineSummary;
}
