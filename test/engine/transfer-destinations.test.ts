import { describe, expect, it } from "vitest";
import { loadConfig } from "../../analyzers/config/load-config.js";
import type { FileAnalysis } from "../../analyzers/engine/file-analysis.js";
import { analyze } from "./support/analyze-files.js";

const user = `interface U { id: string; mobile: string; idNumber: string; chatHistory: string[] }\n`;

/** Each finding as `fieldPath → jurisdiction service|host place (from)`. */
function destinations(result: FileAnalysis): string[] {
  return result.findings.map((f) => {
    const d = f.destination;
    if (!d) return `${f.fieldPath} → (none)`;
    const who = [d.service, d.host].filter(Boolean).join(" ");
    return `${f.fieldPath} → ${d.jurisdiction} ${who}${d.place ? ` [${d.place.en}]` : ""} (${d.from})`;
  });
}

function run(code: string, config?: Parameters<typeof loadConfig>[0]): FileAnalysis {
  return analyze({ "a.ts": user + code }, "a.ts", config ? { config: loadConfig(config) } : {});
}

describe("transfer destinations: SDK clients", () => {
  it("sends a default OpenAI client's prompt to OpenAI in the United States", () => {
    const r = run(
      `import OpenAI from "openai";\nconst client = new OpenAI();\nexport async function f(u: U) {\n  await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: u.mobile }] });\n}`,
    );
    expect(destinations(r)).toEqual([
      "u.mobile → cross-border OpenAI API api.openai.com [United States] (sdk-default)",
    ]);
  });

  it.each([
    ["DashScope", "https://dashscope.aliyuncs.com/compatible-mode/v1", "mainland"],
    ["DeepSeek", "https://api.deepseek.com", "mainland"],
    [
      "DashScope international (Singapore)",
      "https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
      "cross-border",
    ],
  ])("follows an OpenAI client's base URL to %s", (_name, baseURL, jurisdiction) => {
    const r = run(
      `import OpenAI from "openai";\nconst client = new OpenAI({ apiKey: "k", baseURL: "${baseURL}" });\nexport async function f(u: U) {\n  await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: u.mobile }] });\n}`,
    );
    expect(r.findings.map((f) => [f.destination?.jurisdiction, f.destination?.from])).toEqual([
      [jurisdiction, "base-url"],
    ]);
  });

  it("calls a base URL read from the environment unknown, not the vendor's default", () => {
    const r = run(
      `import OpenAI from "openai";\nconst client = new OpenAI({ baseURL: process.env.LLM_BASE_URL });\nexport async function f(u: U) {\n  await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: u.mobile }] });\n}`,
    );
    expect(destinations(r)).toEqual(["u.mobile → unknown OpenAI API (environment)"]);
  });

  it("lets the config say where a bare client's environment points it", () => {
    const r = run(
      `import OpenAI from "openai";\nconst client = new OpenAI();\nexport async function f(u: U) {\n  await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: u.mobile }] });\n}`,
      {
        transfers: {
          destinations: [
            { sink: "openai", jurisdiction: "mainland", service: "company LLM gateway" },
          ],
        },
      },
    );
    expect(destinations(r)).toEqual(["u.mobile → mainland company LLM gateway (config)"]);
  });

  it("reads a Tencent Cloud client's region: Singapore is abroad, Guangzhou is not", () => {
    const code = (region: string) =>
      `import * as tencentcloud from "tencentcloud-sdk-nodejs";\nconst client = new tencentcloud.sms.v20210111.Client({ credential: {}, region: "${region}" });\nexport async function f(u: U) {\n  await client.SendSms({ PhoneNumberSet: [u.mobile] });\n}`;
    expect(destinations(run(code("ap-singapore")))).toEqual([
      "u.mobile → cross-border Tencent Cloud API [Singapore] (region)",
    ]);
    expect(destinations(run(code("ap-guangzhou")))).toEqual([
      "u.mobile → mainland Tencent Cloud API [Guangzhou] (region)",
    ]);
  });

  it("keeps a mainland SDK without an endpoint in the mainland", () => {
    const r = run(
      `import * as tencentcloud from "tencentcloud-sdk-nodejs";\nconst client = new tencentcloud.sms.v20210111.Client({ credential: {} });\nexport async function f(u: U) {\n  await client.SendSms({ PhoneNumberSet: [u.mobile] });\n}`,
    );
    expect(destinations(r)).toEqual([
      "u.mobile → mainland Tencent Cloud API [mainland China] (sdk-default)",
    ]);
  });
});

