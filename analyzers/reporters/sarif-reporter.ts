import { pathToFileURL } from "node:url";
import { ruleDocsUrl } from "../rules/rule-docs-url.js";
import { ruleRecords } from "../rules/rule-records.js";
import type { ReportedFinding, ScanResult, SourcePosition } from "../scan/scan-result.js";
import type { Reporter } from "./reporter.js";
import { repositoryUrl } from "../repository-url.js";

/** Key of the partial fingerprint, versioned so a change of the hash does not mix with old results. */
export const sarifFingerprintKey = "piplGuardFinding/v1";

/**
 * SARIF 2.1.0 for GitHub code scanning and other consumers: one rule per sink kind (with help URI,
 * legal basis and fix), one result per finding with its location, the flow as a code flow, the
 * category and legal bases as properties, and a partial fingerprint that survives line shifts.
 * Files not analysed (over the size limit) are tool execution notifications of the invocation.
 */
export const sarifReporter: Reporter = (result: ScanResult) => {
  const locale = result.locale;
  const rules = ruleRecords.map((rule) => {
    const { id } = rule;
    return {
      id,
      name: rule.name,
      shortDescription: { text: rule.description[locale] },
      fullDescription: { text: `${rule.description[locale]}. ${rule.legalBasis[locale]}` },
      helpUri: ruleDocsUrl(rule),
      help: {
        text: `${rule.legalBasis[locale]}\n${rule.fix[locale]}`,
        markdown: `${rule.legalBasis[locale]}\n\n**Fix:** ${rule.fix[locale]}\n\n[${id}](${ruleDocsUrl(rule)})`,
      },
      defaultConfiguration: { level: "error" },
      properties: { tags: ["security", "privacy", "pipl"] },
    };
  });
  const ruleIndex = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  const results = result.findings.map((f) => toResult(f, result, ruleIndex.get(f.ruleId) ?? 0));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            informationUri: repositoryUrl,
            rules,
          },
        },
        originalUriBaseIds: {
          SRCROOT: { uri: `${pathToFileURL(result.root).href.replace(/\/?$/, "/")}` },
        },
        language: locale,
        ...invocations(result),
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/**
 * Files over the size limit as tool execution notifications (warnings, not results: they are not
 * findings), each at the file with its size and the limit; absent when every file was analysed.
 */
function invocations(result: ScanResult) {
  const files = result.notAnalysed ?? [];
  if (files.length === 0) return {};
  return {
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: files.map((n) => ({
          descriptor: { id: "pipl-guard/file-not-analysed" },
          level: "warning",
          message: { text: n.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeUri(n.file), uriBaseId: "SRCROOT" },
              },
            },
          ],
          properties: { reason: n.reason, bytes: n.bytes, limit: n.limit },
        })),
      },
    ],
  };
}

function toResult(f: ReportedFinding, result: ScanResult, ruleIndex: number) {
  const category = result.categories[f.category];
  return {
    ruleId: f.ruleId,
    ruleIndex,
    // A finding that rests on names in untyped code is a warning: still shown, ranked below.
    level: f.confidence === "medium" ? "warning" : "error",
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUri(f.range.file), uriBaseId: "SRCROOT" },
          region: {
            startLine: f.range.line,
            startColumn: f.range.column,
            endLine: f.range.endLine,
            endColumn: f.range.endColumn,
          },
        },
      },
    ],
    ...(f.flow.length > 0
      ? {
          codeFlows: [
            {
              threadFlows: [
                {
                  locations: f.flow.map((step) => ({
                    location: { ...physical(step), message: { text: step.label } },
                  })),
                },
              ],
            },
          ],
        }
      : {}),
    partialFingerprints: { [sarifFingerprintKey]: f.fingerprint },
    properties: {
      category: f.category,
      ...(category
        ? {
            categoryName: category.name[result.locale],
            sensitivity: category.sensitivity,
            legalBasis: category.legalBases.map((b) => b.citation[result.locale]),
          }
        : {}),
      fieldPath: f.fieldPath,
      sink: f.sink.id,
      reason: f.reason,
      confidence: f.confidence,
      ...(f.destination
        ? {
            destination: {
              jurisdiction: f.destination.jurisdiction,
              ...(f.destination.service ? { service: f.destination.service } : {}),
              ...(f.destination.host ? { host: f.destination.host } : {}),
              ...(f.destination.place ? { place: f.destination.place[result.locale] } : {}),
              ...(f.destination.region ? { region: f.destination.region } : {}),
            },
          }
        : {}),
      ...(f.mechanism ? { transferMechanism: f.mechanism } : {}),
    },
  };
}

function physical(p: SourcePosition) {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeUri(p.file), uriBaseId: "SRCROOT" },
      region: { startLine: p.line, startColumn: p.column },
    },
  };
}

// Relative paths become relative URI references: encode each segment, keep the slashes.
function encodeUri(file: string): string {
  return file.split("/").map(encodeURIComponent).join("/");
}
