/** Body of `POST /login/sms`: phone number plus the one-time code (Guiding Case 195). */
export interface SmsLoginRequest {
  phoneNumber: string;
  smsCode: string;
  /** Client device id, used for rate limiting: a device identifier is PI too (GB/T 35273 A.1). */
  deviceId: string;
}