describe("transfer destinations: HTTP clients follow the URL", () => {
  it.each([
    [
      "an Anthropic URL literal",
      `await fetch("https://api.anthropic.com/v1/messages", { method: "POST", body: u.mobile });`,
      "u.mobile → cross-border Anthropic API api.anthropic.com [United States] (url)",
    ],
    [
      "a template URL built from a constant origin",
      `await fetch(\`\${ORIGIN}/v1/chat/completions\`, { method: "POST", body: u.mobile });`,
      "u.mobile → cross-border OpenAI API api.openai.com [United States] (url)",
    ],
    [
      "a Hong Kong OSS endpoint",
      `await fetch("https://kyc.oss-cn-hongkong.aliyuncs.com/upload", { method: "PUT", body: u.idNumber });`,
      "u.idNumber → cross-border Alibaba Cloud kyc.oss-cn-hongkong.aliyuncs.com [Hong Kong] (url)",
    ],
    [
      "a Hangzhou OSS endpoint",
      `await fetch("https://kyc.oss-cn-hangzhou.aliyuncs.com/upload", { method: "PUT", body: u.idNumber });`,
      "u.idNumber → mainland Alibaba Cloud kyc.oss-cn-hangzhou.aliyuncs.com [Hangzhou] (url)",
    ],
    [
      "a generic host (never guessed from the TLD)",
      `await fetch("https://partner.example.com/hook", { method: "POST", body: u.mobile });`,
      "u.mobile → unknown partner.example.com (url)",
    ],
    [
      "a .cn host",
      `await fetch("https://api.partner.com.cn/hook", { method: "POST", body: u.mobile });`,
      "u.mobile → mainland api.partner.com.cn [mainland China] (url)",
    ],
  ])("%s", (_name, line, expected) => {
    const r = run(
      `const ORIGIN = "https://api.openai.com";\nexport async function f(u: U) {\n  ${line}\n}`,
    );
    expect(destinations(r)).toEqual([expected]);
  });

  it("follows an axios instance created with a foreign baseURL", () => {
    const r = run(
      `import axios from "axios";\nconst llm = axios.create({ baseURL: "https://api.anthropic.com" });\nexport async function f(u: U) {\n  await llm.post("/v1/messages", { content: u.mobile });\n}`,
    );
    expect(destinations(r)).toEqual([
      "u.mobile → cross-border Anthropic API api.anthropic.com [United States] (base-url)",
    ]);
  });

  it("follows wx.request's url option (the mini-program global)", () => {
    const r = analyze(
      {
        "a.ts":
          user +
          `export function f(u: U) {\n  wx.request({ url: "https://api.openai.com/v1/chat/completions", data: { phone: u.mobile } });\n}`,
        "wx.d.ts": `declare const wx: { request(o: { url: string; data?: unknown }): void };`,
      },
      "a.ts",
    );
    expect(destinations(r)).toEqual([
      "u.mobile → cross-border OpenAI API api.openai.com [United States] (url)",
    ]);
  });

  it("does not report a relative URL or the organisation's own host: not a transfer", () => {
    const code = `import axios from "axios";\nconst own = axios.create({ baseURL: "https://api.mycorp.com" });\nexport async function f(u: U) {\n  await fetch("/api/profile", { method: "POST", body: u.mobile });\n  await own.post("/profile", { mobile: u.mobile });\n}`;
    expect(destinations(run(code))).toEqual(["u.mobile → unknown api.mycorp.com (base-url)"]);
    const mine = run(code, { transfers: { ownHosts: ["mycorp.com"] } });
    expect(mine.findings).toEqual([]);
    expect(mine.consentedFlows).toEqual([]);
  });

  it("lets the config declare a host's jurisdiction, over the built-in table", () => {
    const r = run(
      `export async function f(u: U) {\n  await fetch("https://crm.partner.io/v1/leads", { method: "POST", body: u.mobile });\n}`,
      {
        transfers: {
          destinations: [
            {
              host: "partner.io",
              jurisdiction: "cross-border",
              service: "Partner CRM",
              place: { en: "Germany", "zh-CN": "德国" },
            },
          ],
        },
      },
    );
    expect(destinations(r)).toEqual([
      "u.mobile → cross-border Partner CRM crm.partner.io [Germany] (config)",
    ]);
  });
});

