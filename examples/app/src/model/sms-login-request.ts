/** Body of `POST /login/sms`: phone number plus the one-time code (Guiding Case 195). */
export interface SmsLoginRequest {
  phoneNumber: string;
  smsCode: string;
  /** Client device id, used for rate limiting. */
  deviceId: string;
}
