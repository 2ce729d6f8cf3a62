import rule from "../../eslint-plugin/rules/no-unconsented-transfer.js";
import { noUnconsentedTransfer } from "../../analyzers/rules/no-unconsented-transfer.js";
import type { TransferDestination } from "../../analyzers/transfers/transfer-destination.js";
import { reports, runSinkRuleTests, silent } from "./support/rule-tester.js";

const mainlandChina = { en: "mainland China", "zh-CN": "中国境内" };
/** A mainland recipient as the engine names it; its message shows the service and the place. */
const inMainland = (
  service: string | undefined,
  extra: Partial<TransferDestination> = {},
): TransferDestination => ({
  jurisdiction: "mainland",
  ...(service === undefined ? {} : { service }),
  place: mainlandChina,
  from: "sdk-default",
  ...extra,
});

const valid = [
  silent("an empty file", ""),
  // Transfers to a recipient outside mainland China are pipl/no-unconsented-cross-border's.
  silent(
    "Segment identify (cross-border: the other rule reports it)",
    'import { Analytics } from "@segment/analytics-node";\nconst analytics = new Analytics({ writeKey: "key" });\nexport function f(u: UserProfile) {\n  analytics.identify({ userId: u.id, traits: { phone: u.mobile } });\n}',
  ),
  silent(
    "OpenAI chat completion with the default base URL (cross-border: the other rule reports it)",
    'import OpenAI from "openai";\nconst client = new OpenAI();\nexport async function f(u: UserProfile) {\n  await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: u.mobile }] });\n}',
  ),
  silent(
    "a relative URL: the organisation's own server, not another party",
    'export async function f(u: UserProfile) {\n  await fetch("/api/profile", { method: "POST", body: u.mobile });\n}',
  ),
  silent(
    "an axios instance whose base URL is a relative path",
    'import axios from "axios";\nconst api = axios.create({ baseURL: "/api" });\nexport async function f(u: UserProfile) {\n  await api.post("/profile", { mobile: u.mobile });\n}',
  ),
  silent(
    "a hashed identifier sent to analytics",
    'export async function f(u: UserProfile) {\n  await fetch("https://analytics.example.com", { method: "POST", body: hashIdentifier(u.id) });\n}',
  ),
  silent(
    "a send after an awaited consent assertion",
    'import axios from "axios";\nexport async function f(u: UserProfile) {\n  await requireConsent(u.id, "phone");\n  await axios.post("https://sms.example.com", { mobile: u.mobile });\n}',
  ),
  silent(
    "a send in the then branch of a predicate",
    'import axios from "axios";\nexport async function f(u: UserProfile) {\n  if (await hasConsent(u.id, "resident-id")) {\n    await axios.post("https://kyc.example.com", { id: u.idNumber });\n  }\n}',
  ),
  silent(
    "a local helper whose parameter is unknown, called with non-PI",
    'async function postJson(url: string, body: unknown) {\n  await fetch(url, { method: "POST", body: JSON.stringify(body) });\n}\nexport async function f(o: Order) {\n  await postJson("https://x.example.com", { orderId: o.orderId });\n}',
  ),
  silent(
    "a send in a method of a class whose consent decorator names the category",
    '@RequireConsent("phone")\nexport class Sms {\n  async send(u: UserProfile) {\n    await fetch("https://sms.example.com", { method: "POST", body: u.mobile });\n  }\n}',
  ),
  silent(
    "a send after try { assertion } catch { return }",
    'export async function f(u: UserProfile) {\n  try {\n    await requireConsent(u.id, "phone");\n  } catch {\n    return;\n  }\n  await fetch("https://sms.example.com", { method: "POST", body: u.mobile });\n}',
  ),
  silent(
    "a send after the assertion inside the same try block",
    'export async function f(u: UserProfile) {\n  try {\n    assertConsent(u.id, "phone");\n    await fetch("https://sms.example.com", { method: "POST", body: u.mobile });\n  } catch {\n    console.error("not sent");\n  }\n}',
  ),
  silent(
    "an https request body with a masked value",
    'import https from "node:https";\nexport function f(u: UserProfile) {\n  const req = https.request("https://x.example.com", { method: "POST" });\n  req.write(maskMobile(u.mobile));\n  req.end();\n}',
  ),
  silent(
    "an https request body after a consent check for the category",
    'import https from "node:https";\nexport function f(u: UserProfile) {\n  assertConsent(u.id, "phone");\n  const req = https.request("https://x.example.com", { method: "POST" });\n  req.write(u.mobile);\n  req.end();\n}',
  ),
  silent(
    "undici request with a masked value",
    'import { request } from "undici";\nexport async function f(u: UserProfile) {\n  await request("https://x.example.com", { method: "POST", body: maskMobile(u.mobile) });\n}',
  ),
  silent(
    "undici request after a consent check for the category",
    'import { request } from "undici";\nexport async function f(u: UserProfile) {\n  await requireConsent(u.id, "phone");\n  await request("https://x.example.com", { method: "POST", body: u.mobile });\n}',
  ),
  silent(
    "superagent post().send with a masked value",
    'import * as superagent from "superagent";\nexport async function f(u: UserProfile) {\n  await superagent.post("https://x.example.com").send({ phone: maskMobile(u.mobile) });\n}',
  ),
  silent(
    "superagent post().send after a consent check for the category",
    'import * as superagent from "superagent";\nexport async function f(u: UserProfile) {\n  await requireConsent(u.id, "phone");\n  await superagent.post("https://x.example.com").send({ phone: u.mobile });\n}',
  ),
  silent(
    "the Aliyun SMS SDK with a masked value",
    'import Dysmsapi from "@alicloud/dysmsapi20170525";\nconst client = new Dysmsapi({});\nexport async function f(u: UserProfile) {\n  await client.sendSms({ phoneNumbers: maskMobile(u.mobile) });\n}',
  ),
  silent(
    "the Aliyun SMS SDK after a consent check for the category",
    'import Dysmsapi from "@alicloud/dysmsapi20170525";\nconst client = new Dysmsapi({});\nexport async function f(u: UserProfile) {\n  await requireConsent(u.id, "phone");\n  await client.sendSms({ phoneNumbers: u.mobile });\n}',
  ),
  silent(
    "the Tencent Cloud SMS SDK with a masked value",
    'import * as tencentcloud from "tencentcloud-sdk-nodejs";\nconst sms = new tencentcloud.sms.v20210111.Client({});\nexport async function f(u: UserProfile) {\n  await sms.SendSms({ PhoneNumberSet: [maskMobile(u.mobile)] });\n}',
  ),
  silent(
    "the Tencent Cloud SMS SDK after a consent check for the category",
    'import * as tencentcloud from "tencentcloud-sdk-nodejs";\nconst sms = new tencentcloud.sms.v20210111.Client({});\nexport async function f(u: UserProfile) {\n  await requireConsent(u.id, "phone");\n  await sms.SendSms({ PhoneNumberSet: [u.mobile] });\n}',
  ),
  silent(
    "a WeChat template message with a masked value",
    'import API from "co-wechat-api";\nconst wx = new API("appid", "secret");\nexport async function f(u: UserProfile) {\n  await wx.sendTemplate("o-test-openid", "tpl", "", { phone: { value: maskMobile(u.mobile) } });\n}',
  ),
  silent(
    "a WeChat template message after a consent check for the category",
    'import API from "co-wechat-api";\nconst wx = new API("appid", "secret");\nexport async function f(u: UserProfile) {\n  await requireConsent(u.id, "phone");\n  await wx.sendTemplate("o-test-openid", "tpl", "", { phone: { value: u.mobile } });\n}',
  ),
  silent(
    "Segment identify with a masked value",
    'import { Analytics } from "@segment/analytics-node";\nconst analytics = new Analytics({ writeKey: "key" });\nexport function f(u: UserProfile) {\n  analytics.identify({ userId: u.id, traits: { phone: maskMobile(u.mobile) } });\n}',
  ),
  silent(
    "Segment identify after a consent check for the category",
    'import { Analytics } from "@segment/analytics-node";\nconst analytics = new Analytics({ writeKey: "key" });\nexport function f(u: UserProfile) {\n  assertConsent(u.id, "phone");\n  analytics.identify({ userId: u.id, traits: { phone: u.mobile } });\n}',
  ),
];

