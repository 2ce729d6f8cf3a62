import { describe, expect, it } from "vitest";
import {
  knownCollections,
  stampingDatabases,
} from "../../analyzers/recognisers/known-collections.js";
import { defaultTaxonomy } from "../../analyzers/taxonomy/default-taxonomy.js";
import { analyze, describeFindings, describeWithConfidence } from "./support/analyze-files.js";

// Real Koa/Egg/Express handlers and cloud functions read request bodies typed `any`, or are plain
// JavaScript: a field read there classifies by its name, with medium confidence.
describe("untyped receivers", () => {
  it("classifies property reads on an `any` request body by name", () => {
    const r = analyze({
      "a.ts": `export function h(ctx: any) {\n  console.log(ctx.request.body.mobile, ctx.request.body.idCardNo);\n}`,
    });
    expect(describeWithConfidence(r)).toEqual([
      "log contact.mobile ctx.request.body.mobile console medium",
      "log identity.resident-id ctx.request.body.idCardNo console medium",
    ]);
  });

  it("classifies reads in plain JavaScript, element reads, `as any` and pinyin names", () => {
    const r = analyze({
      "a.js": [
        `exports.h = async (ctx) => {`,
        `  const body = ctx.request.body;`,
        `  console.log(body["phone"]);`,
        `  console.log(ctx.row.sfzh);`,
        `};`,
        `exports.g = (x) => console.log(x.shoujihao);`,
      ].join("\n"),
      "b.ts": `export function f(x: { id: number }) { console.log((x as any).phone); }`,
    });
    expect(describeWithConfidence(r)).toEqual([
      "log contact.mobile body.phone console medium",
      "log identity.resident-id ctx.row.sfzh console medium",
      "log contact.mobile x.shoujihao console medium",
    ]);
    const b = analyze(
      { "b.ts": `export function f(x: { id: number }) { console.log((x as any).phone); }` },
      "b.ts",
    );
    expect(describeWithConfidence(b)).toEqual(["log contact.mobile x.phone console medium"]);
  });

  it("classifies Record<string, string> reads and any[] callbacks", () => {
    const r = analyze({
      "a.ts": [
        `export function f(m: Record<string, string>, rows: any[]) {`,
        `  console.log(m.phone);`,
        `  console.log(rows.map((r) => r.mobile).join(","));`,
        `}`,
      ].join("\n"),
    });
    expect(describeWithConfidence(r)).toEqual([
      "log contact.mobile m.phone console medium",
      "log contact.mobile r.mobile console medium",
    ]);
  });

  it("keeps declared fields at high confidence", () => {
    const r = analyze({
      "a.ts": `interface U { mobile: string }\nexport function f(u: U) { console.log(u.mobile); }`,
    });
    expect(describeWithConfidence(r)).toEqual(["log contact.mobile u.mobile console high"]);
  });
});

