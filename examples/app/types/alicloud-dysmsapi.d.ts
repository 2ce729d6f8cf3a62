// Minimal declaration of Alibaba Cloud's SMS SDK (@alicloud/dysmsapi20170525, "Dysmsapi") as far
// as the example app uses it. Shapes follow the SDK's generated `client.d.ts` (v3).
declare module "@alicloud/dysmsapi20170525" {
  export class SendSmsRequest {
    constructor(map?: {
      phoneNumbers?: string;
      signName?: string;
      templateCode?: string;
      templateParam?: string;
    });
    phoneNumbers?: string;
    signName?: string;
    templateCode?: string;
    templateParam?: string;
  }
  export interface SendSmsResponse {
    body?: { code?: string; message?: string; bizId?: string };
  }
  export interface Config {
    accessKeyId?: string;
    accessKeySecret?: string;
    endpoint?: string;
  }
  export default class Client {
    constructor(config: Config);
    sendSms(request: SendSmsRequest): Promise<SendSmsResponse>;
  }
}