const invalid = [
  reports(
    "an https request body",
    'import https from "node:https";\nexport function f(u: UserProfile) {\n  const req = https.request("https://x.example.com", { method: "POST" });\n  req.write(u.mobile);\n  req.end();\n}',
    [
      "noConsent",
      4,
      13,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "req.write" },
    ],
  ),
  reports(
    "undici request",
    'import { request } from "undici";\nexport async function f(u: UserProfile) {\n  await request("https://x.example.com", { method: "POST", body: u.mobile });\n}',
    ["noConsent", 3, 42, { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "request" }],
  ),
  reports(
    "superagent post().send",
    'import * as superagent from "superagent";\nexport async function f(u: UserProfile) {\n  await superagent.post("https://x.example.com").send({ phone: u.mobile });\n}',
    [
      "noConsent",
      3,
      55,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: 'superagent.post("https://x.example.com").send',
      },
    ],
  ),
  reports(
    "the Aliyun SMS SDK",
    'import Dysmsapi from "@alicloud/dysmsapi20170525";\nconst client = new Dysmsapi({});\nexport async function f(u: UserProfile) {\n  await client.sendSms({ phoneNumbers: u.mobile });\n}',
    [
      "noConsentToRecipient",
      4,
      24,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "client.sendSms",
        destination: inMainland("Alibaba Cloud SMS"),
      },
    ],
  ),
  reports(
    "the Tencent Cloud SMS SDK",
    'import * as tencentcloud from "tencentcloud-sdk-nodejs";\nconst sms = new tencentcloud.sms.v20210111.Client({});\nexport async function f(u: UserProfile) {\n  await sms.SendSms({ PhoneNumberSet: [u.mobile] });\n}',
    [
      "noConsentToRecipient",
      4,
      21,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "sms.SendSms",
        destination: inMainland("Tencent Cloud API"),
      },
    ],
  ),
  reports(
    "a WeChat template message",
    'import API from "co-wechat-api";\nconst wx = new API("appid", "secret");\nexport async function f(u: UserProfile) {\n  await wx.sendTemplate("o-test-openid", "tpl", "", { phone: { value: u.mobile } });\n}',
    [
      "noConsentToRecipient",
      4,
      53,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "wx.sendTemplate",
        destination: inMainland("WeChat API"),
      },
    ],
  ),
  reports(
    "a send in a class whose consent decorator names another category",
    '@RequireConsent("email")\nexport class Sms {\n  async send(u: UserProfile) {\n    await fetch("https://sms.example.com", { method: "POST", body: u.mobile });\n  }\n}',
    [
      "consentForOtherCategory",
      4,
      44,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "fetch" },
    ],
  ),
  reports(
    "a send after a try whose catch swallows the failed assertion",
    'export async function f(u: UserProfile) {\n  try {\n    await requireConsent(u.id, "phone");\n  } catch {\n    console.error("no consent");\n  }\n  await fetch("https://sms.example.com", { method: "POST", body: u.mobile });\n}',
    ["noConsent", 7, 42, { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "fetch" }],
  ),
  reports(
    "fetch with a JSON body",
    'export async function f(u: UserProfile) {\n  await fetch("https://x.example.com", { method: "POST", body: JSON.stringify(u) });\n}',
    [
      "noConsent",
      2,
      40,
      {
        fields: ["u.wechat.openid", "u.realName", "u.faceImage", "u.mobile", "u.idNumber"],
        categories: [
          "account.social",
          "basic.name",
          "biometric.face",
          "contact.mobile",
          "identity.resident-id",
        ],
        sink: "fetch",
      },
    ],
  ),
  reports(
    "axios.post",
    'import axios from "axios";\nexport async function f(u: UserProfile) {\n  await axios.post("https://x.example.com", { mobile: u.mobile });\n}',
    [
      "noConsent",
      3,
      45,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "axios.post" },
    ],
  ),
  reports(
    "axios called as a function",
    'import axios from "axios";\nexport async function f(u: UserProfile) {\n  await axios({ url: "https://x.example.com", method: "post", data: u.idNumber });\n}',
    [
      "noConsent",
      3,
      15,
      { fields: ["u.idNumber"], categories: ["identity.resident-id"], sink: "axios" },
    ],
  ),
  reports(
    "an axios instance from axios.create",
    'import axios from "axios";\nconst client = axios.create({ baseURL: "https://x.example.com" });\nexport async function f(u: UserProfile) {\n  await client.post("/users", u);\n}',
    [
      "noConsent",
      4,
      31,
      {
        fields: ["u.wechat.openid", "u.realName", "u.faceImage", "u.mobile", "u.idNumber"],
        categories: [
          "account.social",
          "basic.name",
          "biometric.face",
          "contact.mobile",
          "identity.resident-id",
        ],
        sink: "client.post",
      },
    ],
  ),
  reports(
    "http.request then write",
    'import http from "node:http";\nexport function f(u: UserProfile) {\n  const req = http.request("http://x.example.com");\n  req.write(u.mobile);\n  req.end();\n}',
    [
      "noConsent",
      4,
      13,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "req.write" },
    ],
  ),
  reports(
    "WebSocket send",
    'export function f(u: UserProfile) {\n  const socket = new WebSocket("wss://x.example.com");\n  socket.send(u.realName);\n}',
    [
      "noConsent",
      3,
      15,
      { fields: ["u.realName"], categories: ["basic.name"], sink: "socket.send" },
    ],
  ),
  reports(
    "a kafkajs producer",
    'import { Kafka } from "kafkajs";\nconst producer = new Kafka({ brokers: ["k:9092"] }).producer();\nexport async function f(u: UserProfile) {\n  await producer.send({ topic: "users", messages: [{ value: JSON.stringify(u) }] });\n}',
    [
      "noConsent",
      4,
      23,
      {
        fields: ["u.wechat.openid", "u.realName", "u.faceImage", "u.mobile", "u.idNumber"],
        categories: [
          "account.social",
          "basic.name",
          "biometric.face",
          "contact.mobile",
          "identity.resident-id",
        ],
        sink: "producer.send",
      },
    ],
  ),
  reports(
    "a local helper that sends its parameter, at the call site",
    'async function postJson(url: string, body: unknown) {\n  await fetch(url, { method: "POST", body: JSON.stringify(body) });\n}\nexport async function f(u: UserProfile) {\n  await postJson("https://x.example.com", u);\n}',
    [
      "noConsent",
      5,
      43,
      {
        fields: ["u.wechat.openid", "u.realName", "u.faceImage", "u.mobile", "u.idNumber"],
        categories: [
          "account.social",
          "basic.name",
          "biometric.face",
          "contact.mobile",
          "identity.resident-id",
        ],
        sink: "postJson",
      },
    ],
  ),
  reports(
    "a predicate whose result is ignored",
    'import axios from "axios";\nexport async function f(u: UserProfile) {\n  await hasConsent(u.id, "phone");\n  await axios.post("https://x.example.com", u.mobile);\n}',
    [
      "noConsent",
      4,
      45,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "axios.post" },
    ],
  ),
  reports(
    "got.post with a JSON body",
    'import got from "got";\nexport async function f(u: UserProfile) {\n  await got.post("https://x.example.com", { json: { id: u.idNumber } });\n}',
    [
      "noConsent",
      3,
      43,
      { fields: ["u.idNumber"], categories: ["identity.resident-id"], sink: "got.post" },
    ],
  ),
  reports(
    "an amqplib channel",
    'import type { Channel } from "amqplib";\nexport function f(channel: Channel, u: UserProfile) {\n  channel.sendToQueue("users", Buffer.from(u.mobile));\n}',
    [
      "noConsent",
      3,
      32,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "channel.sendToQueue" },
    ],
  ),
  reports(
    "an OpenAI-compatible client with a DashScope base URL (mainland: this rule, not the cross-border one)",
    'import OpenAI from "openai";\nconst client = new OpenAI({ baseURL: "https://dashscope.aliyuncs.com/compatible-mode/v1" });\nexport async function f(u: UserProfile) {\n  await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: u.mobile }] });\n}',
    [
      "noConsentToRecipient",
      4,
      40,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "client.chat.completions.create",
        destination: inMainland("Alibaba Cloud Model Studio (DashScope)"),
      },
    ],
  ),
  reports(
    "an OpenAI-compatible client with a DeepSeek base URL (mainland)",
    'import OpenAI from "openai";\nconst client = new OpenAI({ baseURL: "https://api.deepseek.com" });\nexport async function f(u: UserProfile) {\n  await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: u.mobile }] });\n}',
    [
      "noConsentToRecipient",
      4,
      40,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "client.chat.completions.create",
        destination: inMainland("DeepSeek API"),
      },
    ],
  ),
  reports(
    "a generic example.com host: unknown destination, this rule (never guessed cross-border from the TLD)",
    'export async function f(u: UserProfile) {\n  await fetch("https://partner.example.com/hook", { method: "POST", body: u.mobile });\n}',
    ["noConsent", 2, 51, { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "fetch" }],
  ),
];

