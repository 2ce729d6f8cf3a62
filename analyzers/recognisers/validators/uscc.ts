/*
 * Unified Social Credit Code (统一社会信用代码, GB 32100-2015): an ORGANISATION's id, not personal
 * information. Recognised so 18-character codes are not mistaken for resident IDs (pipl.md §2.2;
 * algorithm as python-stdnum stdnum/cn/uscc.py).
 */

const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const shape = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** True for a USCC with a valid check character. */
export function isUscc(value: string): boolean {
  if (!shape.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(value[i]!) * weights[i]!;
  return alphabet[(31 - (sum % 31)) % 31] === value[17];
}