describe("cross-border consent and mechanisms", () => {
  const segment = (before: string, doc = "") =>
    `import { Analytics } from "@segment/analytics-node";\nconst analytics = new Analytics({ writeKey: "k" });\n${doc}export async function f(u: U) {\n  ${before}\n  analytics.identify({ userId: u.id, traits: { phone: u.mobile } });\n}`;
  const requireConsent = `declare function requireConsent(uid: string, ...purposes: string[]): Promise<void>;\n`;

  it("reports Segment with category consent only as missing cross-border consent", () => {
    const r = run(requireConsent + segment(`await requireConsent(u.id, "mobile-number");`));
    expect(r.findings.map((f) => f.reason)).toEqual(["no-cross-border-consent"]);
  });

  it.each(["cross-border", "overseas"])(
    "is silent for Segment with consent naming the category and %s",
    (purpose) => {
      const r = run(
        requireConsent + segment(`await requireConsent(u.id, "mobile-number", "${purpose}");`),
      );
      expect(r.findings).toEqual([]);
      expect(r.consentedFlows.map((f) => f.destination?.jurisdiction)).toEqual(["cross-border"]);
    },
  );

  it("accepts a purpose alias the config adds", () => {
    const r = run(requireConsent + segment(`await requireConsent(u.id, "mobile-number", "海外")`), {
      transfers: { crossBorderPurposes: ["海外"] },
    });
    expect(r.findings).toEqual([]);
  });

  it("records a declared mechanism on the finding; it does not replace consent", () => {
    const r = run(segment("", "/** @pipl-transfer standard-contract CAC filing 2024-0001 */\n"));
    expect(r.findings.map((f) => [f.reason, f.mechanism])).toEqual([
      ["no-consent", { mechanism: "standard-contract", reference: "CAC filing 2024-0001" }],
    ]);
  });

  it("lets @pipl-basis cover the consent side of a cross-border send", () => {
    const r = run(
      segment(
        "",
        "/**\n * @pipl-basis contract the user books a hotel abroad\n * @pipl-transfer exempt-contract booking terms v3\n */\n",
      ),
    );
    expect(r.findings).toEqual([]);
    expect(r.consentedFlows.map((f) => [f.coveredBy, f.mechanism?.mechanism])).toEqual([
      [{ kind: "basis", basis: "contract" }, "exempt-contract"],
    ]);
  });

  it("reports an unknown mechanism or one without a reference", () => {
    const unknown = run(segment("", "/** @pipl-transfer handshake ok */\n"));
    expect(unknown.problems.map((p) => p.text.id)).toEqual([
      "annotation.unknown-transfer-mechanism",
    ]);
    const bare = run(segment("", "/** @pipl-transfer certification */\n"));
    expect(bare.problems.map((p) => p.text.id)).toEqual(["annotation.transfer-needs-reference"]);
  });

  it("needs no cross-border purpose for a mainland transfer", () => {
    const r = run(
      requireConsent +
        `import OpenAI from "openai";\nconst client = new OpenAI({ baseURL: "https://api.deepseek.com" });\nexport async function f(u: U) {\n  await requireConsent(u.id, "mobile-number");\n  await client.chat.completions.create({ model: "deepseek-chat", messages: [{ role: "user", content: u.mobile }] });\n}`,
    );
    expect(r.findings).toEqual([]);
  });

  it("is silent for a chat prompt without PI and reports one carrying the user's messages", () => {
    const prompt = (content: string) =>
      `import OpenAI from "openai";\nconst client = new OpenAI();\nexport async function f(u: U) {\n  await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: ${content} }] });\n}`;
    expect(run(prompt(`"Summarise today's weather in Beijing"`)).findings).toEqual([]);
    expect(
      run(prompt(`u.chatHistory.join("\\n")`)).findings.map((f) => [
        f.category,
        f.destination?.jurisdiction,
      ]),
    ).toEqual([["communication.content", "cross-border"]]);
  });
});

