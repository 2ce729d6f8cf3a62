import { describe, expect, it } from "vitest";
import { analyze, describeFindings } from "./support/analyze-files.js";

const u = `interface U { id: string; mobile: string; realName: string }\n`;

function sinksOf(code: string, files: Record<string, string> = {}) {
  const r = analyze({ "a.ts": u + code, ...files });
  return describeFindings(r).map((d) => d.replace(/ no-consent @ /, " @ "));
}

describe("sink catalog", () => {
  it("matches console methods and process.stdout.write as log sinks", () => {
    expect(
      sinksOf(
        `export function f(x: U) { console.error(x.mobile); process.stdout.write(x.realName); }`,
      ),
    ).toEqual([
      "log contact.mobile x.mobile console @ x.mobile",
      "log basic.name x.realName process-output @ x.realName",
    ]);
  });

  it("does not treat a local object named console as the global", () => {
    expect(
      sinksOf(
        `export function f(x: U) { const console = { log: (v: unknown) => v }; console.log(x.mobile); }`,
      ),
    ).toEqual([]);
  });

  it("matches a pino logger created in another module and imported", () => {
    expect(
      sinksOf(
        `import { logger } from "./log.js";\nexport function f(x: U) { logger.warn({ m: x.mobile }, "m"); }`,
        {
          "log.ts": `import pino from "pino";\nexport const logger = pino({ name: "svc" });`,
        },
      ),
    ).toEqual(["log contact.mobile x.mobile pino @ { m: x.mobile }"]);
  });

  it("matches a pino Logger by its type when the value's origin is unknown", () => {
    expect(
      sinksOf(
        `import type { Logger } from "pino";\nexport function f(x: U, log2: Logger) { log2.info(x.mobile); }`,
      ),
    ).toEqual(["log contact.mobile x.mobile pino @ x.mobile"]);
  });

  it("matches untyped ctx.logger and this.logger calls by receiver name", () => {
    expect(
      sinksOf(
        `export class C { logger: any; run(ctx: any, x: U) { ctx.logger.info(x.mobile); this.logger.error(x.realName); } }`,
      ),
    ).toEqual([
      "log contact.mobile x.mobile named-logger @ x.mobile",
      "log basic.name x.realName named-logger @ x.realName",
    ]);
  });

  it("stays silent for level-named methods on receivers not named like loggers", () => {
    expect(sinksOf(`export function f(x: U, catalog: any) { catalog.info(x.mobile); }`)).toEqual(
      [],
    );
  });

  it("matches fs writes through namespace, named and promises imports, and only data arguments", () => {
    expect(
      sinksOf(
        `import * as fs from "node:fs";\nimport { writeFile } from "node:fs/promises";\nexport async function f(x: U) {\n  fs.writeFileSync(x.realName, "fixed");\n  fs.writeFileSync("/tmp/a", x.mobile);\n  await fs.promises.writeFile("/tmp/b", x.realName);\n  await writeFile("/tmp/c", x.mobile);\n}`,
      ),
    ).toEqual([
      "export contact.mobile x.mobile fs-write @ x.mobile",
      "export basic.name x.realName fs-write @ x.realName",
      "export contact.mobile x.mobile fs-write @ x.mobile",
    ]);
  });

  it("matches require('fs') and a write stream", () => {
    expect(
      sinksOf(
        `declare function require(m: string): any;\nconst fs = require("fs");\nexport function f(x: U) {\n  fs.appendFile("/tmp/a", x.mobile, () => 0);\n  const out = fs.createWriteStream("/tmp/b");\n  out.write(x.realName);\n}`,
      ),
    ).toEqual([
      "export contact.mobile x.mobile fs-write @ x.mobile",
      "export basic.name x.realName fs-write-stream @ x.realName",
    ]);
  });

  it("matches axios as a function, its methods, and instances from axios.create", () => {
    expect(
      sinksOf(
        `import axios from "axios";\nconst api = axios.create({ baseURL: "https://partner.example.com" });\nexport async function f(x: U) {\n  await axios({ data: x.mobile });\n  await axios.post("https://partner.example.com/a", { n: x.realName });\n  await api.post("/b", x.mobile);\n}`,
      ),
    ).toEqual([
      "transfer contact.mobile x.mobile axios @ { data: x.mobile }",
      "transfer basic.name x.realName axios @ { n: x.realName }",
      "transfer contact.mobile x.mobile axios @ x.mobile",
    ]);
  });

  it("matches a kafkajs producer and the Sentry user context", () => {
    expect(
      sinksOf(
        `import type { Producer } from "kafkajs";\nimport * as Sentry from "@sentry/node";\nexport async function f(x: U, p: Producer) {\n  await p.send({ topic: "t", messages: [{ value: x.mobile }] });\n  Sentry.setUser({ username: x.realName });\n}`,
      ),
    ).toEqual([
      'transfer contact.mobile x.mobile kafkajs @ { topic: "t", messages: [{ value: x.mobile }] }',
      "transfer basic.name x.realName sentry @ { username: x.realName }",
    ]);
  });

  it("matches any method of a Tencent Cloud SDK client", () => {
    expect(
      sinksOf(
        `import * as tc from "tencentcloud-sdk-nodejs";\nconst sms = new tc.sms.v20210111.Client({});\nexport async function f(x: U) { await sms.SendSms({ PhoneNumberSet: [x.mobile] }); }`,
      ),
    ).toEqual(["transfer contact.mobile x.mobile tencentcloud @ { PhoneNumberSet: [x.mobile] }"]);
  });

  it("matches fetch and stays silent for calls that only look like sends", () => {
    expect(
      sinksOf(
        `export async function f(x: U) {\n  await fetch("https://a.example", { method: "POST", body: x.mobile });\n  const m = new Map<string, string>();\n  m.set("k", x.mobile);\n  const post = (s: string) => s.length;\n  post(x.realName);\n}`,
      ),
    ).toEqual(['transfer contact.mobile x.mobile fetch @ { method: "POST", body: x.mobile }']);
  });
});
