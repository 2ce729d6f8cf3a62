import type { LintMessageId } from "../messages/lint-messages.js";
import type { SinkKind } from "../sinks/sink-spec.js";
import type { TransferDestination } from "../transfers/transfer-destination.js";
import type { Finding, FlowStep, TransferMechanismDeclaration } from "./finding.js";

/** Where PI is declared or read in a file (the scanner's inventory of sources). */
export interface PiSource {
  category: string;
  fieldPath: string;
  /** How it was recognised: a `@pipl` tag, the name (and a plausible type), or a literal's value. */
  origin: "tag" | "name" | "literal";
  file: string;
  start: number;
  end: number;
}

/** A flow of PI into a sink that is covered: by consent, or by a declared lawful basis. */
export interface ConsentedFlow {
  kind: SinkKind;
  category: string;
  fieldPath: string;
  sink: { id: string; label: string };
  file: string;
  start: number;
  end: number;
  flow: FlowStep[];
  coveredBy: { kind: "consent"; categories: string[] } | { kind: "basis"; basis: string };
  /** Where a transfer sends the data (transfers only). */
  destination?: TransferDestination;
  /** The Art. 38 mechanism declared for a cross-border transfer, when there is one. */
  mechanism?: TransferMechanismDeclaration;
}

/** A `@pipl-basis <basis> <reason>` tag on a function. */
export interface DeclaredBasis {
  basis: string;
  reason: string;
  /** Name of the function (`exportOrders`, `OrderService.exportOrders`, `<anonymous>`). */
  functionName: string;
  file: string;
  start: number;
  end: number;
}

/** An annotation problem as a `lintMessages` entry and its parameters. */
export interface AnnotationProblemText {
  id: Extract<LintMessageId, `annotation.${string}`>;
  params: Readonly<Record<string, string>>;
  /** The tag's value and what to write instead, when a close known value exists (did you mean). */
  replace?: { value: string; by: string };
}

/** A problem with the analysed code's annotations (unknown `@pipl` category, unknown basis). */
export interface AnnotationProblem {
  /** In English (logs, tests); `text` words it in any locale (`lintMessages`). */
  message: string;
  text: AnnotationProblemText;
  file: string;
  start: number;
  end: number;
  /** Where the tag's value is and what to write there instead (a fix to suggest, not to apply). */
  replacement?: { start: number; end: number; text: string };
}

/** Everything the engine learned about one file. */
export interface FileAnalysis {
  /** Sorted by position, then category and field path. */
  findings: Finding[];
  sources: PiSource[];
  consentedFlows: ConsentedFlow[];
  declaredBases: DeclaredBasis[];
  /** Annotation problems (invalid `@pipl` / `@pipl-basis` values), sorted by position. */
  problems: AnnotationProblem[];
}
