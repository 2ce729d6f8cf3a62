// Transfer sinks of the Chinese cloud, payment, messaging and AI services that Node back ends call.
// Sources: the public APIs of uniCloud (`uniCloud.sendSms`, `getFacialRecognitionVerifyManager`,
// `uni-id` / `uni-id-common` `sendSmsCode`), WeChat cloud `wx-server-sdk` (`cloud.openapi.*`),
// Alibaba Cloud `@alicloud/sms-sdk` 1, `@alicloud/pop-core` 1 and `@alicloud/dysmsapi20170525` 2-3,
// Tencent Cloud per-product SDKs (`tencentcloud-sdk-nodejs-*` 4, `sms-node-sdk` 1, `qcloudsms_js`), Baidu AI `baidu-aip-sdk` 4
// (OCR, face), WeChat Pay `tenpay` 2, `wechatpay-axios-plugin` 0.9, `weixin-pay` 1, Alipay
// `alipay-sdk` 3-4, `nodemailer` 6 and egg-mailer's `app.mailer`, JPush `jpush-sdk` / `jpush-async`,
// DingTalk `dingtalk-robot-sender`, Chinese model vendors' own clients: Zhipu `zhipuai-sdk-nodejs-v4`
// (`new ZhipuAI().createCompletions`), Baidu Qianfan `@baiducloud/qianfan` (`new ChatCompletion().chat`),
// Tencent Hunyuan `tencentcloud-sdk-nodejs-hunyuan` (DashScope, Moonshot, DeepSeek and Volcengine Ark
// document the OpenAI SDK with their base URL for Node, which the `openai` sink follows). Every method of these clients is a remote API call, so a module
// they come from is matched as a whole (`calls: ["*"]`) unless it also has local helpers.
// PIPL Art. 21 (entrusted processors), Art. 23 (providing PI to others).
import type { SinkSpec } from "./sink-spec.js";

const wechatOpenApi = [
  "subscribeMessage.send",
  "templateMessage.send",
  "uniformMessage.send",
  "customerServiceMessage.send",
  "security.msgSecCheck",
  "security.imgSecCheck",
  "security.mediaCheckAsync",
  "ocr.idcard",
  "ocr.bankcard",
  "ocr.driverLicense",
  "ocr.vehicleLicense",
  "ocr.businessLicense",
  "ocr.printedText",
].map((m) => `openapi.${m}`);

/** Built-in transfer sinks of Chinese services. */
export const chinaServiceSinks: readonly SinkSpec[] = [
  {
    id: "unicloud",
    label: "uniCloud service (SMS, real-person verification)",
    kind: "transfer",
    match: [
      {
        global: "uniCloud",
        calls: [
          "sendSms",
          "getFacialRecognitionVerifyManager().getCertifyId",
          "getFacialRecognitionVerifyManager().getAuthResult",
        ],
      },
      { module: "uni-id", calls: ["sendSmsCode", "createInstance().sendSmsCode"] },
      { module: "uni-id-common", calls: ["createInstance().sendSmsCode"] },
    ],
  },
  {
    id: "wechat-cloud",
    label: "WeChat cloud open API (wx-server-sdk)",
    kind: "transfer",
    match: [{ module: "wx-server-sdk", calls: wechatOpenApi }],
  },
  {
    id: "aliyun-api",
    label: "Alibaba Cloud API (SMS, POP)",
    kind: "transfer",
    match: [
      { module: "@alicloud/sms-sdk", calls: ["*"] },
      { module: "@alicloud/pop-core", calls: ["*"] },
      { module: "@alicloud/dysmsapi20170525", calls: ["*"] },
      { module: "@alicloud/dysmsapi-2017-05-25", calls: ["*"] },
    ],
  },
  {
    id: "tencentcloud-product",
    label: "Tencent Cloud API (product SDK)",
    kind: "transfer",
    match: [
      { module: "tencentcloud-sdk-nodejs-sms", calls: ["*"] },
      { module: "tencentcloud-sdk-nodejs-faceid", calls: ["*"] },
      { module: "tencentcloud-sdk-nodejs-ocr", calls: ["*"] },
      { module: "tencentcloud-sdk-nodejs-iai", calls: ["*"] },
      { module: "tencentcloud-sdk-nodejs-hunyuan", calls: ["*"] },
      { module: "qcloudsms_js", calls: ["*"] },
      { module: "sms-node-sdk", calls: ["*"] },
    ],
  },
  {
    id: "zhipu",
    label: "Zhipu BigModel API (GLM)",
    kind: "transfer",
    match: [
      {
        module: "zhipuai-sdk-nodejs-v4",
        calls: [
          "ZhipuAI().createCompletions",
          "ZhipuAI().createEmbeddings",
          "ZhipuAI().createImages",
        ],
      },
    ],
  },
  {
    id: "baidu-qianfan",
    label: "Baidu Qianfan model API (ERNIE)",
    kind: "transfer",
    match: [{ module: "@baiducloud/qianfan", calls: ["ChatCompletion().chat"] }],
  },
  {
    id: "baidu-ai",
    label: "Baidu AI (OCR, face)",
    kind: "transfer",
    match: [{ module: "baidu-aip-sdk", calls: ["*"] }],
  },
  {
    id: "wechat-pay",
    label: "WeChat Pay",
    kind: "transfer",
    match: [
      { module: "tenpay", calls: ["*"] },
      { module: "wechatpay-axios-plugin", calls: ["*"] },
      { module: "weixin-pay", calls: ["*"] },
      { module: "wechatpay-node-v3", calls: ["*"] },
    ],
  },
  {
    id: "alipay",
    label: "Alipay open API (alipay-sdk)",
    kind: "transfer",
    match: [
      {
        module: "alipay-sdk",
        calls: [
          "().exec",
          "().pageExec",
          "().sdkExec",
          "().curl",
          "default().exec",
          "default().pageExec",
          "default().sdkExec",
          "AlipaySdk().exec",
          "AlipaySdk().pageExec",
          "AlipaySdk().sdkExec",
          "AlipaySdk().curl",
        ],
      },
    ],
  },
  {
    id: "email",
    label: "email (SMTP)",
    kind: "transfer",
    match: [
      { module: "nodemailer", calls: ["createTransport().sendMail"] },
      { receiverType: "Transporter", module: "nodemailer", methods: ["sendMail"] },
      // egg-mailer and similar plugins hang the transport on the app: `app.mailer.send(...)`.
      { receiverName: ["mailer", "transporter", "mailTransport"], methods: ["send", "sendMail"] },
    ],
  },
  {
    id: "push",
    label: "push notification service (JPush)",
    kind: "transfer",
    match: [
      { module: "jpush-sdk", calls: ["*"] },
      { module: "jpush-async", calls: ["*"] },
    ],
  },
  {
    id: "chat-robot",
    label: "chat robot webhook (DingTalk)",
    kind: "transfer",
    match: [{ module: "dingtalk-robot-sender", calls: ["*"] }],
  },
];
