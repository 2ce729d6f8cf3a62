import { describe, expect, it } from "vitest";
import { analyze } from "./support/analyze-files.js";

// One case per catalog family: a minimal declaration of the package (following its published
// typings) and a call that sends `x.mobile`; the finding must name the expected sink and kind.
const cases: { name: string; shim: string; code: string; sink: string; kind: string }[] = [
  {
    name: "winston createLogger().info",
    shim: `declare module "winston" { interface L { info(m: unknown): void } export function createLogger(o?: unknown): L; }`,
    code: `import winston from "winston";\nconst log1 = winston.createLogger();\nlog1.info(x.mobile);`,
    sink: "winston",
    kind: "log",
  },
  {
    name: "bunyan createLogger().warn",
    shim: `declare module "bunyan" { interface L { warn(m: unknown): void } export function createLogger(o: unknown): L; }`,
    code: `import { createLogger } from "bunyan";\nconst l2 = createLogger({});\nl2.warn(x.mobile);`,
    sink: "bunyan",
    kind: "log",
  },
  {
    name: "log4js getLogger().error",
    shim: `declare module "log4js" { interface L { error(m: unknown): void } export function getLogger(c?: string): L; }`,
    code: `import * as log4js from "log4js";\nlog4js.getLogger("x").error(x.mobile);`,
    sink: "log4js",
    kind: "log",
  },
  {
    name: "NestJS Logger static and instance",
    shim: `declare module "@nestjs/common" { export class Logger { constructor(ctx?: string); log(m: unknown): void; static log(m: unknown): void } }`,
    code: `import { Logger } from "@nestjs/common";\nnew Logger("svc").log(x.mobile);`,
    sink: "nestjs-logger",
    kind: "log",
  },
  {
    name: "exceljs Worksheet.addRow",
    shim: `declare module "exceljs" { export interface Worksheet { addRow(r: unknown[]): void } }`,
    code: `import type { Worksheet } from "exceljs";\ndeclare const sheet: Worksheet;\nsheet.addRow([x.mobile]);`,
    sink: "exceljs",
    kind: "export",
  },
  {
    name: "SheetJS utils.json_to_sheet",
    shim: `declare module "xlsx" { export const utils: { json_to_sheet(rows: unknown[]): unknown } }`,
    code: `import * as XLSX from "xlsx";\nXLSX.utils.json_to_sheet([{ m: x.mobile }]);`,
    sink: "xlsx",
    kind: "export",
  },
  {
    name: "csv-stringify sync",
    shim: `declare module "csv-stringify/sync" { export function stringify(rows: unknown[][]): string; }`,
    code: `import { stringify } from "csv-stringify/sync";\nstringify([[x.mobile]]);`,
    sink: "csv-writer",
    kind: "export",
  },
  {
    name: "got.post",
    shim: `declare module "got" { const got: { post(url: string, o?: unknown): Promise<unknown> }; export default got; }`,
    code: `import got from "got";\nvoid got.post("https://a.example", { json: { m: x.mobile } });`,
    sink: "got",
    kind: "transfer",
  },
  {
    name: "undici request",
    shim: `declare module "undici" { export function request(url: string, o?: unknown): Promise<unknown>; }`,
    code: `import { request } from "undici";\nvoid request("https://a.example", { body: x.mobile });`,
    sink: "undici",
    kind: "transfer",
  },
  {
    name: "superagent post().send",
    shim: `declare module "superagent" { interface R { send(b: unknown): R } export function post(url: string): R; }`,
    code: `import * as request from "superagent";\nrequest.post("https://a.example").send({ m: x.mobile });`,
    sink: "superagent",
    kind: "transfer",
  },
  {
    name: "node https request().write",
    shim: `declare module "https" { interface C { write(b: string): void } export function request(o: unknown): C; }`,
    code: `import https from "https";\nconst req = https.request({});\nreq.write(x.mobile);`,
    sink: "node-http",
    kind: "transfer",
  },
  {
    name: "ws WebSocket send",
    shim: `declare module "ws" { export default class WebSocket { constructor(url: string); send(d: string): void } }`,
    code: `import WebSocket from "ws";\nconst socket = new WebSocket("wss://a.example");\nsocket.send(x.mobile);`,
    sink: "websocket",
    kind: "transfer",
  },
  {
    name: "amqplib Channel.sendToQueue",
    shim: `declare module "amqplib" { export interface Channel { sendToQueue(q: string, c: unknown): boolean } }`,
    code: `import type { Channel } from "amqplib";\ndeclare const ch: Channel;\nch.sendToQueue("q", x.mobile);`,
    sink: "amqplib",
    kind: "transfer",
  },
  {
    name: "Aliyun dysmsapi Client.sendSms",
    shim: `declare module "@alicloud/dysmsapi20170525" { export default class Client { constructor(c: unknown); sendSms(r: unknown): Promise<unknown> } }`,
    code: `import Dysmsapi from "@alicloud/dysmsapi20170525";\nconst client = new Dysmsapi({});\nvoid client.sendSms({ phoneNumbers: x.mobile });`,
    sink: "aliyun-sms",
    kind: "transfer",
  },
  {
    name: "WeChat API sendTemplate",
    shim: `declare module "co-wechat-api" { export default class API { constructor(a: string, b: string); sendTemplate(o: string, t: string, u: string, d: unknown): Promise<unknown> } }`,
    code: `import API from "co-wechat-api";\nconst wx = new API("id", "secret");\nvoid wx.sendTemplate("o", "t", "u", { m: x.mobile });`,
    sink: "wechat-api",
    kind: "transfer",
  },
  {
    name: "Segment Analytics().identify",
    shim: `declare module "@segment/analytics-node" { export class Analytics { constructor(o: unknown); identify(m: unknown): void } }`,
    code: `import { Analytics } from "@segment/analytics-node";\nconst analytics = new Analytics({});\nanalytics.identify({ traits: { phone: x.mobile } });`,
    sink: "segment",
    kind: "transfer",
  },
  {
    name: "Mixpanel init().track",
    shim: `declare module "mixpanel" { interface M { track(e: string, p: unknown): void } export function init(t: string): M; }`,
    code: `import Mixpanel from "mixpanel";\nconst mp = Mixpanel.init("token");\nmp.track("signup", { phone: x.mobile });`,
    sink: "mixpanel",
    kind: "transfer",
  },
  {
    name: "Anthropic messages.create",
    shim: `declare module "@anthropic-ai/sdk" { export default class Anthropic { messages: { create(b: unknown): Promise<unknown> } } }`,
    code: `import Anthropic from "@anthropic-ai/sdk";\nconst claude = new Anthropic();\nvoid claude.messages.create({ messages: [{ role: "user", content: x.mobile }] });`,
    sink: "anthropic",
    kind: "transfer",
  },
  {
    name: "Google Gemini generateContent",
    shim: `declare module "@google/generative-ai" { interface M { generateContent(p: unknown): Promise<unknown> } export class GoogleGenerativeAI { constructor(k: string); getGenerativeModel(o: unknown): M } }`,
    code: `import { GoogleGenerativeAI } from "@google/generative-ai";\nconst gemini = new GoogleGenerativeAI("k").getGenerativeModel({ model: "gemini-pro" });\nvoid gemini.generateContent(x.mobile);`,
    sink: "google-gemini",
    kind: "transfer",
  },
  {
    name: "Vercel AI SDK generateText",
    shim: `declare module "ai" { export function generateText(o: { model: unknown; prompt: string }): Promise<unknown> }`,
    code: `import { generateText } from "ai";\nvoid generateText({ model: "m", prompt: x.mobile });`,
    sink: "vercel-ai",
    kind: "transfer",
  },
  {
    name: "LangChain ChatOpenAI invoke",
    shim: `declare module "@langchain/openai" { export class ChatOpenAI { constructor(o?: unknown); invoke(i: unknown): Promise<unknown> } }`,
    code: `import { ChatOpenAI } from "@langchain/openai";\nconst chat = new ChatOpenAI();\nvoid chat.invoke(x.mobile);`,
    sink: "langchain-chat",
    kind: "transfer",
  },
  {
    name: "Stripe customers.create",
    shim: `declare module "stripe" { export default class Stripe { constructor(k: string); customers: { create(c: unknown): Promise<unknown> } } }`,
    code: `import Stripe from "stripe";\nconst stripe = new Stripe("k");\nvoid stripe.customers.create({ phone: x.mobile });`,
    sink: "stripe",
    kind: "transfer",
  },
  {
    name: "Twilio messages.create",
    shim: `declare module "twilio" { interface C { messages: { create(m: unknown): Promise<unknown> } } export default function twilio(sid: string, token: string): C; }`,
    code: `import twilio from "twilio";\nconst sms = twilio("sid", "token");\nvoid sms.messages.create({ to: x.mobile, body: "hi" });`,
    sink: "twilio",
    kind: "transfer",
  },
  {
    name: "SendGrid send",
    shim: `declare module "@sendgrid/mail" { const mail: { send(m: unknown): Promise<unknown> }; export default mail; }`,
    code: `import sgMail from "@sendgrid/mail";\nvoid sgMail.send({ to: "a@b.c", text: x.mobile });`,
    sink: "sendgrid",
    kind: "transfer",
  },
  {
    name: "Firebase messaging().send",
    shim: `declare module "firebase-admin" { export function messaging(): { send(m: unknown): Promise<string> } }`,
    code: `import * as admin from "firebase-admin";\nvoid admin.messaging().send({ data: { phone: x.mobile } });`,
    sink: "firebase",
    kind: "transfer",
  },
  {
    name: "uni-app uni.request",
    shim: `declare const uni: { request(o: { url: string; data?: unknown }): void };`,
    code: `uni.request({ url: "https://api.example.com/u", data: { phone: x.mobile } });`,
    sink: "mini-program-request",
    kind: "transfer",
  },
  {
    name: "Taro.request",
    shim: `declare module "@tarojs/taro" { const Taro: { request(o: { url: string; data?: unknown }): Promise<unknown> }; export default Taro; }`,
    code: `import Taro from "@tarojs/taro";\nvoid Taro.request({ url: "https://api.example.com/u", data: { phone: x.mobile } });`,
    sink: "mini-program-request",
    kind: "transfer",
  },
];

describe("sink catalog coverage", () => {
  for (const c of cases) {
    it(`reports a mobile number sent through ${c.name}`, () => {
      const r = analyze({
        "a.ts": `interface U { mobile: string }\nexport function f(x: U) {\n${c.code}\n}`,
        "shim.d.ts": c.shim,
      });
      expect(r.findings.map((f) => `${f.kind} ${f.sink.id} ${f.category} ${f.fieldPath}`)).toEqual([
        `${c.kind} ${c.sink} contact.mobile x.mobile`,
      ]);
    });
  }
});
