import type { LocalizedText } from "../messages/localized-text.js";
import type { SinkKind } from "../sinks/sink-spec.js";

/**
 * Everything pipl-guard says about one rule, kept in one place: the ESLint rule's `meta`, the
 * scanner's rule ids, the SARIF rule table, the docs URL and the README's rule table are derived
 * from it (tests check the tables against the records). `kind` says which of the two families it
 * belongs to: a sink rule (PI reaching a sink) or the annotation rule (`@pipl` tags themselves).
 */
export type RuleRecord = SinkRuleRecord | AnnotationRuleRecord;

/** What every rule record has, whatever it checks. */
interface RuleRecordBase {
  /** The rule's name in the plugin, kebab-case (`no-unconsented-logging`). */
  name: string;
  /** The id it reports under in ESLint, the scanner and SARIF (`pipl/` + name). */
  id: `pipl/${string}`;
  /** One line, "Disallow …", as ESLint's `meta.docs.description` and SARIF's short description. */
  description: LocalizedText;
  /** The law the rule enforces, for SARIF help and the HTML report. */
  legalBasis: LocalizedText;
  /** How to fix a finding, in general (each message names the fix for its own field). */
  fix: LocalizedText;
  /** In the `recommended` config (`strict` has every rule, as an error). */
  recommended: boolean;
  /**
   * Its level in `recommended` when it is there: `error` unless given. `strict` differs from
   * `recommended` in this: every rule is on, and as an error.
   */
  recommendedLevel?: "error" | "warn";
  /** Its documentation page, relative to the package root. */
  docsPath: string;
}

/** A rule reporting PI that reaches a sink of one kind without consent or a declared basis. */
export interface SinkRuleRecord extends RuleRecordBase {
  kind: "sink";
  /** The sinks it reports PI reaching. */
  sinkKind: SinkKind;
  /**
   * The article a message cites for PI that reaches the sink with no consent check: for general PI,
   * and for sensitive PI (which needs separate consent, PIPL Art. 29).
   */
  consentArticle: { general: LocalizedText; sensitive: LocalizedText };
  /** How a message says what happened to the value ("logged", "写入日志"). */
  verb: LocalizedText;
  /**
   * Set on the transfer rule that reports transfers to a recipient outside mainland China (PIPL
   * Arts. 38-39); the other transfer rule reports the rest, so each transfer is reported once.
   */
  crossBorder?: true;
}

/**
 * The rule reporting pipl annotations the engine cannot read (an unknown `@pipl` category, a
 * malformed `@pipl-basis`): each one silently drops what it was meant to declare.
 */
export interface AnnotationRuleRecord extends RuleRecordBase {
  kind: "annotations";
}
