// Real-name verification (实名认证) with a resident ID and a face image, as first written. The
// number on an ID card is PI whose leak may endanger personal and property safety (Guiding Case
// 193) and face data produced for facial recognition is PI (Guiding Case 192); both are sensitive
// PI that needs separate consent (PIPL Art. 28, 29).
// Corrected twin: ../compliant/real-name-verification.ts.
import { consent } from "../consent/consent-service.js";
import { requireConsent } from "../consent/require-consent.js";
import { logger } from "../infra/logger.js";
import { faceId } from "../infra/tencent-clients.js";
import type { RealNameRecord } from "../model/real-name-record.js";

/** Compare the selfie with the photo on file for the ID number. */
export async function verifyRealName(record: RealNameRecord): Promise<boolean> {
  // ❌ pipl/no-unconsented-logging: the whole record, so record.idNumber (identity.resident-id),
  // record.faceImage (biometric.face), record.xingming (basic.name), record.idCardFrontImage.
  logger.info(record, "real-name verification started");
  const { idNumber, xingming, faceImage } = record;
  await consent.require(record.userId, "resident-id", "name");
  const request = { IdCard: idNumber, Name: xingming, ImageBase64: faceImage };
  // ❌ pipl/no-unconsented-transfer: faceImage (biometric.face) is sent to Tencent FaceID; the
  // consent above names resident-id and name only, not face (Art. 29: separate consent per
  // purpose).
  const result = await faceId.ImageRecognition(request);
  return result.Result === "Success";
}

/** Re-check an ID number, asking for consent only after the call. */
export async function recheckIdNumber(record: RealNameRecord): Promise<void> {
  // ❌ pipl/no-unconsented-transfer: record.idNumber (identity.resident-id) and record.xingming
  // (basic.name) are sent before the consent check below runs; a check after the sink protects
  // nothing.
  await faceId.IdCardVerification({ IdCard: record.idNumber, Name: record.xingming });
  await requireConsent(record.userId, "resident-id", "name");
}

/** Log a failed verification for the support team. */
export function logVerificationFailure(record: RealNameRecord, reason: string): void {
  // ❌ pipl/no-unconsented-logging: record.idNumber (identity.resident-id) concatenated with `+`
  // into a line written straight to stdout.
  process.stdout.write("verification failed for " + record.idNumber + ": " + reason + "\n");
}