describe("@pipl-transfer tags", () => {
  it("are validated on every function, with or without a send abroad", () => {
    const r = run(
      `/** @pipl-transfer handshake ok */\nexport function f(u: U) {\n  return u.id;\n}`,
    );
    expect(r.problems.map((p) => [p.text.id, p.text.params["mechanism"]])).toEqual([
      ["annotation.unknown-transfer-mechanism", "handshake"],
    ]);
  });
});

describe("a local helper that takes the URL as a parameter", () => {
  const helper = `async function postJson(url: string, body: unknown) {\n  await fetch(url, { method: "POST", body: JSON.stringify(body) });\n}\n`;
  it.each([
    [
      "a foreign API",
      `"https://api.openai.com/v1/responses"`,
      ["u.mobile → cross-border OpenAI API api.openai.com [United States] (url)"],
    ],
    [
      "a generic host",
      `"https://hooks.example.com/in"`,
      ["u.mobile → unknown hooks.example.com (url)"],
    ],
    ["a relative URL (the organisation itself: nothing reported)", `"/api/profile"`, []],
  ])("reads the URL at each call site: %s", (_name, url, expected) => {
    const r = run(
      `${helper}export async function f(u: U) {\n  await postJson(${url}, { phone: u.mobile });\n}`,
    );
    expect(destinations(r)).toEqual(expected);
  });
});

describe("cloud regions in host names", () => {
  const upload = (host: string) =>
    `export async function f(u: U) {\n  await fetch("https://${host}/x", { method: "PUT", body: u.mobile });\n}`;

  it("calls a region the tables do not know unknown, not the vendor's home", () => {
    expect(destinations(run(upload("b.oss-me-central-1.aliyuncs.com")))).toEqual([
      "u.mobile → unknown Alibaba Cloud b.oss-me-central-1.aliyuncs.com (url)",
    ]);
    expect(destinations(run(upload("b.oss-cn-private-1.aliyuncs.com")))).toEqual([
      "u.mobile → unknown Alibaba Cloud b.oss-cn-private-1.aliyuncs.com (url)",
    ]);
  });

  it("reads a mainland region the config adds to the region table", () => {
    const r = run(upload("b.oss-cn-private-1.aliyuncs.com"), {
      regions: [{ provider: "alicloud", mainland: ["cn-private-1"] }],
    });
    expect(r.findings.map((f) => [f.destination?.jurisdiction, f.destination?.region])).toEqual([
      ["mainland", "cn-private-1"],
    ]);
  });
});

describe("HTTP clients whose data call is made on a request built from the URL", () => {
  it.each([
    [
      "superagent post(url).send",
      `import superagent from "superagent";\nexport async function f(u: U) {\n  await superagent.post("https://api.segment.io/v1/track").send({ phone: u.mobile });\n}`,
      "u.mobile → cross-border Segment api.segment.io [United States] (url)",
    ],
    [
      "https.request({ hostname }).write",
      `import https from "node:https";\nexport function f(u: U) {\n  const req = https.request({ hostname: "api.mixpanel.com", method: "POST" });\n  req.write(u.mobile);\n}`,
      "u.mobile → cross-border Mixpanel api.mixpanel.com [United States] (url)",
    ],
    [
      "a WebSocket opened on a mainland host",
      `import WebSocket from "ws";\nconst socket = new WebSocket("wss://push.partner.com.cn/ws");\nexport function f(u: U) {\n  socket.send(u.mobile);\n}`,
      "u.mobile → mainland push.partner.com.cn [mainland China] (url)",
    ],
  ])("%s", (_name, code, expected) => {
    expect(destinations(run(code))).toEqual([expected]);
  });
});

