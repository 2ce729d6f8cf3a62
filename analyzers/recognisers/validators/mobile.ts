/*
 * Mainland-China mobile numbers. Strict segments from libphonenumber-js 1.13.16 CN mobile metadata;
 * loose pattern from any-rule (宽松). Both with an optional +86 / 0086 prefix (pipl.md §2.2).
 */

const strict =
  /^(?:(?:\+|00)86)?(?:1(?:3\d|4[57]|5[0-35-9]|6[25-7]|7[0-35-8]|8\d|9[0-35-9])\d{8}|1(?:610\d|740[0-5])\d{6})$/;
const loose = /^(?:(?:\+|00)86)?1[3-9]\d{9}$/;

/** Validation: true only for allocated mobile segments (rejects 194, 154, 14x IoT numbers). */
export function isMobile(value: string): boolean {
  return strict.test(value);
}

/** Detection: any 11-digit number starting 13–19 (cheap false positives, no missed new segments). */
export function isMobileLoose(value: string): boolean {
  return loose.test(value);
}
