// SMS-code login, the way it is often first written. A phone number together with the code sent
// to it identifies the person (Guiding Case 195: selling such codes with the numbers is the crime
// of infringing citizens' PI, Criminal Law Art. 253A). Corrected twin: ../compliant/sms-login.ts.
import { SendSmsRequest } from "@alicloud/dysmsapi20170525";
import { logger } from "../infra/logger.js";
import { aliyunSms } from "../infra/sms-client.js";
import { tencentSms } from "../infra/tencent-clients.js";
import type { SmsLoginRequest } from "../model/sms-login-request.js";

/** Send a login code through Alibaba Cloud, falling back to Tencent Cloud. */
export async function sendLoginCode(phoneNumber: string, smsCode: string): Promise<void> {
  // ❌ pipl/no-unconsented-logging: phoneNumber (contact.mobile) and smsCode
  // (auth.verification-code) through a template literal; log platforms keep these for months
  // (Guiding Case 195).
  logger.info(`sending login code ${smsCode} to ${phoneNumber}`);
  const templateParam = JSON.stringify({ code: smsCode });
  const request = new SendSmsRequest({ phoneNumbers: phoneNumber, templateParam });
  try {
    // ❌ pipl/no-unconsented-transfer: request.phoneNumbers (contact.mobile) reaches the Alibaba
    // Cloud SMS SDK with no consent check and no declared basis (PIPL Art. 13, 21).
    await aliyunSms.sendSms(request);
  } catch {
    const fallback = { PhoneNumberSet: [`+86${phoneNumber}`], TemplateParamSet: [smsCode] };
    // ❌ pipl/no-unconsented-transfer: phoneNumber (contact.mobile) inside a template literal in
    // an array, and smsCode (auth.verification-code), reach the Tencent Cloud SMS SDK through a
    // spread of `fallback` (Art. 13, 21).
    await tencentSms.SendSms({ ...fallback, SmsSdkAppId: "1400000000", TemplateId: "100001" });
  }
}

/** Check a login code. */
export async function loginWithSmsCode(req: SmsLoginRequest): Promise<boolean> {
  const { phoneNumber, smsCode } = req;
  // ❌ pipl/no-unconsented-logging: phoneNumber (contact.mobile) and smsCode
  // (auth.verification-code), destructured from the request, are printed to stdout.
  console.log("login attempt", phoneNumber, smsCode);
  // ❌ pipl/no-unconsented-logging: the whole request, so req.phoneNumber (contact.mobile) and
  // req.smsCode (auth.verification-code).
  logger.debug(req, "sms login request");
  return smsCode.length === 6;
}