describe("transfer destinations: Chinese model vendors' own SDKs", () => {
  const send = (setup: string, call: string) =>
    run(`${setup}\nexport async function f(u: U) {\n  await ${call};\n}`);

  it.each([
    [
      "Zhipu's Node SDK (zhipuai-sdk-nodejs-v4)",
      `import { ZhipuAI } from "zhipuai-sdk-nodejs-v4";\nconst ai = new ZhipuAI({ apiKey: "k" });`,
      `ai.createCompletions({ model: "glm-4", messages: [{ role: "user", content: u.mobile }] })`,
      "u.mobile → mainland Zhipu BigModel API open.bigmodel.cn [mainland China] (sdk-default)",
    ],
    [
      "Baidu Qianfan's Node SDK (@baiducloud/qianfan)",
      `import { ChatCompletion } from "@baiducloud/qianfan";\nconst client = new ChatCompletion();`,
      `client.chat({ messages: [{ role: "user", content: u.mobile }] }, "ERNIE-Speed-128K")`,
      "u.mobile → mainland Baidu Qianfan (ERNIE) qianfan.baidubce.com [mainland China] (sdk-default)",
    ],
    [
      "LangChain's Tongyi (DashScope) chat model",
      `import { ChatAlibabaTongyi } from "@langchain/community/chat_models/alibaba_tongyi";\nconst qwen = new ChatAlibabaTongyi({ model: "qwen-plus" });`,
      `qwen.invoke(u.mobile)`,
      "u.mobile → mainland Alibaba Cloud Model Studio (DashScope) dashscope.aliyuncs.com [mainland China] (sdk-default)",
    ],
    [
      "LangChain's Zhipu chat model",
      `import { ChatZhipuAI } from "@langchain/community/chat_models/zhipuai";\nconst glm = new ChatZhipuAI({ model: "glm-4" });`,
      `glm.invoke(u.mobile)`,
      "u.mobile → mainland Zhipu BigModel API open.bigmodel.cn [mainland China] (sdk-default)",
    ],
    [
      "LangChain's Qianfan chat model",
      `import { ChatBaiduQianfan } from "@langchain/baidu-qianfan";\nconst ernie = new ChatBaiduQianfan({ model: "ERNIE-Lite-8K" });`,
      `ernie.invoke(u.mobile)`,
      "u.mobile → mainland Baidu Qianfan (ERNIE) qianfan.baidubce.com [mainland China] (sdk-default)",
    ],
    [
      "LangChain's Moonshot chat model",
      `import { ChatMoonshot } from "@langchain/community/chat_models/moonshot";\nconst kimi = new ChatMoonshot({});`,
      `kimi.invoke(u.mobile)`,
      "u.mobile → mainland Moonshot AI (Kimi) API api.moonshot.cn [mainland China] (sdk-default)",
    ],
    [
      "LangChain's Hunyuan chat model",
      `import { ChatTencentHunyuan } from "@langchain/community/chat_models/tencent_hunyuan";\nconst hy = new ChatTencentHunyuan({ model: "hunyuan-lite" });`,
      `hy.invoke(u.mobile)`,
      "u.mobile → mainland Tencent Hunyuan hunyuan.tencentcloudapi.com [mainland China] (sdk-default)",
    ],
    [
      "the Vercel AI SDK with the Zhipu provider",
      `import { generateText } from "ai";\nimport { createZhipu } from "zhipu-ai-provider";\nconst zhipu = createZhipu({ apiKey: "k" });`,
      `generateText({ model: zhipu("glm-4-plus"), prompt: u.mobile })`,
      "u.mobile → mainland Zhipu BigModel API open.bigmodel.cn [mainland China] (sdk-default)",
    ],
  ])("keeps %s in the mainland", (_name, setup, call, expected) => {
    expect(destinations(send(setup, call))).toEqual([expected]);
  });

  it("follows a Chinese vendor's client to the host the code names, or not at all from the environment", () => {
    const client = (host: string) =>
      send(
        `import { ChatTencentHunyuan } from "@langchain/community/chat_models/tencent_hunyuan";\nconst hy = new ChatTencentHunyuan({ host: ${host} });`,
        `hy.invoke(u.mobile)`,
      );
    expect(destinations(client(`"hunyuan.tencentcloudapi.com"`))).toEqual([
      "u.mobile → mainland Tencent Hunyuan hunyuan.tencentcloudapi.com [mainland China] (base-url)",
    ]);
    expect(destinations(client("process.env.HUNYUAN_HOST"))).toEqual([
      "u.mobile → unknown Tencent Hunyuan (environment)",
    ]);
  });

  it("names the Tencent Hunyuan client and reads its region: Guangzhou stays, Singapore leaves", () => {
    const code = (region: string) =>
      send(
        `import * as tencentcloud from "tencentcloud-sdk-nodejs";\nconst client = new tencentcloud.hunyuan.v20230901.Client({ credential: {}, region: "${region}" });`,
        `client.ChatCompletions({ Model: "hunyuan-lite", Messages: [{ Role: "user", Content: u.mobile }] })`,
      );
    expect(destinations(code("ap-guangzhou"))).toEqual([
      "u.mobile → mainland Tencent Hunyuan [Guangzhou] (region)",
    ]);
    expect(destinations(code("ap-singapore"))).toEqual([
      "u.mobile → cross-border Tencent Hunyuan [Singapore] (region)",
    ]);
  });

  it("matches the Hunyuan product package (tencentcloud-sdk-nodejs-hunyuan)", () => {
    const r = send(
      `import { hunyuan } from "tencentcloud-sdk-nodejs-hunyuan";\nconst client = new hunyuan.v20230901.Client({ credential: {}, region: "ap-guangzhou" });`,
      `client.ChatCompletions({ Messages: [{ Role: "user", Content: u.mobile }] })`,
    );
    expect(destinations(r)).toEqual(["u.mobile → mainland Tencent Hunyuan [Guangzhou] (region)"]);
  });

  it.each([
    [
      "Moonshot",
      "https://api.moonshot.cn/v1",
      "mainland Moonshot AI (Kimi) API api.moonshot.cn [mainland China]",
    ],
    [
      "Zhipu",
      "https://open.bigmodel.cn/api/paas/v4",
      "mainland Zhipu BigModel API open.bigmodel.cn [mainland China]",
    ],
    [
      "Baidu Qianfan",
      "https://qianfan.baidubce.com/v2/",
      "mainland Baidu Qianfan (ERNIE) qianfan.baidubce.com [mainland China]",
    ],
    [
      "Volcengine Ark",
      "https://ark.cn-beijing.volces.com/api/v3",
      "mainland Volcengine ark.cn-beijing.volces.com [mainland China]",
    ],
    [
      "DashScope Singapore",
      "https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
      "cross-border Alibaba Cloud Model Studio (international) dashscope-intl.aliyuncs.com [Singapore]",
    ],
  ])(
    "follows an OpenAI client pointed at %s (the vendor's documented Node route)",
    (_name, baseURL, expected) => {
      const r = send(
        `import OpenAI from "openai";\nconst client = new OpenAI({ apiKey: "k", baseURL: "${baseURL}" });`,
        `client.chat.completions.create({ model: "m", messages: [{ role: "user", content: u.mobile }] })`,
      );
      expect(destinations(r)).toEqual([`u.mobile → ${expected} (base-url)`]);
    },
  );
});

