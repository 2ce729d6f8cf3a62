import { describe, expect, it } from "vitest";
import { analyze } from "./support/analyze-files.js";

// Cloud functions and Koa/Egg services call these SDKs from plain JavaScript, with no types
// installed: each case is the call shape the SDK's documentation shows, sending a mobile number.
const cases: { name: string; code: string; sink: string }[] = [
  {
    name: "uniCloud.sendSms",
    code: `await uniCloud.sendSms({ phone: ctx.body.mobile, templateId: "t", data: {} });`,
    sink: "unicloud",
  },
  {
    name: "uniCloud facial recognition getCertifyId",
    code: `const m = uniCloud.getFacialRecognitionVerifyManager({ requestId: "r" });\nawait m.getCertifyId({ realName: ctx.body.realName, idCard: ctx.body.idCard });`,
    sink: "unicloud",
  },
  {
    name: "uni-id sendSmsCode",
    code: `const uniID = require("uni-id");\nawait uniID.sendSmsCode({ mobile: ctx.body.mobile, code: "1", type: "login" });`,
    sink: "unicloud",
  },
  {
    name: "wx-server-sdk cloud.openapi.subscribeMessage.send",
    code: `const cloud = require("wx-server-sdk");\nawait cloud.openapi.subscribeMessage.send({ touser: ctx.body.openid, data: {} });`,
    sink: "wechat-cloud",
  },
  {
    name: "@alicloud/sms-sdk sendSMS",
    code: `const SMSClient = require("@alicloud/sms-sdk");\nconst c = new SMSClient({});\nawait c.sendSMS({ PhoneNumbers: ctx.body.mobile });`,
    sink: "aliyun-api",
  },
  {
    name: "@alicloud/pop-core request",
    code: `const Core = require("@alicloud/pop-core");\nconst c = new Core({});\nawait c.request("SendSms", { PhoneNumbers: ctx.body.mobile });`,
    sink: "aliyun-api",
  },
  {
    name: "@alicloud/dysmsapi20170525 through .default",
    code: `const Dysmsapi = require("@alicloud/dysmsapi20170525");\nconst c = new Dysmsapi.default({});\nawait c.sendSmsWithOptions({ phoneNumbers: ctx.body.mobile }, {});`,
    sink: "aliyun-api",
  },
  {
    name: "tencentcloud-sdk-nodejs-sms client",
    code: `const tencentcloud = require("tencentcloud-sdk-nodejs-sms");\nconst c = new tencentcloud.sms.v20210111.Client({});\nawait c.SendSms({ PhoneNumberSet: [ctx.body.mobile] });`,
    sink: "tencentcloud-product",
  },
  {
    name: "Tencent sms-node-sdk through a `let` client",
    code: `const { SmsClient } = require("sms-node-sdk");\nlet smsClient = new SmsClient({ AppID: 1, AppKey: "k" });\nawait smsClient.init({ action: "SmsSingleSendTemplate", data: { phoneNumber: ctx.body.mobile } });`,
    sink: "tencentcloud-product",
  },
  {
    name: "Baidu AI OCR idcard",
    code: `const AipOcr = require("baidu-aip-sdk").ocr;\nconst c = new AipOcr("a", "b", "c");\nawait c.idcard(ctx.body.idCardImage, "front");`,
    sink: "baidu-ai",
  },
  {
    name: "tenpay getPayParams",
    code: `const tenpay = require("tenpay");\nconst api = new tenpay({});\nawait api.getPayParams({ openid: ctx.body.openid });`,
    sink: "wechat-pay",
  },
  {
    name: "wechatpay-axios-plugin v3 chain",
    code: `const { Wechatpay } = require("wechatpay-axios-plugin");\nconst pay = new Wechatpay({});\nawait pay.v3.pay.transactions.jsapi.post({ payer: { openid: ctx.body.openid } });`,
    sink: "wechat-pay",
  },
  {
    name: "weixin-pay createUnifiedOrder",
    code: `const WXPay = require("weixin-pay");\nconst pay = WXPay({});\npay.createUnifiedOrder({ openid: ctx.body.openid });`,
    sink: "wechat-pay",
  },
  {
    name: "alipay-sdk exec",
    code: `const AlipaySdk = require("alipay-sdk").default;\nconst sdk = new AlipaySdk({});\nawait sdk.exec("alipay.user.info", { bizContent: { mobile: ctx.body.mobile } });`,
    sink: "alipay",
  },
  {
    name: "nodemailer createTransport().sendMail",
    code: `const nodemailer = require("nodemailer");\nconst t = nodemailer.createTransport({});\nawait t.sendMail({ to: ctx.body.email });`,
    sink: "email",
  },
  {
    name: "egg-mailer app.mailer.send",
    code: `await ctx.app.mailer.send({ to: ctx.body.email });`,
    sink: "email",
  },
  {
    name: "JPush push().send",
    code: `const JPush = require("jpush-sdk");\nconst c = JPush.buildClient("k", "s");\nc.push().setAudience(ctx.body.mobile).send();`,
    sink: "push",
  },
  {
    name: "DingTalk robot",
    code: `const ChatBot = require("dingtalk-robot-sender");\nconst bot = new ChatBot({ webhook: "w" });\nbot.text(ctx.body.mobile);`,
    sink: "chat-robot",
  },
  {
    name: "Zhipu createCompletions (zhipuai-sdk-nodejs-v4)",
    code: `const { ZhipuAI } = require("zhipuai-sdk-nodejs-v4");\nconst ai = new ZhipuAI({ apiKey: "k" });\nawait ai.createCompletions({ model: "glm-4", messages: [{ role: "user", content: ctx.body.mobile }] });`,
    sink: "zhipu",
  },
  {
    name: "Baidu Qianfan ChatCompletion.chat (@baiducloud/qianfan)",
    code: `const { ChatCompletion } = require("@baiducloud/qianfan");\nconst client = new ChatCompletion();\nawait client.chat({ messages: [{ role: "user", content: ctx.body.mobile }] }, "ERNIE-Speed-128K");`,
    sink: "baidu-qianfan",
  },
  {
    name: "Tencent Hunyuan ChatCompletions (tencentcloud-sdk-nodejs-hunyuan)",
    code: `const { hunyuan } = require("tencentcloud-sdk-nodejs-hunyuan");\nconst c = new hunyuan.v20230901.Client({ region: "ap-guangzhou" });\nawait c.ChatCompletions({ Messages: [{ Role: "user", Content: ctx.body.mobile }] });`,
    sink: "tencentcloud-product",
  },
];

