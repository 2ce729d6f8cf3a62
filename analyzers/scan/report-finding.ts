import type { Project, SourceFile } from "ts-morph";
import type { Finding } from "../engine/finding.js";
import { describeFindings, type DescribingTaxonomy } from "../messages/describe-findings.js";
import type { Locale } from "../messages/locale.js";
import { maskLiteralValues } from "../messages/mask-literal-values.js";
import { tsMorph } from "../typescript/index.js";
import { enclosingContext } from "./enclosing-context.js";
import type { FingerprintInput } from "./fingerprint-findings.js";
import type { PositionResolver } from "./position-resolver.js";
import { ruleForFinding } from "../rules/rule-records.js";
import type { ReportedFinding } from "./scan-result.js";

/** A reported finding before fingerprinting, with what its fingerprint is computed from. */
export interface UnfingerprintedFinding {
  finding: Omit<ReportedFinding, "fingerprint">;
  key: FingerprintInput;
}

/**
 * Resolves an engine finding to lines, its rule id and its message in the locale (the engine's
 * message catalogue, shared with the ESLint rules). Every text shown to people has PI-like digit
 * runs masked; the raw expression text only goes into the fingerprint hash.
 */
export function reportFinding(
  f: Finding,
  project: Project,
  position: PositionResolver,
  taxonomy: DescribingTaxonomy,
  locale: Locale,
): UnfingerprintedFinding {
  const start = position(f.file, f.start);
  const end = position(f.file, f.end);
  const ruleId = ruleForFinding(f).id;
  const sf = project.getSourceFile(f.file);
  const masked = { ...f, fieldPath: maskLiteralValues(f.fieldPath) };
  // Cross-file: a step after the source (which may be declared anywhere) lies in another file,
  // i.e. the sink is inside a helper of another module.
  const elsewhere = f.flow.slice(1).find((s) => s.file !== f.file);
  const callee = elsewhere && sf ? calleeAround(sf, f.start) : undefined;
  return {
    finding: {
      ruleId,
      kind: f.kind,
      category: f.category,
      fieldPath: masked.fieldPath,
      sink: maskedSink(f.sink),
      reason: f.reason,
      confidence: f.confidence,
      range: { ...start, endLine: end.line, endColumn: end.column },
      flow: f.flow.map((s) => ({
        ...position(s.file, s.start),
        label: maskLiteralValues(s.label),
      })),
      fix: f.fix,
      ...(f.destination ? { destination: f.destination } : {}),
      ...(f.mechanism ? { mechanism: f.mechanism } : {}),
      message: describeFindings([masked], taxonomy, locale),
      ...(elsewhere && callee !== undefined
        ? { via: { ...position(elsewhere.file, elsewhere.start), callee } }
        : {}),
    },
    key: {
      ruleId,
      category: f.category,
      file: start.file,
      fieldPath: f.fieldPath,
      sinkId: f.sink.id,
      context: sf ? enclosingContext(sf, f.start) : "",
      snippet: sf ? sf.getFullText().slice(f.start, f.end) : "",
      start: f.start,
    },
  };
}

/** The sink with PI-like digit runs masked in what is shown (a literal in a callee's text). */
export function maskedSink(sink: Finding["sink"]): Finding["sink"] {
  const label = maskLiteralValues(sink.label);
  return sink.call === undefined
    ? { id: sink.id, label }
    : { id: sink.id, label, call: maskLiteralValues(sink.call) };
}

// The function called at a cross-file finding: the call whose argument reaches the other file.
function calleeAround(sf: SourceFile, offset: number): string | undefined {
  const call = sf.getDescendantAtPos(offset)?.getFirstAncestor(tsMorph().Node.isCallExpression);
  return call ? maskLiteralValues(call.getExpression().getText()) : undefined;
}