describe("transfer destinations: DashScope's regional endpoints", () => {
  it.each([
    [
      "https://dashscope.aliyuncs.com/compatible-mode/v1",
      "mainland Alibaba Cloud Model Studio (DashScope) dashscope.aliyuncs.com [mainland China]",
    ],
    [
      "https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
      "cross-border Alibaba Cloud Model Studio (international) dashscope-intl.aliyuncs.com [Singapore]",
    ],
    [
      "https://dashscope-us.aliyuncs.com/compatible-mode/v1",
      "cross-border Alibaba Cloud Model Studio (US) dashscope-us.aliyuncs.com [United States]",
    ],
    [
      "https://cn-hongkong.dashscope.aliyuncs.com/compatible-mode/v1",
      "cross-border Alibaba Cloud Model Studio (DashScope) cn-hongkong.dashscope.aliyuncs.com [Hong Kong]",
    ],
    [
      "https://ws-1a2b.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1",
      "cross-border Alibaba Cloud ws-1a2b.ap-southeast-1.maas.aliyuncs.com [Singapore]",
    ],
    [
      "https://ws-1a2b.cn-beijing.maas.aliyuncs.com/compatible-mode/v1",
      "mainland Alibaba Cloud ws-1a2b.cn-beijing.maas.aliyuncs.com [Beijing]",
    ],
  ])("follows an OpenAI client with base URL %s", (baseURL, expected) => {
    const r = run(
      `import OpenAI from "openai";\nconst client = new OpenAI({ baseURL: "${baseURL}" });\nexport async function f(u: U) {\n  await client.chat.completions.create({ model: "qwen-plus", messages: [{ role: "user", content: u.mobile }] });\n}`,
    );
    expect(destinations(r)).toEqual([`u.mobile → ${expected} (base-url)`]);
  });
});