describe("Chinese-service sinks from plain JavaScript", () => {
  for (const c of cases) {
    it(`reports PI sent through ${c.name}`, () => {
      const r = analyze({ "handler.js": `exports.h = async (ctx) => {\n${c.code}\n};` });
      const sinks = [...new Set(r.findings.map((f) => `${f.kind} ${f.sink.id}`))];
      expect(sinks).toEqual([`transfer ${c.sink}`]);
    });
  }

  it("follows an SDK client kept in a class field, as Alibaba Cloud's samples write it", () => {
    const r = analyze({
      "sms.js": [
        `const Dysmsapi = require("@alicloud/dysmsapi20170525");`,
        `class SmsService {`,
        `  constructor() { this.client = SmsService.createClient(); }`,
        `  static createClient() { return new Dysmsapi.default({ accessKeyId: "k" }); }`,
        `  async send(phone) { return this.client.sendSmsWithOptions({ phoneNumbers: phone }, {}); }`,
        `}`,
        `exports.h = async (ctx) => new SmsService().send(ctx.request.body.mobile);`,
      ].join("\n"),
    });
    // The helper's own parameter is named like a mobile number: reported where it is sent, too.
    expect(r.findings.map((f) => `${f.sink.id} ${f.fieldPath}`)).toEqual([
      "aliyun-api phone",
      "aliyun-api ctx.request.body.mobile",
    ]);
  });
});

describe("sinks recognised by name", () => {
  it("reports an untyped send with medium confidence and names the call", () => {
    const r = analyze({
      "a.js": `exports.h = async (ctx, vk) => {\n  await vk.system.smsUtil.sendSmsVerifyCode({ phone: ctx.body.mobile });\n  await this.sender.send(ctx.body.phone);\n};`,
    });
    expect(r.findings.map((f) => `${f.kind} ${f.sink.id} ${f.confidence} ${f.sink.label}`)).toEqual(
      [
        "transfer inferred-send medium vk.system.smsUtil.sendSmsVerifyCode (send to another party (recognised by name))",
        "transfer inferred-send medium this.sender.send (send to another party (recognised by name))",
      ],
    );
  });

  it("stays silent on sends back to the person and on local calls", () => {
    const r = analyze({
      "a.js": `exports.h = async (ctx, res, socket, list, api) => {\n  res.send(ctx.body.mobile);\n  socket.send(ctx.body.mobile);\n  list.push(ctx.body.mobile);\n  api.request(ctx.body.mobile);\n};`,
    });
    expect(r.findings.map((f) => `${f.sink.id} ${f.start}`)).toHaveLength(1);
    expect(r.findings[0]!.sink.label).toContain("api.request");
  });

  it("treats a write into a log table or collection as logging", () => {
    const r = analyze({
      "a.js": [
        `exports.h = async (ctx, db, SmsLog) => {`,
        `  await SmsLog.create({ mobile: ctx.body.mobile });`,
        `  await ctx.service.operationLogs.create({ params: JSON.stringify({ p: ctx.body.phone }) });`,
        `  await db.collection("login_log").add({ m: ctx.body.mobile });`,
        `  await db.collection("orders").add({ m: ctx.body.mobile });`,
        `};`,
      ].join("\n"),
    });
    expect(r.findings.map((f) => `${f.kind} ${f.sink.id} ${f.fieldPath}`)).toEqual([
      "log log-table ctx.body.mobile",
      "log log-table ctx.body.phone",
      "log log-table ctx.body.mobile",
    ]);
  });

  it("treats a SQL insert into a log table as logging its values", () => {
    const r = analyze({
      "a.js": [
        `exports.h = async (ctx, db) => {`,
        `  const sql = \`insert into sys_log_login (user_name, phone) values (?, ?)\`;`,
        `  await db.execute(sql, [ctx.body.userName, ctx.body.mobile]);`,
        `  await db.query("INSERT INTO orders (phone) VALUES (?)", [ctx.body.mobile]);`,
        `};`,
      ].join("\n"),
    });
    expect(r.findings.map((f) => `${f.kind} ${f.sink.id} ${f.fieldPath}`)).toEqual([
      "log log-table ctx.body.mobile",
    ]);
  });

  it("can be turned off in config", async () => {
    const { loadConfig } = await import("../../analyzers/config/load-config.js");
    const config = loadConfig({ sinks: { disable: ["inferred-send", "log-table"] } });
    const r = analyze(
      {
        "a.js": `exports.h = async (ctx, SmsLog) => {\n  await SmsLog.create(ctx.body.mobile);\n  await this.sender.send(ctx.body.phone);\n};`,
      },
      "a.js",
      { config },
    );
    expect(r.findings).toEqual([]);
  });
});