// Contrasting pairs: the same field name is PI on one receiver and not on the other.
describe("names read in context", () => {
  const cases: { code: string; expected: string[] }[] = [
    { code: `console.log(user.name)`, expected: ["log basic.name user.name console medium"] },
    { code: `console.log(TaskService.name)`, expected: [] },
    {
      code: `console.log(ctx.state.user.name)`,
      expected: ["log basic.name ctx.state.user.name console medium"],
    },
    { code: `console.log(product.name, app.name, role.name, file.name)`, expected: [] },
    {
      code: `console.log(receiver.phone)`,
      expected: ["log contact.mobile receiver.phone console medium"],
    },
    { code: `console.log(shop.phone, court.phone, merchant.address)`, expected: [] },
    {
      code: `console.log(shop.ownerPhone)`,
      expected: ["log contact.mobile shop.ownerPhone console medium"],
    },
    { code: `console.log(res.code, err.code)`, expected: [] },
  ];
  for (const c of cases) {
    it(`${c.expected.length ? "reports" : "stays silent on"} ${c.code}`, () => {
      const r = analyze({
        "a.ts": `declare const user: any, ctx: any, product: any, app: any, role: any, file: any, receiver: any, shop: any, court: any, merchant: any, res: any, err: any;\nclass TaskService {}\nexport function f() { ${c.code}; }`,
      });
      expect(describeWithConfidence(r)).toEqual(c.expected);
    });
  }

  it("keeps a local `phone` of a function about files PI: only records have an owner", () => {
    const r = analyze({
      "a.ts": `export function appendCourierFile(raw: string) {\n  const phone = raw.trim();\n  console.log(phone);\n}`,
    });
    expect(describeWithConfidence(r)).toEqual(["log contact.mobile phone console high"]);
  });

  it("never takes an enum member for PI, whatever its name", () => {
    const r = analyze({
      "a.ts": `enum ActionFailType { WrongPassword = "wrong-password", NeedCaptcha = "need-captcha" }\nexport function f() { console.log(ActionFailType.WrongPassword); }`,
    });
    expect(r.findings).toEqual([]);
  });

  it("never takes a class's or function's `.name` for a person's name (typed)", () => {
    const r = analyze({
      "a.ts": `class OrderService {}\nexport function f(g: () => void) { console.log(OrderService.name, g.name, new OrderService().constructor.name); }`,
    });
    expect(r.findings).toEqual([]);
  });

  it("reads a typed `name` as a person's only on a person's type", () => {
    const r = analyze({
      "a.ts": [
        `interface Customer { name: string }`,
        `interface Product { name: string }`,
        `export function f(c: Customer, p: Product) { console.log(c.name, p.name); }`,
      ].join("\n"),
    });
    expect(describeWithConfidence(r)).toEqual(["log basic.name c.name console high"]);
  });

  it("takes a bare `code` for a verification code only in an SMS or login context", () => {
    const sms = analyze({
      "send-sms.js": `exports.sendSmsCode = async (ctx) => {\n  console.log(ctx.request.body.code);\n};`,
    });
    expect(describeWithConfidence(sms)).toEqual([
      "log auth.verification-code ctx.request.body.code console medium",
    ]);
    const region = analyze({
      "regions.js": `exports.list = async (ctx) => {\n  console.log(ctx.request.body.code);\n};`,
    });
    expect(region.findings).toEqual([]);
    const wechatLogin = analyze({
      "login-sms.js": `exports.login = async (ctx, http) => {\n  const code = ctx.request.body.code;\n  await http.get("https://api.weixin.qq.com/sns/jscode2session?js_code=" + code);\n  console.log(code);\n};`,
    });
    expect(wechatLogin.findings).toEqual([]);
  });

  it("reads compound names whole: endpoints and configs are not PI, email_code is a code", () => {
    const r = analyze({
      "a.js": `exports.f = (c) => console.log(c.realNameVerifyUrl, c.fileUploadLocationConfig, c.serverAddress, c.emailAddress);`,
    });
    expect(describeWithConfidence(r)).toEqual(["log contact.email c.emailAddress console medium"]);
  });
});

describe("whole untyped records", () => {
  it("reports a whole request body with the PI fields the program reads from request bodies", () => {
    const r = analyze({
      "log.js": `module.exports = () => async (ctx, next) => {\n  await next();\n  console.log(JSON.stringify(ctx.request.body));\n};`,
      "users.js": `exports.create = async (ctx) => {\n  const { mobile, password } = ctx.request.body;\n  return mobile.length + password.length;\n};`,
    });
    expect(describeWithConfidence(r)).toEqual([
      "log account.credential ctx.request.body.password console medium",
      "log contact.mobile ctx.request.body.mobile console medium",
    ]);
  });

  it("gives a route handler's whole body only the PI fields its own file reads", () => {
    const orders = analyze({
      "orders.js": `exports.order = async (ctx) => {\n  console.log(ctx.request.body);\n  const { total_fee } = ctx.request.body;\n  return total_fee;\n};`,
      "users.js": `exports.create = async (ctx) => {\n  const { mobile } = ctx.request.body;\n  return mobile;\n};`,
    });
    expect(orders.findings).toEqual([]);
    const users = analyze(
      {
        "users.js": `exports.create = async (ctx) => {\n  console.log(ctx.request.body);\n  const { mobile } = ctx.request.body;\n  return mobile;\n};`,
      },
      "users.js",
    );
    expect(describeWithConfidence(users)).toEqual([
      "log contact.mobile ctx.request.body.mobile console medium",
    ]);
  });

  it("reports a whole untyped user with the PI fields of the program's User model", () => {
    const r = analyze({
      "a.ts": `import type { User } from "./user.js";\nexport function f(req: any, u: User) {\n  console.log(req.user);\n  return u;\n}`,
      "user.ts": `export class User { id = 0; phoneNum = ""; email = ""; }`,
    });
    expect(describeWithConfidence(r)).toEqual([
      "log contact.email req.user.email console medium",
      "log contact.mobile req.user.phoneNum console medium",
    ]);
  });

  it("stays silent on a whole request body when no request body of the program holds PI", () => {
    const r = analyze({
      "log.js": `module.exports = () => async (ctx) => {\n  console.log(JSON.stringify(ctx.request.body));\n  console.log(ctx.request.body.pageSize);\n};`,
    });
    expect(r.findings).toEqual([]);
  });
});

