/*
 * Mainland Travel Permit for Hong Kong and Macau Residents (回乡证): `H`/`M` + 8 digits, older cards
 * + 10 digits (util-helpers isHMCard; pipl.md §2.2). The Taiwan residents' permit is 8 bare digits, too
 * generic for a value check: field names recognise it.
 */

const permit = /^[HM]\d{8}(?:\d{2})?$/;

/** True for a Hong Kong / Macau residents' travel permit number. */
export function isTravelPermit(value: string): boolean {
  return permit.test(value);
}
