/**
 * The purposes a user can consent to, named with pipl-guard's category aliases so the linter can
 * tell which categories a check covers. Sensitive categories (face, resident-id, verification
 * code) need their own, separate consent (PIPL Art. 29); a general "terms accepted" does not cover
 * them.
 */
export const consentCategories = [
  "mobile-number",
  "name",
  "address",
  "wechat",
  "resident-id",
  "face",
  "biometric",
  "verification-code",
  // Not a category: the purpose of providing PI outside mainland China (PIPL Art. 39), named with
  // the categories it covers (`requireConsent(id, "mobile-number", "cross-border")`).
  "cross-border",
] as const;

/** One consent purpose. */
export type ConsentCategory = (typeof consentCategories)[number];