describe("transfer destinations: the DSN Sentry.init reads", () => {
  const sentry = (init: string, config?: Parameters<typeof loadConfig>[0]) =>
    run(
      `import * as Sentry from "@sentry/node";\n${init}\nexport function f(u: U) {\n  Sentry.setUser({ id: u.id, phone: u.mobile });\n}`,
      config,
    );

  it.each([
    [
      "a sentry.io DSN: Sentry's SaaS in the United States",
      `Sentry.init({ dsn: "https://abc123@o4504.ingest.sentry.io/4505" });`,
      "u.mobile → cross-border Sentry o4504.ingest.sentry.io [United States] (base-url)",
    ],
    [
      "a DSN of Sentry's US ingest host",
      `Sentry.init({ dsn: "https://abc123@o4504.ingest.us.sentry.io/4505" });`,
      "u.mobile → cross-border Sentry o4504.ingest.us.sentry.io [United States] (base-url)",
    ],
    [
      "a DSN of Sentry's EU data region: Germany",
      `Sentry.init({ dsn: "https://abc123@o4504.ingest.de.sentry.io/4505" });`,
      "u.mobile → cross-border Sentry (EU) o4504.ingest.de.sentry.io [Germany] (base-url)",
    ],
    [
      "a self-hosted Sentry on a .cn host: mainland",
      `Sentry.init({ dsn: "https://abc123@sentry.example.cn/2" });`,
      "u.mobile → mainland sentry.example.cn [mainland China] (base-url)",
    ],
    [
      "a self-hosted Sentry on a host no table knows: unknown",
      `Sentry.init({ dsn: "https://abc123@sentry.example.com/2" });`,
      "u.mobile → unknown sentry.example.com (base-url)",
    ],
    [
      "a DSN held in a constant",
      `const DSN = "https://abc123@o4504.ingest.de.sentry.io/4505";\nSentry.init({ dsn: DSN, tracesSampleRate: 0.1 });`,
      "u.mobile → cross-border Sentry (EU) o4504.ingest.de.sentry.io [Germany] (base-url)",
    ],
    [
      "a DSN read from the environment: unknown",
      `Sentry.init({ dsn: process.env.SENTRY_DSN });`,
      "u.mobile → unknown Sentry (environment)",
    ],
    [
      "an init without a DSN (the SDK reads SENTRY_DSN): unknown",
      `Sentry.init({ tracesSampleRate: 1 });`,
      "u.mobile → unknown Sentry (environment)",
    ],
    [
      "no init in view: Sentry's default, the SaaS",
      ``,
      "u.mobile → cross-border Sentry sentry.io [United States] (sdk-default)",
    ],
  ])("%s", (_name, init, expected) => {
    expect(destinations(sentry(init)).filter((d) => d.startsWith("u.mobile"))).toEqual([expected]);
  });

  it("does not report a self-hosted Sentry on the organisation's own host", () => {
    const r = sentry(`Sentry.init({ dsn: "https://abc123@sentry.mycorp.com/2" });`, {
      transfers: { ownHosts: ["mycorp.com"] },
    });
    expect(r.findings).toEqual([]);
  });

  it("reads the DSN of an init in another file of the program (instrument.ts)", () => {
    const r = analyze(
      {
        "instrument.ts": `import * as Sentry from "@sentry/node";\nSentry.init({ dsn: "https://abc123@sentry.example.cn/2" });\n`,
        "a.ts":
          user +
          `import * as Sentry from "@sentry/node";\nexport function f(u: U) {\n  Sentry.setUser({ phone: u.mobile });\n}`,
      },
      "a.ts",
    );
    expect(destinations(r)).toEqual([
      "u.mobile → mainland sentry.example.cn [mainland China] (base-url)",
    ]);
  });
});