// Chinese model vendors' own SDKs, Sentry's DSN and `new URL` bases: the message names the
// mainland recipient; a recipient the code does not show keeps the short form.
invalid.push(
  reports(
    "Zhipu's Node SDK: the mainland recipient is named",
    'import { ZhipuAI } from "zhipuai-sdk-nodejs-v4";\nconst ai = new ZhipuAI({ apiKey: "k" });\nexport async function f(u: UserProfile) {\n  await ai.createCompletions({ model: "glm-4", messages: [{ role: "user", content: u.mobile }] });\n}',
    [
      "noConsentToRecipient",
      4,
      30,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "ai.createCompletions",
        destination: inMainland("Zhipu BigModel API"),
      },
    ],
  ),
  reports(
    "Baidu Qianfan's Node SDK",
    'import { ChatCompletion } from "@baiducloud/qianfan";\nconst client = new ChatCompletion();\nexport async function f(u: UserProfile) {\n  await client.chat({ messages: [{ role: "user", content: u.mobile }] }, "ERNIE-Speed-128K");\n}',
    [
      "noConsentToRecipient",
      4,
      21,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "client.chat",
        destination: inMainland("Baidu Qianfan (ERNIE)"),
      },
    ],
  ),
  reports(
    "a LangChain Tongyi (DashScope) chat model",
    'import { ChatAlibabaTongyi } from "@langchain/community/chat_models/alibaba_tongyi";\nconst qwen = new ChatAlibabaTongyi({ model: "qwen-plus" });\nexport async function f(u: UserProfile) {\n  await qwen.invoke(u.mobile);\n}',
    [
      "noConsentToRecipient",
      4,
      21,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "qwen.invoke",
        destination: inMainland("Alibaba Cloud Model Studio (DashScope)"),
      },
    ],
  ),
  reports(
    "a Tencent Hunyuan client in Guangzhou: the product and region are named",
    'import * as tencentcloud from "tencentcloud-sdk-nodejs";\nconst hy = new tencentcloud.hunyuan.v20230901.Client({ credential: {}, region: "ap-guangzhou" });\nexport async function f(u: UserProfile) {\n  await hy.ChatCompletions({ Messages: [{ Role: "user", Content: u.mobile }] });\n}',
    [
      "noConsentToRecipient",
      4,
      28,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "hy.ChatCompletions",
        destination: inMainland("Tencent Hunyuan", {
          place: { en: "Guangzhou", "zh-CN": "广州" },
          region: "ap-guangzhou",
          from: "region",
        }),
      },
    ],
  ),
  reports(
    "a self-hosted Sentry whose DSN host is a .cn host",
    'import * as Sentry from "@sentry/node";\nSentry.init({ dsn: "https://k@sentry.example.cn/2" });\nexport function f(u: UserProfile) {\n  Sentry.setUser({ phone: u.mobile });\n}',
    [
      "noConsentToRecipient",
      4,
      18,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "Sentry.setUser",
        destination: inMainland(undefined, { host: "sentry.example.cn", from: "base-url" }),
      },
    ],
  ),
  reports(
    "a Sentry DSN read from the environment (unknown: no recipient named)",
    'import * as Sentry from "@sentry/node";\nSentry.init({ dsn: process.env.SENTRY_DSN });\nexport function f(u: UserProfile) {\n  Sentry.setUser({ phone: u.mobile });\n}',
    [
      "noConsent",
      4,
      18,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "Sentry.setUser" },
    ],
  ),
  reports(
    "a URL built with new URL against a mainland origin",
    'const MOONSHOT = "https://api.moonshot.cn";\nexport async function f(u: UserProfile) {\n  await fetch(new URL("/v1/chat/completions", MOONSHOT), { method: "POST", body: u.mobile });\n}',
    [
      "noConsentToRecipient",
      3,
      58,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "fetch",
        destination: inMainland("Moonshot AI (Kimi) API", { host: "api.moonshot.cn", from: "url" }),
      },
    ],
  ),
);

runSinkRuleTests(rule, noUnconsentedTransfer, { valid, invalid });