describe("receivers and scopes that give a name its meaning", () => {
  it("reads ctx.ip and a socket's remoteAddress as IP addresses, reported when sent, not logged", () => {
    const r = analyze({
      "a.js": [
        `const axios = require("axios");`,
        `exports.h = async (ctx, req) => {`,
        `  console.log(ctx.ip, req.socket.remoteAddress);`,
        `  await axios.post("https://risk.example/ip", { ip: ctx.ip });`,
        `};`,
      ].join("\n"),
    });
    expect(describeWithConfidence(r)).toEqual(["transfer account.ip-address ctx.ip axios medium"]);
  });

  it("reports IP addresses logged when the config asks for network-log identifiers", async () => {
    const { loadConfig } = await import("../../analyzers/config/load-config.js");
    const config = loadConfig({ analysis: { reportNetworkLogIdentifiers: true } });
    const r = analyze({ "a.js": `exports.h = (ctx) => console.log(ctx.ip);` }, "a.js", { config });
    expect(describeWithConfidence(r)).toEqual(["log account.ip-address ctx.ip console medium"]);
  });

  it("drops medium-confidence findings when the config raises the floor", async () => {
    const { loadConfig } = await import("../../analyzers/config/load-config.js");
    const config = loadConfig({ analysis: { minConfidence: "high" } });
    const r = analyze(
      {
        "a.ts": `interface U { mobile: string }\nexport function f(u: U, body: any) { console.log(u.mobile, body.phone); }`,
      },
      "a.ts",
      { config },
    );
    expect(describeWithConfidence(r)).toEqual(["log contact.mobile u.mobile console high"]);
  });

  it("reads a message's text as communication content, but not a model's reply", () => {
    const r = analyze({
      "bot.js": [
        `exports.onMessage = async (msg, openai) => {`,
        `  console.log(msg.text());`,
        `  const res = await openai.chat.completions.create({});`,
        `  console.log(res.choices[0].message.content);`,
        `};`,
      ].join("\n"),
    });
    expect(describeWithConfidence(r)).toEqual([
      "log communication.content msg.text() console medium",
    ]);
  });

  it("reads a library getter on a person like the field (`talker.name()`)", () => {
    const r = analyze({
      "bot.js": `exports.f = (message) => {\n  const talker = message.talker();\n  console.log(talker.name(), message.room().topic());\n};`,
    });
    expect(describeWithConfidence(r)).toEqual(["log basic.name talker.name() console medium"]);
  });

  it("reads an image in an ID-card handler as a document image and in a face handler as a face", () => {
    const idcard = analyze({
      "ocr/idcard.js": `exports.main = async (event, api) => {\n  const { image } = event.data;\n  await api.request({ data: { image: event.data.image } });\n  return image;\n};`,
    });
    expect(describeWithConfidence(idcard)).toEqual([
      "transfer identity.document-image event.data.image inferred-send medium",
    ]);
    const banner = analyze({
      "banner.js": `exports.main = async (event, api) => {\n  await api.request({ data: { image: event.data.image } });\n};`,
    });
    expect(banner.findings).toEqual([]);
  });
});

