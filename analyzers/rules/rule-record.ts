import type { LocalizedText } from "../messages/localized-text.js";
import type { SinkKind } from "../sinks/sink-spec.js";

/**
 * Everything pipl-guard says about one rule, kept in one place: the ESLint rule's `meta`, the
 * scanner's rule ids, the SARIF rule table, the docs URL and the README's rule table are derived
 * from it (tests check the tables against the records).
 */
export interface RuleRecord {
  /** The rule's name in the plugin, kebab-case (`no-unconsented-logging`). */
  name: string;
  /** The id it reports under in ESLint, the scanner and SARIF (`pipl/` + name). */
  id: `pipl/${string}`;
  /** The sinks it reports PI reaching. */
  sinkKind: SinkKind;
  /** One line, "Disallow …", as ESLint's `meta.docs.description` and SARIF's short description. */
  description: LocalizedText;
  /** The law the rule enforces, for SARIF help and the HTML report. */
  legalBasis: LocalizedText;
  /** How to fix a finding, in general (each message names the fix for its own field). */
  fix: LocalizedText;
  /**
   * The article a message cites for PI that reaches the sink with no consent check: for general PI,
   * and for sensitive PI (which needs separate consent, PIPL Art. 29).
   */
  consentArticle: { general: LocalizedText; sensitive: LocalizedText };
  /** How a message says what happened to the value ("logged", "写入日志"). */
  verb: LocalizedText;
  /** In the `recommended` config, as an error (`strict` has every rule). */
  recommended: boolean;
  /** Its documentation page, relative to the package root. */
  docsPath: string;
}
