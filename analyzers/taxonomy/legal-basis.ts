import type { LocalizedText } from "../messages/localized-text.js";

/** A provision that makes a category personal or sensitive information. */
export interface LegalBasis {
  /** Kebab-case: `pipl-art-28`, `criminal-law-art-253a`, `guiding-case-195`. */
  id: string;
  citation: LocalizedText;
  summary: LocalizedText;
  url?: string;
}
