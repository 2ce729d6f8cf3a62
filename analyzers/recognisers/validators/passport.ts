/*
 * PRC passports: e-passport `E` + 8 digits or `E` + letter (not I/O) + 7 digits, older `G` + 8 digits,
 * public-affairs/service/diplomatic `PE`/`SE`/`DE` + 7 digits; SAR passports HK `K` + 8, Macau `MA` + 7
 * (validator.js isPassportNumber CN; pipl.md §2.2).
 */

const passport = /^(?:E[0-9A-HJ-NP-Z]\d{7}|G\d{8}|[DSP]E\d{7}|K\d{8}|MA\d{7})$/;

/** True for a PRC (mainland or SAR) passport number shape. Upper-case letters only. */
export function isPassport(value: string): boolean {
  return passport.test(value);
}
