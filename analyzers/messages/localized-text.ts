import type { Locale } from "./locale.js";

/** A text in every message locale (English and Simplified Chinese). */
export type LocalizedText = Record<Locale, string>;
