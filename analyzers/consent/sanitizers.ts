// Built-in sanitizer name prefixes. Source: PIPL Art. 51(3) ("encryption, de-identification and
// other technical measures") and Art. 73 (de-identification vs anonymisation); GB/T 35273-2020
// Annex C masking practice.

/** A function whose name starts with one of these words returns a value without the input's PI. */
export const defaultSanitizerPrefixes: readonly string[] = [
  "mask",
  "redact",
  "desensitize",
  "desensitise",
  "anonymize",
  "anonymise",
  "pseudonymize",
  "pseudonymise",
  "hash",
  "encrypt",
  "tokenize",
  "tokenise",
  "sha256",
  "hmac",
];

/** The sanitizer a fix suggests when the config names none. */
export const defaultSuggestedSanitizer = "mask";
