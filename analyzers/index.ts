/**
 * pipl-guard public API: the PIPL taxonomy, identifier and value recognisers, and configuration.
 */
export {
  categories,
  createTaxonomy,
  defaultTaxonomy,
  legalBases,
  type CategoryDefinition,
  type CategoryMatch,
  type CreateTaxonomyOptions,
  type FieldPatterns,
  type LegalBasis,
  type LocalizedText,
  type RequiredControl,
  type Sensitivity,
  type Taxonomy,
} from "./taxonomy/index.js";
export { classifyIdentifier, resolveCategory } from "./recognisers/classify-identifier.js";
export { tokenizeIdentifier } from "./recognisers/tokenize-identifier.js";
export { validators } from "./recognisers/validators/validators.js";
export { ConfigError } from "./config/config-error.js";
export { loadConfig, loadConfigAsync } from "./config/load-config.js";
export type { ResolvedConfig } from "./config/resolved-config.js";
export type { ConfigInput } from "./config/config-schema.js";
export { validatorsById } from "./recognisers/validators/validators.js";
export type { Locale } from "./messages/locale.js";
export { findPiInText, type TextFinding } from "./recognisers/find-pi-in-text.js";
export { formatMessage, type MessageCatalog } from "./messages/format-message.js";
export {
  analyzeCompilerSourceFile,
  analyzeSourceFile,
  type EngineOptions,
} from "./engine/analyze-source-file.js";
export type { EngineConfig } from "./engine/engine-config.js";
export type {
  Finding,
  FindingConfidence,
  FindingFix,
  FindingReason,
  FlowStep,
  TransferMechanismDeclaration,
} from "./engine/finding.js";
export type {
  DestinationSource,
  Jurisdiction,
  TransferDestination,
} from "./transfers/transfer-destination.js";
export { transferMechanisms, type TransferMechanism } from "./transfers/transfer-mechanisms.js";
export type { TransfersSection } from "./transfers/transfers-section.js";
export { ruleForFinding, ruleRecords } from "./rules/rule-records.js";
export type {
  AnnotationProblem,
  ConsentedFlow,
  DeclaredBasis,
  FileAnalysis,
  PiSource,
} from "./engine/file-analysis.js";
export { createSummaryStore, type SummaryStore } from "./engine/function-summary.js";
export { defaultSinks } from "./sinks/default-sinks.js";
export type { SinkKind, SinkSpec } from "./sinks/sink-spec.js";
export type { ConsentFunctionSpec } from "./consent/consent-spec.js";
export { scanProject, type ProjectScan, type ScanProjectOptions } from "./scan/scan-project.js";
export {
  applyBaselineFile,
  type BaselinedScan,
  type BaselineFileOptions,
} from "./scan/apply-baseline-file.js";
export { updateBaselineFile, type BaselineUpdate } from "./scan/update-baseline-file.js";
export { applyBaseline, type BaselineComparison } from "./scan/apply-baseline.js";
export { updateBaseline } from "./scan/update-baseline.js";
export {
  formatBaselineFile,
  readBaselineFile,
  writeBaselineFile,
  type BaselineEntry,
  type BaselineFile,
} from "./scan/baseline-file.js";
export { BaselineError } from "./scan/baseline-error.js";
export type {
  BaselineSummary,
  CategorySummary,
  CrossBorderRecipient,
  CrossBorderSite,
  Inventory,
  InventoryBasis,
  InventoryCategory,
  InventoryFlow,
  ReportedFinding,
  ScanResult,
  StaleBaselineEntry,
} from "./scan/scan-result.js";
export { reporters, type ReportFormat } from "./reporters/reporters.js";
export type { Reporter, ReportOptions } from "./reporters/reporter.js";
export { runCli, type CliIo } from "./cli/run-cli.js";
