// Which kinds of values a category's data plausibly takes, so that a name alone does not make a
// value PI: `verificationCodeLength = 6` is a number, `phonePattern` a RegExp, `hasPhone` a boolean.
// Source: engineering judgement over GB/T 35273-2020 Annex A examples (coordinates, heights and
// amounts are numbers; face and fingerprint data are images or byte buffers; birth dates are dates).

/** A kind of runtime value. Strings are plausible for every category. */
export type ValueKind = "number" | "binary" | "date";

/**
 * Categories (by id, or an id prefix covering its children) and the value kinds they take besides
 * strings. Phone numbers, login codes and QQ numbers are often stored as numbers.
 */
export const categoryValueKinds: readonly { prefix: string; kinds: readonly ValueKind[] }[] = [
  { prefix: "biometric", kinds: ["binary"] },
  { prefix: "identity.document-image", kinds: ["binary"] },
  { prefix: "location", kinds: ["number"] },
  { prefix: "health", kinds: ["number"] },
  { prefix: "financial", kinds: ["number"] },
  { prefix: "basic.birth-date", kinds: ["number", "date"] },
  { prefix: "contact.mobile", kinds: ["number"] },
  { prefix: "auth.verification-code", kinds: ["number"] },
  { prefix: "account.social", kinds: ["number"] },
];

/** Type names of byte containers, plausible for image and biometric categories. */
export const binaryTypeNames: ReadonlySet<string> = new Set([
  "Buffer",
  "Uint8Array",
  "ArrayBuffer",
  "Blob",
  "File",
  "ReadableStream",
]);