describe("values that carry PI or stop carrying it", () => {
  it("treats the last four digits and a split prefix like a mask", () => {
    const r = analyze({
      "a.js": `exports.f = (user) => {\n  console.log(user.phone.slice(-4), user.phone.split("_")[0], user.phone.substring(0, 3));\n  console.log(user.phone.slice(3));\n};`,
    });
    expect(describeWithConfidence(r)).toEqual(["log contact.mobile user.phone console medium"]);
  });

  it("follows PI into an Error's message and from the catch variable to the log", () => {
    const r = analyze({
      "a.js": [
        `exports.f = async (user, sms) => {`,
        `  try {`,
        `    throw new Error(\`sms to \${user.phone} failed\`);`,
        `  } catch (e) {`,
        `    console.error(e);`,
        `  }`,
        `};`,
      ].join("\n"),
    });
    expect(describeWithConfidence(r)).toEqual(["log contact.mobile user.phone console medium"]);
  });

  it("follows a schema validation result (joi validate) to the log", () => {
    const r = analyze({
      "a.js": `exports.f = (schema, ctx) => {\n  const { mobile } = ctx.request.body;\n  const verify = schema.validate({ mobile });\n  console.log(verify);\n};`,
    });
    expect(describeWithConfidence(r)).toEqual([
      "log contact.mobile ctx.request.body.mobile console medium",
    ]);
  });

  it("reports both sinks of a helper that logs and sends its parameter", () => {
    const r = analyze({
      "a.ts": [
        `import axios from "axios";`,
        `interface U { mobile: string }`,
        `async function notify(m: string) {`,
        `  console.log(m);`,
        `  await axios.post("https://crm.example", { m });`,
        `}`,
        `export async function f(u: U) { await notify(u.mobile); }`,
      ].join("\n"),
    });
    expect(describeWithConfidence(r)).toEqual([
      "transfer contact.mobile u.mobile axios high",
      "log contact.mobile u.mobile console high",
    ]);
  });

  it("reports a prompt sent to the OpenAI API", () => {
    const r = analyze({
      "a.js": `import OpenAI from "openai";\nconst openai = new OpenAI({});\nexport async function ask(user) {\n  await openai.chat.completions.create({ messages: [{ role: "user", content: user.idCardNo }] });\n}`,
    });
    expect(describeWithConfidence(r)).toEqual([
      "transfer identity.resident-id user.idCardNo openai medium",
    ]);
  });
});

describe("field-sensitive helper summaries", () => {
  it("reports only the field a helper logs, not every PI field of the object passed", () => {
    // traceEvent(m) logs no PI; the typed FromUserName is reported where traceSender logs it.
    const r = analyze({
      "a.ts": [
        `interface Msg { MsgType: string; FromUserName: string; Content: string }`,
        `function traceEvent(e: Msg) { console.log("event", e.MsgType); }`,
        `function traceSender(e: Msg) { console.log("from", e.FromUserName); }`,
        `export function handle(m: Msg) {`,
        `  traceEvent(m);`,
        `  traceSender(m);`,
        `}`,
      ].join("\n"),
    });
    expect(describeWithConfidence(r)).toEqual(["log account.social e.FromUserName console high"]);
  });

  it("follows the field through an object literal and a destructured parameter", () => {
    const r = analyze({
      "a.ts": [
        `interface U { mobile: string; idCardNo: string }`,
        `function logContact({ phone }: { phone: string; note: string }) { console.log(phone); }`,
        `export function f(u: U) { logContact({ phone: u.mobile, note: u.idCardNo }); }`,
      ].join("\n"),
    });
    expect(describeWithConfidence(r).filter((l) => l.includes("u."))).toEqual([
      "log contact.mobile u.mobile console high",
    ]);
  });
});

describe("exports of untyped rows named by their columns", () => {
  it("reads a header row and exceljs column definitions", () => {
    const r = analyze({
      "export.js": [
        `const XLSX = require("xlsx");`,
        `const ExcelJS = require("exceljs");`,
        `exports.f = async (rows) => {`,
        `  XLSX.utils.aoa_to_sheet([["姓名", "身份证号", "备注"], ...rows.map((r) => [r.a, r.b, r.c])]);`,
        `  const wb = new ExcelJS.Workbook();`,
        `  const sheet = wb.addWorksheet("s");`,
        `  sheet.columns = [{ header: "手机号", key: "m" }, { header: "金额", key: "amount" }];`,
        `  sheet.addRows(rows);`,
        `};`,
      ].join("\n"),
    });
    expect(describeWithConfidence(r)).toEqual([
      'export basic.name column "姓名" xlsx medium',
      'export identity.resident-id column "身份证号" xlsx medium',
      'export contact.mobile column "手机号" exceljs medium',
    ]);
  });

  it("reads an untyped value under a key that names PI, but not a sanitized or decided one", () => {
    const r = analyze({
      "export.js": [
        `const XLSX = require("xlsx");`,
        `exports.f = (rows, shop, maskPhone) => {`,
        `  XLSX.utils.json_to_sheet(rows.map((r) => ({ 手机号码: r.c3, 店铺电话: shop.phone, 电话: maskPhone(r.c4) })));`,
        `};`,
      ].join("\n"),
    });
    expect(describeWithConfidence(r)).toEqual([
      "export contact.mobile r.c3 (as 手机号码) xlsx medium",
    ]);
  });
});

