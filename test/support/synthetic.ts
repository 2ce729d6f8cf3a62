import { residentIdCheckCharacter } from "../../analyzers/recognisers/validators/resident-id.js";
import { passesLuhn } from "../../analyzers/recognisers/validators/bank-card.js";

/*
 * Synthetic personal data for tests: valid formats, fictitious people. Resident IDs use address code
 * 110105 (Beijing Chaoyang), dates in the 1990s and sequence numbers from the seed; mobiles use the
 * 138-0013-8xxx test range; bank cards use the UnionPay 62 prefix with a Luhn check digit.
 */

/** An 18-character resident ID with a valid check character, deterministic for a seed. */
export function syntheticResidentId(seed = 0): string {
  const n = Math.abs(Math.trunc(seed));
  const year = 1990 + (n % 10);
  const month = String(1 + (n % 12)).padStart(2, "0");
  const day = String(1 + (n % 28)).padStart(2, "0");
  const sequence = String(n % 1000).padStart(3, "0");
  const first17 = `110105${year}${month}${day}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A valid mainland mobile number: 13800138000, 13800138001, ... */
export function syntheticMobile(n = 0): string {
  return String(13800138000 + (Math.abs(Math.trunc(n)) % 1000));
}

/** A 16-digit Luhn-valid UnionPay-style card number starting 62. */
export function syntheticBankCard(n = 0): string {
  const body = `620000${String(Math.abs(Math.trunc(n)) % 1_000_000_000).padStart(9, "0")}`;
  for (let check = 0; check <= 9; check++)
    if (passesLuhn(body + String(check))) return body + String(check);
  throw new Error("unreachable: one Luhn digit always fits");
}
