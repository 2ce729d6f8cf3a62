/*
 * Resident Identity Card number (公民身份号码, GB 11643-1999): 6-digit address code, YYYYMMDD birth
 * date, 3-digit sequence, ISO 7064 MOD 11-2 check character (pipl.md §2.1).
 */

/**
 * Province-level prefixes (first two digits, GB/T 2260): mainland provinces plus 71 (Taiwan), 81 (Hong
 * Kong), 82 (Macau) as validator.js accepts, 83 (Taiwan residents' residence permit, 2018, which
 * validator.js lacks) and 91 ("abroad").
 */
export const residentIdProvinces: ReadonlySet<string> = new Set([
  ...["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37"],
  ...["41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64"],
  ...["65", "71", "81", "82", "83", "91"],
]);

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = "10X98765432";
const shape18 = /^\d{17}[\dXx]$/;
const shape15 = /^\d{15}$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The MOD 11-2 check character for the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return checkCharacters[sum % 11]!;
}

/**
 * True for a valid 18-character resident ID number: known province prefix, a real calendar date
 * between 1800 and today, and the right check character (`X` in either case).
 */
export function isResidentId(value: string): boolean {
  if (!shape18.test(value) || !residentIdProvinces.has(value.slice(0, 2))) return false;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1800 || !isCalendarDate(year, month, day)) return false;
  if (Date.UTC(year, month - 1, day) > Date.now()) return false;
  return residentIdCheckCharacter(value.slice(0, 17)) === value[17]!.toUpperCase();
}

/**
 * True for a first-generation 15-digit number (address code, YYMMDD in the 1900s, sequence; no check
 * digit). Kept separate from `isResidentId` because 15 digits are far more likely to be something else.
 */
export function isLegacyResidentId(value: string): boolean {
  if (!shape15.test(value) || !residentIdProvinces.has(value.slice(0, 2))) return false;
  const year = 1900 + Number(value.slice(6, 8));
  return isCalendarDate(year, Number(value.slice(8, 10)), Number(value.slice(10, 12)));
}

/** Upgrades a valid 15-digit number to its 18-character form (inserts `19`, appends the check). */
export function upgradeLegacyResidentId(value: string): string | undefined {
  if (!isLegacyResidentId(value)) return undefined;
  const first17 = `${value.slice(0, 6)}19${value.slice(6)}`;
  return first17 + residentIdCheckCharacter(first17);
}