describe("prompts sent to chat model APIs", () => {
  it("reads a user turn's content as message content, not the app's system prompt", () => {
    const r = analyze({
      "ai.js": [
        `import OpenAI from "openai";`,
        `const openai = new OpenAI({});`,
        `export async function reply(prompt, env) {`,
        `  return openai.chat.completions.create({`,
        `    messages: [`,
        `      { role: "system", content: env.SYSTEM_MESSAGE },`,
        `      { role: "user", content: prompt },`,
        `    ],`,
        `  });`,
        `}`,
      ].join("\n"),
    });
    expect(describeWithConfidence(r)).toEqual([
      "transfer communication.content prompt (as content) openai medium",
    ]);
  });
});

describe("documents read from a database collection", () => {
  it("reports a document logged after reading it, with the PI the program writes there", () => {
    const r = analyze(
      {
        "register/index.js": `const cloud = require("wx-server-sdk");\nconst db = cloud.database();\nexports.main = async (event) => {\n  await db.collection("user").add({ data: { phone: event.phone, address: event.address, nick: event.nick } });\n};`,
        "pay/index.js": `const cloud = require("wx-server-sdk");\nconst db = cloud.database();\nexports.main = async (event) => {\n  const userRes = await db.collection("user").doc(event.id).get();\n  console.log(userRes);\n  const orders = await db.collection("orders").get();\n  console.log(orders);\n};`,
      },
      "pay/index.js",
    );
    expect(describeWithConfidence(r)).toEqual([
      "log basic.address userRes.address console medium",
      "log contact.mobile userRes.phone console medium",
    ]);
  });
});

describe("documents read from a person collection, a query's promise and a join", () => {
  const register = `const cloud = require("wx-server-sdk");\nconst db = cloud.database();\nexports.main = async (event) => {\n  await db.collection("user").doc(event.id).update({ data: { balance: 1 } });\n  await db.collection("order").add({ data: { _openid: event.openid, runner_phone: event.runnerPhone, cost: 1 } });\n  await db.collection("publish").add({ data: { pickup_address: event.address, state: 0 } });\n};`;

  it("reports a WeChat cloud user document by its creator's _openid when no write names PI", () => {
    const r = analyze(
      {
        "pay/index.js": `const cloud = require("wx-server-sdk");\nconst db = cloud.database();\nexports.main = async (event) => {\n  const userRes = await db.collection("user").doc(event.id).get();\n  console.log(userRes);\n  const stats = await db.collection("stats").doc("today").get();\n  console.log(stats);\n};`,
        "register/index.js": register,
      },
      "pay/index.js",
    );
    expect(describeWithConfidence(r)).toEqual([
      "log account.social userRes._openid console medium",
    ]);
  });

  it("stays silent on a person collection outside WeChat cloud when nothing names its PI", () => {
    const r = analyze({
      "a.js": `const db = require("./mongo");\nexports.f = async (id) => {\n  const userRes = await db.collection("user").findOne({ id });\n  console.log(userRes);\n};`,
    });
    expect(describeWithConfidence(r)).toEqual([]);
  });

  it("reads the documents a long query chain resolves to in `then`, with the joined collection's", () => {
    const r = analyze(
      {
        "lookup/index.js": `const cloud = require("wx-server-sdk");\nconst db = cloud.database();\nexports.main = async (event) => {\n  return db.collection("order").aggregate().match(event.q)\n    .lookup({ from: "publish", localField: "publish_id", foreignField: "_id", as: "List" })\n    .limit(20).skip(event.skip).sort({ created: -1 }).end()\n    .then((res) => {\n      console.log(res);\n      return res;\n    });\n};`,
        "register/index.js": register,
      },
      "lookup/index.js",
    );
    expect(describeWithConfidence(r)).toEqual([
      "log account.social res._openid console medium",
      "log basic.address res.List.pickup_address console medium",
      "log contact.mobile res.runner_phone console medium",
    ]);
  });
});

