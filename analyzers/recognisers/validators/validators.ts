import { isBankCard } from "./bank-card.js";
import { isMobile } from "./mobile.js";
import { isPassport } from "./passport.js";
import { isLegacyResidentId, isResidentId } from "./resident-id.js";
import { isTravelPermit } from "./travel-permit.js";
import { isUscc } from "./uscc.js";

/**
 * Value validators by name. `mobile` is strict (allocated segments); use `isMobileLoose` to detect.
 * `uscc` recognises an organisation's code, to rule out false positives: it is not PI.
 */
export const validators = {
  residentId: isResidentId,
  residentIdLegacy: isLegacyResidentId,
  mobile: isMobile,
  bankCard: isBankCard,
  passport: isPassport,
  travelPermit: isTravelPermit,
  uscc: isUscc,
} as const;

/** The validator ids categories may cite (kebab-case), mapped to the functions. */
export const validatorsById: Readonly<Record<string, (value: string) => boolean>> = {
  "resident-id": isResidentId,
  "resident-id-15": isLegacyResidentId,
  mobile: isMobile,
  "bank-card": isBankCard,
  passport: isPassport,
  "travel-permit": isTravelPermit,
};
