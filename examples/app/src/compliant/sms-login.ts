// The corrected twin of ../violations/sms-login.ts: nothing here should be reported.
import { SendSmsRequest } from "@alicloud/dysmsapi20170525";
import { logger } from "../infra/logger.js";
import { aliyunSms } from "../infra/sms-client.js";
import { tencentSms } from "../infra/tencent-clients.js";
import type { SmsLoginRequest } from "../model/sms-login-request.js";
import { maskMobile, redact } from "../privacy/mask.js";

/** The number of digits in a login code: a number about a code, not a code. */
const verificationCodeLength = 6;

/**
 * Send a login code the user just asked for.
 *
 * @pipl-basis contract delivering the code the user requested is necessary to log them in
 *   (PIPL Art. 13(2)); the SMS providers are entrusted processors (Art. 21)
 */
export async function sendLoginCode(phoneNumber: string, smsCode: string): Promise<void> {
  // ✅ silent: the number is masked and the code is replaced before logging.
  logger.info(`sending login code ${redact(smsCode)} to ${maskMobile(phoneNumber)}`);
  const templateParam = JSON.stringify({ code: smsCode });
  const request = new SendSmsRequest({ phoneNumbers: phoneNumber, templateParam });
  try {
    // ✅ silent: covered by the contract basis declared on the function.
    await aliyunSms.sendSms(request);
  } catch {
    const fallback = { PhoneNumberSet: [`+86${phoneNumber}`], TemplateParamSet: [smsCode] };
    // ✅ silent: covered by the contract basis declared on the function.
    await tencentSms.SendSms({ ...fallback, SmsSdkAppId: "1400000000", TemplateId: "100001" });
  }
}

/** Check a login code. */
export async function loginWithSmsCode(req: SmsLoginRequest): Promise<boolean> {
  const { phoneNumber, smsCode } = req;
  // ✅ silent: a masked number, a boolean test of the code, and a constant named like a code.
  logger.info(
    { mobile: maskMobile(phoneNumber), codeGiven: smsCode.length > 0, verificationCodeLength },
    "login attempt",
  );
  return smsCode.length === verificationCodeLength;
}