describe("provider notifications read whole", () => {
  const notify = (name: string, reads: string) =>
    `exports.${name} = async (ctx) => {\n  const { ${reads} } = ctx.request.body.xml;\n  console.log(ctx.request.body.xml);\n  await ctx.db.query("update payorder set state = 1 where no = ?", [out_trade_no]);\n};`;

  it("reports a logged WeChat Pay notification by the payer's openid it carries", () => {
    const r = analyze({ "order.js": notify("notify", "out_trade_no") });
    expect(describeWithConfidence(r)).toEqual([
      "log account.social ctx.request.body.xml.openid console medium",
    ]);
    const two = analyze({ "order.js": notify("finish", "out_trade_no, transaction_id") });
    expect(describeWithConfidence(two)).toEqual([
      "log account.social ctx.request.body.xml.openid console medium",
    ]);
  });

  it("stays silent on one order-number read outside a notification callback", () => {
    const r = analyze({ "order.js": notify("finish", "out_trade_no") });
    expect(describeWithConfidence(r)).toEqual([]);
  });
});

describe("records of a model defined in plain JavaScript (Sequelize, Mongoose)", () => {
  it("reports a whole untyped user with the fields its model defines, less its default scope's exclusions", () => {
    const r = analyze(
      {
        "app/controller/users.js": `exports.show = async (ctx) => {\n  const user = await ctx.model.Users.findOne({ where: { id: ctx.params.id } });\n  ctx.logger.info(user);\n};`,
        "app/model/users.js": `module.exports = (app) => {\n  const { STRING, INTEGER } = app.Sequelize;\n  return app.model.define("users", { id: INTEGER, username: STRING(60), phone: STRING(15), email: STRING(60), password: STRING(64) }, { defaultScope: { attributes: { exclude: ["password"] } } });\n};`,
      },
      "app/controller/users.js",
    );
    expect(describeWithConfidence(r)).toEqual([
      "log contact.email user.email named-logger medium",
      "log contact.mobile user.phone named-logger medium",
    ]);
  });

  it("reads a Mongoose schema passed to model() by name, and stays silent on a non-person model", () => {
    const files = {
      "models.js": `const mongoose = require("mongoose");\nconst consumerInfo = new mongoose.Schema({ company: String, phone: String, idNumber: String });\nexports.Member = mongoose.model("member", consumerInfo);\nexports.Product = mongoose.model("product", new mongoose.Schema({ name: String, phone: String }));`,
      "routes.js": `exports.f = (member, product) => {\n  console.log(member);\n  console.log(product);\n};`,
    };
    expect(describeWithConfidence(analyze(files, "routes.js"))).toEqual([
      "log contact.mobile member.phone console medium",
      "log identity.resident-id member.idNumber console medium",
    ]);
  });
});

describe("collections a framework defines", () => {
  it("reports a uni-id user record read on uniCloud by the fields uni-id's table holds", () => {
    const r = analyze({
      "user-center/index.js": `const db = uniCloud.database();\nexports.main = async (event) => {\n  await db.collection("uni-id-users").doc(event.uid).update({ last_login_date: Date.now() });\n  const res = await db.collection("uni-id-users").doc(event.uid).get();\n  console.log(res);\n  const logs = await db.collection("opendb-news-articles").get();\n  console.log(logs);\n};`,
    });
    expect(describeWithConfidence(r)).toEqual([
      "log account.social res.wx_openid console medium",
      "log basic.name res.realname_auth.real_name console medium",
      "log contact.email res.email console medium",
      "log contact.mobile res.mobile console medium",
      "log identity.resident-id res.realname_auth.identity console medium",
    ]);
  });

  it("names only categories the taxonomy has", () => {
    for (const c of [...knownCollections, ...stampingDatabases])
      for (const f of c.fields) expect(defaultTaxonomy.resolve(f.category)?.id).toBe(f.category);
  });
});

describe("provider results documented to carry PI", () => {
  it("reports a logged uniCloud one-click-login result, WeChat phone number and caller context", () => {
    const r = analyze({
      "login/index.js": [
        `const cloud = require("wx-server-sdk");`,
        `exports.main = async (event, context) => {`,
        `  const res = await uniCloud.getPhoneNumber({ provider: "univerify", access_token: event.access_token });`,
        `  console.log(res);`,
        `  const phone = await cloud.openapi.phonenumber.getPhoneNumber({ code: event.code });`,
        `  console.log(phone);`,
        `  const wx = cloud.getWXContext();`,
        `  console.log(wx);`,
        `  const status = await uniCloud.getPhoneNumberStatus({ appid: context.APPID });`,
        `  console.log(status);`,
        `};`,
      ].join("\n"),
    });
    expect(describeWithConfidence(r)).toEqual([
      "log contact.mobile res.phoneNumber console medium",
      "log contact.mobile phone.phoneInfo.phoneNumber console medium",
      "log account.social wx.OPENID console medium",
      "log account.social wx.UNIONID console medium",
    ]);
  });
});