describe("transfer destinations: URLs built with new URL(input, base)", () => {
  it.each([
    [
      "a path against a constant foreign origin",
      `await fetch(new URL("/v1/messages", ANTHROPIC), { method: "POST", body: u.mobile });`,
      "u.mobile → cross-border Anthropic API api.anthropic.com [United States] (url)",
    ],
    [
      "a path against a literal mainland origin",
      `await fetch(new URL("v4/chat/completions", "https://open.bigmodel.cn/api/paas/"), { method: "POST", body: u.mobile });`,
      "u.mobile → mainland Zhipu BigModel API open.bigmodel.cn [mainland China] (url)",
    ],
    [
      "a URL kept in a constant, then sent through its href",
      `const url = new URL(\`/v1/chat/\${u.id}\`, ANTHROPIC);\n  await fetch(url.href, { method: "POST", body: u.mobile });`,
      "u.mobile → cross-border Anthropic API api.anthropic.com [United States] (url)",
    ],
    [
      "an absolute input, whatever the base",
      `await fetch(new URL("https://api.openai.com/v1/chat/completions", ANTHROPIC).toString(), { method: "POST", body: u.mobile });`,
      "u.mobile → cross-border OpenAI API api.openai.com [United States] (url)",
    ],
    [
      "a base from the environment",
      `await fetch(new URL("/v1/messages", process.env.LLM_BASE_URL), { method: "POST", body: u.mobile });`,
      "u.mobile → unknown  (environment)",
    ],
    [
      "a base whose host the code does not show",
      `await fetch(new URL("/hook", \`https://\${u.id}.partner.example\`), { method: "POST", body: u.mobile });`,
      "u.mobile → unknown  (url)",
    ],
  ])("follows %s", (_name, line, expected) => {
    const r = run(
      `const ANTHROPIC = "https://api.anthropic.com";\nexport async function f(u: U) {\n  ${line}\n}`,
    );
    expect(destinations(r)).toEqual([expected]);
  });

  it("follows an axios call whose URL is built with new URL", () => {
    const r = run(
      `import axios from "axios";\nconst BASE = "https://api.moonshot.cn";\nexport async function f(u: U) {\n  await axios.post(new URL("/v1/chat/completions", BASE).href, { content: u.mobile });\n}`,
    );
    expect(destinations(r)).toEqual([
      "u.mobile → mainland Moonshot AI (Kimi) API api.moonshot.cn [mainland China] (url)",
    ]);
  });

  it("does not report a relative path against the organisation's own origin", () => {
    const r = run(
      `const OWN = "https://api.mycorp.com";\nexport async function f(u: U) {\n  await fetch(new URL("/profile", OWN), { method: "POST", body: u.mobile });\n}`,
      { transfers: { ownHosts: ["mycorp.com"] } },
    );
    expect(r.findings).toEqual([]);
  });

  it("does not take a local class named URL for the URL parser", () => {
    const r = run(
      `class URL { constructor(public path: string, public base: string) {} toString() { return "/local"; } }\nexport async function f(u: U) {\n  await fetch(new URL("/v1/messages", "https://api.anthropic.com").toString(), { method: "POST", body: u.mobile });\n}`,
    );
    expect(destinations(r)).toEqual(["u.mobile → unknown  (none)"]);
  });
});
