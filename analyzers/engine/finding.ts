import type { SinkKind } from "../sinks/sink-spec.js";
import type { TransferDestination } from "../transfers/transfer-destination.js";

/** One step of a flow from a PI source to a sink, for messages and SARIF code flows. */
export interface FlowStep {
  file: string;
  start: number;
  end: number;
  /** Source text of the step; PI literals appear masked. */
  label: string;
}

/** The fix a finding suggests: mask with the category's sanitizer, or check consent for it. */
export type FindingFix =
  { kind: "mask"; sanitizer: string } | { kind: "consent"; category: string };

/**
 * Why a flow of PI into a sink is reported. `no-cross-border-consent`: the consent in scope covers
 * the category but not providing it outside mainland China (PIPL Art. 39).
 */
export type FindingReason =
  | "no-consent"
  | "consent-for-other-category"
  | "general-consent-for-sensitive"
  | "no-cross-border-consent";

/** A `@pipl-transfer <mechanism> <reference>` declared on the function around a transfer. */
export interface TransferMechanismDeclaration {
  mechanism: string;
  reference: string;
}

/**
 * PI of one category, at one field path, reaching one sink without a covering consent check or a
 * declared lawful basis. Positions are offsets into the file's text.
 */
export interface Finding {
  kind: SinkKind;
  /** Category id (`identity.resident-id`). */
  category: string;
  /** The PI field as declared: `user.idNumber`, `orders[0].receiverName`, `sample`. */
  fieldPath: string;
  /**
   * The catalogue id and label of the sink, and the callee as written where the value is passed
   * (`logger.info`, a local helper `logValue`) when it is a call's argument; `sinkName` picks
   * what messages and reports show.
   */
  sink: { id: string; label: string; call?: string };
  reason: FindingReason;
  file: string;
  /**
   * Start and end of the expression that reaches the sink (a sink argument), or, for a sink that
   * stores records (an export, a log table), of the field value the PI is put under on the way.
   */
  start: number;
  end: number;
  /** Source first, the sink argument last. */
  flow: FlowStep[];
  fix: FindingFix;
  /**
   * `high` when the source is declared or typed (a `@pipl` tag, a typed field, a validated
   * literal) and the sink is known; `medium` when it rests on a name read on an untyped value or
   * on a send recognised by its method name alone.
   */
  confidence: FindingConfidence;
  /** Where a transfer sends the data (transfers only; PIPL Arts. 38-39). */
  destination?: TransferDestination;
  /** The Art. 38 mechanism declared for a cross-border transfer, when there is one. */
  mechanism?: TransferMechanismDeclaration;
}

/** How sure the engine is that a finding is PI reaching the sink. */
export type FindingConfidence = "high" | "medium";