describe("request bodies described by their validation rules (egg-validate)", () => {
  it("learns the body's fields from ctx.validate rules and the contracts they spread", () => {
    const r = analyze(
      {
        "app/middleware/log_handler.js": `module.exports = (option, app) => async function (ctx, next) {\n  await next();\n  const payload = {\n    method: ctx.request.method,\n    params: JSON.stringify(ctx.request.body),\n  };\n  ctx.service.operationLogs.create(payload);\n};`,
        "app/controller/users.js": `const Controller = require("egg").Controller;\nclass UsersController extends Controller {\n  async create() {\n    const { ctx } = this;\n    ctx.validate({ ...ctx.rule.userCreateBodyReq, remark: { type: "string" } }, ctx.request.body);\n  }\n  async update() {\n    const { ctx } = this;\n    const rules = { email: { type: "email" }, state: { type: "number" } };\n    ctx.validate(rules, ctx.request.body);\n  }\n}\nmodule.exports = UsersController;`,
        "app/contract/request/user.js": `module.exports = {\n  userCreateBodyReq: {\n    username: { type: "string" },\n    phone: { type: "string" },\n  },\n};`,
      },
      "app/middleware/log_handler.js",
    );
    expect(describeWithConfidence(r)).toEqual([
      "log contact.email ctx.request.body.email log-table medium",
      "log contact.mobile ctx.request.body.phone log-table medium",
    ]);
  });
});

describe("where a stored record's finding points", () => {
  it("points at the field of a log-table row or export row, and at the call of a print or send", () => {
    const r = analyze({
      "a.js": [
        `const XLSX = require("xlsx");`,
        `exports.f = (query, users, sms) => {`,
        `  const row = {`,
        `    orderNo: query.orderNo,`,
        `    phone: query.changePhone ? query.changePhone : query.payPhone,`,
        `  };`,
        `  log.consumer.create([row]);`,
        `  const rows = users.map((u) => ({ 姓名: u.realName, 手机号: u.mobile }));`,
        `  XLSX.utils.json_to_sheet(rows);`,
        `  const entry = { phone: query.payPhone };`,
        `  console.log(entry);`,
        `};`,
      ].join("\n"),
    });
    expect(describeFindings(r)).toEqual([
      "log contact.mobile query.changePhone log-table no-consent @ query.changePhone ? query.changePhone : query.payPhone",
      "log contact.mobile query.payPhone log-table no-consent @ query.changePhone ? query.changePhone : query.payPhone",
      "export basic.name u.realName xlsx no-consent @ u.realName",
      "export contact.mobile u.mobile xlsx no-consent @ u.mobile",
      "log contact.mobile query.payPhone console no-consent @ entry",
    ]);
  });
});

describe("CommonJS helpers", () => {
  it("follows a helper exported as `exports.send = function` to its SMS call", async () => {
    const r = analyze(
      {
        "utils/sms.js": `const Core = require("@alicloud/pop-core");\nconst client = new Core({});\nexports.send = function (phone, code) {\n  return client.request("SendSms", { PhoneNumbers: phone, TemplateParam: JSON.stringify({ code }) });\n};`,
        "routes.js": `const sms = require("./utils/sms");\nexports.notify = async (req) => {\n  await sms.send(req.body.changePhone, "1");\n};`,
      },
      "routes.js",
      {
        crossFileSummaries: (
          await import("../../analyzers/engine/function-summary.js")
        ).createSummaryStore(),
      },
    );
    expect(describeWithConfidence(r)).toEqual([
      "transfer contact.mobile req.body.changePhone aliyun-api medium",
    ]);
  });

  it("treats a model reached through a log module as a log table", () => {
    const r = analyze({
      "a.js": `const log = require("./log");\nexports.f = (query) => {\n  log.consumer.create([{ phone: query.phone }]);\n};`,
    });
    expect(describeWithConfidence(r)).toEqual(["log contact.mobile query.phone log-table medium"]);
  });
});
