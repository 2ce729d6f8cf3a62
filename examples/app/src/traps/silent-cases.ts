// Names and shapes that look like PI but are not, and PI that is handled safely. A correct linter
// reports nothing in this file.
import { logger } from "../infra/logger.js";
import type { Order } from "../model/order.js";
import type { UserProfile } from "../model/user-profile.js";
import { maskMobile, maskResidentId, redact } from "../privacy/mask.js";

/** Screen width (px) below which the web app switches to its phone layout. */
const mobileBreakpoint = 768;
/** How many digits a login code has. */
const verificationCodeLength = 6;
/** Validates input format only. */
const phonePattern: RegExp = /^1[3-9]\d{9}$/;

/** Log-friendly summary of a user. */
export function describeUser(user: UserProfile, coupon: Order, codeVerifier: string): void {
  // ✅ silent: a layout constant whose name contains "mobile".
  console.log(`layout switches below ${mobileBreakpoint}px`);
  // ✅ silent: a number named like a verification code.
  logger.info({ verificationCodeLength }, "login config");
  // ✅ silent: a RegExp named like a phone number.
  logger.debug({ phonePattern }, "validator");
  // ✅ silent: `faceValue` is money.
  logger.info({ faceValue: coupon.faceValue }, "coupon");
  // ✅ silent: `hasPhone` is a boolean.
  logger.info({ hasPhone: user.hasPhone }, "profile");
  // ✅ silent: boolean tests of PI (a ternary on the value, a length comparison).
  logger.info(user.mobile ? "phone bound" : "no phone", { longName: user.realName.length > 4 });
  // ✅ silent: masked values (maskMobile, maskResidentId) and a redacted face image.
  logger.info({
    mobile: maskMobile(user.mobile),
    sfzh: maskResidentId(user.sfzh),
    face: redact(user.faceImageBase64),
  });
  // ✅ silent: an OAuth PKCE code verifier is not a verification code.
  logger.debug({ codeVerifier }, "oauth");
  // ✅ silent: a nickname chosen by the user is not a real name.
  logger.info({ nickname: user.nickname }, "profile");
}
