// Minimal declaration of Tencent Cloud's Node SDK (tencentcloud-sdk-nodejs) as far as the example
// app uses it: the SMS client (API 2021-01-11) and the face-ID client (API 2018-03-01), following
// the SDK's generated `*_client.d.ts` and `*_models.d.ts`.
declare module "tencentcloud-sdk-nodejs" {
  interface ClientConfig {
    credential: { secretId?: string; secretKey?: string };
    region: string;
  }
  interface SendSmsRequest {
    PhoneNumberSet: string[];
    SmsSdkAppId: string;
    SignName?: string;
    TemplateId: string;
    TemplateParamSet?: string[];
  }
  interface SmsClient {
    SendSms(req: SendSmsRequest): Promise<{ RequestId?: string }>;
  }
  interface IdCardVerificationRequest {
    IdCard: string;
    Name: string;
  }
  interface ImageRecognitionRequest {
    IdCard: string;
    Name: string;
    ImageBase64: string;
  }
  interface FaceidClient {
    IdCardVerification(req: IdCardVerificationRequest): Promise<{ Result?: string }>;
    ImageRecognition(req: ImageRecognitionRequest): Promise<{ Result?: string; Sim?: number }>;
  }
  export const sms: { v20210111: { Client: new (config: ClientConfig) => SmsClient } };
  export const faceid: { v20180301: { Client: new (config: ClientConfig) => FaceidClient } };
}
