import type { LocalizedText } from "../messages/localized-text.js";

/** How much harm a leak can do: PIPL Art. 28 "sensitive" PI, or general PI (Art. 4). */
export type Sensitivity = "general" | "sensitive";

/** A safeguard a category requires wherever it is stored or processed. */
export type RequiredControl = "encryption-at-rest" | "mainland-residency" | "separate-consent";

// Re-exported: the taxonomy's public types include its texts.
export type { LocalizedText };

/** How engineers name fields holding the category (pipl.md §3). */
export interface FieldNames {
  english: string[];
  pinyin: string[];
  pinyinAbbreviations: string[];
  chinese: string[];
}

/** One kind of personal information. */
export interface CategoryDefinition {
  /** Dot-hierarchical, kebab-case segments: `identity.resident-id`. Never reused. */
  id: string;
  /** Derived from the dotted prefix unless given. */
  parent?: string;
  /** Public vocabulary (`@pipl` tags, consent calls, resource tags, config): `resident-id`. */
  aliases: string[];
  name: LocalizedText;
  sensitivity: Sensitivity;
  /** Ids into the legal-basis table. */
  legalBasis: string[];
  fieldNames: FieldNames;
  /** Ids into `validators`: `resident-id`, `mobile`, `bank-card`, ... */
  validators: string[];
  controls: RequiredControl[];
  /**
   * An identifier that network logs must keep (an IP address, an account name: Cybersecurity Law
   * Art. 21): reported when exported or sent, not when logged, unless the config asks
   * (`analysis.reportNetworkLogIdentifiers`).
   */
  networkLogIdentifier?: boolean;
  deprecated?: { replacedBy: string };
}
