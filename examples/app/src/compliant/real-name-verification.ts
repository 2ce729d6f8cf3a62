// The corrected twin of ../violations/real-name-verification.ts: nothing here should be reported.
import { consent } from "../consent/consent-service.js";
import { RequireConsent } from "../consent/require-consent-decorator.js";
import { requireConsent } from "../consent/require-consent.js";
import { logger } from "../infra/logger.js";
import { faceId } from "../infra/tencent-clients.js";
import type { RealNameRecord } from "../model/real-name-record.js";
import { maskResidentId } from "../privacy/mask.js";

/** Real-name verification with separate consent for each sensitive category. */
export class RealNameService {
  /**
   * Compare the selfie with the photo on file for the ID number. The decorator asserts consent
   * for `biometric`, which covers its child `biometric.face`; the assertion in the body covers
   * the ID number and the name.
   */
  @RequireConsent("biometric")
  async verifyRealName(userId: string, record: RealNameRecord): Promise<boolean> {
    // ✅ silent: only the user id and the masked ID number are logged.
    logger.info(
      { userId, idNumber: maskResidentId(record.idNumber) },
      "real-name verification started",
    );
    await consent.require(userId, "resident-id", "name");
    const { idNumber, xingming, faceImage } = record;
    const request = { IdCard: idNumber, Name: xingming, ImageBase64: faceImage };
    // ✅ silent: face is covered by the decorator, resident-id and name by the assertion.
    const result = await faceId.ImageRecognition(request);
    return result.Result === "Success";
  }
}

/** Re-check an ID number after asking for consent. */
export async function recheckIdNumber(record: RealNameRecord): Promise<void> {
  await requireConsent(record.userId, "resident-id", "name");
  // ✅ silent: the assertion above dominates the call on every path.
  await faceId.IdCardVerification({ IdCard: record.idNumber, Name: record.xingming });
}

/** Log a failed verification for the support team. */
export function logVerificationFailure(record: RealNameRecord, reason: string): void {
  // ✅ silent: the ID number is masked (first 3 and last 4 characters).
  process.stdout.write(
    "verification failed for " + maskResidentId(record.idNumber) + ": " + reason + "\n",
  );
}
