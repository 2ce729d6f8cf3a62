/*
 * Bank card numbers (银行卡号): 13–19 digits passing the Luhn check. UnionPay cards start with 62;
 * most pass Luhn, though the scheme does not require it for every PAN (pipl.md §2.2), so a UnionPay
 * number failing Luhn is not recognised here: field names catch it instead.
 */

const shape = /^\d{13,19}$/;
/**
 * Issuer prefixes of payment cards (ISO/IEC 7812 major industry identifiers 3–6: Amex/JCB, Visa,
 * Mastercard, UnionPay/Discover; and Mastercard's 2221–2720 range). Order and serial numbers that
 * happen to pass Luhn mostly start with a year (`2020080309…`) and are not cards.
 */
const issuerPrefix = /^(?:[3-6]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/;

/** True when the digits pass the Luhn (mod 10) check. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** True for a 13–19 digit number with a card issuer's prefix and a valid Luhn check digit. */
export function isBankCard(value: string): boolean {
  return shape.test(value) && issuerPrefix.test(value) && passesLuhn(value);
}

/** True for a Luhn-valid UnionPay number (62 + 14–17 digits). */
export function isUnionPayCard(value: string): boolean {
  return /^62\d{14,17}$/.test(value) && passesLuhn(value);
}
