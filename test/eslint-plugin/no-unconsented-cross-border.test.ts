import rule from "../../eslint-plugin/rules/no-unconsented-cross-border.js";
import { noUnconsentedCrossBorder } from "../../analyzers/rules/no-unconsented-cross-border.js";
import {
  invalidCase,
  reports,
  runSinkRuleTests,
  silent,
  typedRuleTester,
} from "./support/rule-tester.js";

// Transfers to a recipient outside mainland China (PIPL Arts. 38-39). Mainland and unknown
// destinations are pipl/no-unconsented-transfer's: the silent cases below that send PI are
// reported there (test/eslint-plugin/no-unconsented-transfer.test.ts), so each send has one report.

const valid = [
  silent("an empty file", ""),
  silent(
    "an OpenAI client with a DashScope base URL (mainland: pipl/no-unconsented-transfer's)",
    'import OpenAI from "openai";\nconst client = new OpenAI({ baseURL: "https://dashscope.aliyuncs.com/compatible-mode/v1" });\nexport async function f(u: UserProfile) {\n  await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: u.mobile }] });\n}',
  ),
  silent(
    "an OpenAI client with a DeepSeek base URL (mainland)",
    'import OpenAI from "openai";\nconst client = new OpenAI({ baseURL: "https://api.deepseek.com" });\nexport async function f(u: UserProfile) {\n  await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: u.mobile }] });\n}',
  ),
  silent(
    "an OpenAI client whose base URL comes from the environment (unknown: the transfer rule's)",
    'import OpenAI from "openai";\nconst client = new OpenAI({ baseURL: process.env.LLM_BASE_URL });\nexport async function f(u: UserProfile) {\n  await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: u.mobile }] });\n}',
  ),
  silent(
    "a generic example.com host (unknown: the transfer rule's)",
    'export async function f(u: UserProfile) {\n  await fetch("https://partner.example.com/hook", { method: "POST", body: u.mobile });\n}',
  ),
  silent(
    "Segment with consent naming the category and cross-border",
    'import { Analytics } from "@segment/analytics-node";\nconst analytics = new Analytics({ writeKey: "key" });\nexport function f(u: UserProfile) {\n  await requireConsent(u.id, "phone", "cross-border");\n  analytics.identify({ userId: u.id, traits: { phone: u.mobile } });\n}',
  ),
  silent(
    "Segment with consent naming the category and overseas",
    'import { Analytics } from "@segment/analytics-node";\nconst analytics = new Analytics({ writeKey: "key" });\nexport function f(u: UserProfile) {\n  await requireConsent(u.id, "phone", "overseas");\n  analytics.identify({ userId: u.id, traits: { phone: u.mobile } });\n}',
  ),
  silent(
    "a chat prompt that carries no PI",
    'import OpenAI from "openai";\nconst client = new OpenAI();\nexport async function f() {\n  await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "Summarise the weather in Beijing" }] });\n}',
  ),
  silent(
    "@pipl-basis covers the consent side of a cross-border send",
    '/**\n * @pipl-basis contract the user books a hotel abroad and asked us to send it the guest name\n * @pipl-transfer exempt-contract booking terms v3\n */\nexport async function f(u: UserProfile) {\n  await fetch("https://api.stripe.com/v1/customers", { method: "POST", body: u.realName });\n}',
  ),
  silent(
    "a relative URL is the organisation's own server",
    'export async function f(u: UserProfile) {\n  await fetch("/api/profile", { method: "POST", body: u.mobile });\n}',
  ),
  silent(
    "a Tencent Cloud client in Guangzhou",
    'import * as tencentcloud from "tencentcloud-sdk-nodejs";\nconst client = new tencentcloud.sms.v20210111.Client({ credential: {}, region: "ap-guangzhou" });\nexport async function f(u: UserProfile) {\n  await client.SendSms({ PhoneNumberSet: [u.mobile] });\n}',
  ),
  silent(
    "a masked value sent to Segment",
    'import { Analytics } from "@segment/analytics-node";\nconst analytics = new Analytics({ writeKey: "key" });\nexport function f(u: UserProfile) {\n  analytics.identify({ userId: u.id, traits: { phone: maskMobile(u.mobile) } });\n}',
  ),
];

const invalid = [
  reports(
    "a default OpenAI client: the prompt goes to OpenAI in the United States",
    'import OpenAI from "openai";\nconst client = new OpenAI();\nexport async function f(u: UserProfile) {\n  await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: u.mobile }] });\n}',
    [
      "crossBorderNoConsent",
      4,
      40,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "client.chat.completions.create",
        destination: {
          jurisdiction: "cross-border",
          service: "OpenAI API",
          host: "api.openai.com",
          place: { en: "United States", "zh-CN": "美国" },
          from: "url",
        },
      },
    ],
  ),
  reports(
    "fetch to an Anthropic URL",
    'export async function f(u: UserProfile) {\n  await fetch("https://api.anthropic.com/v1/messages", { method: "POST", body: u.mobile });\n}',
    [
      "crossBorderNoConsent",
      2,
      56,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "fetch",
        destination: {
          jurisdiction: "cross-border",
          service: "Anthropic API",
          host: "api.anthropic.com",
          place: { en: "United States", "zh-CN": "美国" },
          from: "url",
        },
      },
    ],
  ),
  reports(
    "a template URL built from a constant origin",
    'const OPENAI_ORIGIN = "https://api.openai.com";\nexport async function f(u: UserProfile) {\n  await fetch(`${OPENAI_ORIGIN}/v1/chat/completions`, { method: "POST", body: u.idNumber });\n}',
    [
      "crossBorderNoConsent",
      3,
      55,
      {
        fields: ["u.idNumber"],
        categories: ["identity.resident-id"],
        sink: "fetch",
        destination: {
          jurisdiction: "cross-border",
          service: "OpenAI API",
          host: "api.openai.com",
          place: { en: "United States", "zh-CN": "美国" },
          from: "url",
        },
      },
    ],
  ),
  reports(
    "an axios instance created with a foreign baseURL",
    'import axios from "axios";\nconst llm = axios.create({ baseURL: "https://api.anthropic.com" });\nexport async function f(u: UserProfile) {\n  await llm.post("/v1/messages", { content: u.realName });\n}',
    [
      "crossBorderNoConsent",
      4,
      34,
      {
        fields: ["u.realName"],
        categories: ["basic.name"],
        sink: "llm.post",
        destination: {
          jurisdiction: "cross-border",
          service: "Anthropic API",
          host: "api.anthropic.com",
          place: { en: "United States", "zh-CN": "美国" },
          from: "url",
        },
      },
    ],
  ),
  reports(
    "Segment identify without consent",
    'import { Analytics } from "@segment/analytics-node";\nconst analytics = new Analytics({ writeKey: "key" });\nexport function f(u: UserProfile) {\n  analytics.identify({ userId: u.id, traits: { phone: u.mobile } });\n}',
    [
      "crossBorderNoConsent",
      4,
      22,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "analytics.identify",
        destination: {
          jurisdiction: "cross-border",
          service: "Segment",
          host: "api.segment.io",
          place: { en: "United States", "zh-CN": "美国" },
          from: "url",
        },
      },
    ],
  ),
  reports(
    "Segment with consent for the category only: the transfer abroad is not consented",
    'import { Analytics } from "@segment/analytics-node";\nconst analytics = new Analytics({ writeKey: "key" });\nexport function f(u: UserProfile) {\n  assertConsent(u.id, "phone");\n  analytics.identify({ userId: u.id, traits: { phone: u.mobile } });\n}',
    [
      "noCrossBorderConsent",
      5,
      22,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "analytics.identify",
        destination: {
          jurisdiction: "cross-border",
          service: "Segment",
          host: "api.segment.io",
          place: { en: "United States", "zh-CN": "美国" },
          from: "url",
        },
      },
    ],
  ),
  reports(
    "a declared mechanism is named, and consent is still missing",
    'import { Analytics } from "@segment/analytics-node";\nconst analytics = new Analytics({ writeKey: "key" });\n/** @pipl-transfer standard-contract CAC filing 2024-0001 */\nexport function f(u: UserProfile) {\n  analytics.identify({ userId: u.id, traits: { phone: u.mobile } });\n}',
    [
      "crossBorderNoConsent",
      5,
      22,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "analytics.identify",
        destination: {
          jurisdiction: "cross-border",
          service: "Segment",
          host: "api.segment.io",
          place: { en: "United States", "zh-CN": "美国" },
          from: "url",
        },
        mechanism: { mechanism: "standard-contract", reference: "CAC filing 2024-0001" },
      },
    ],
  ),
  reports(
    "Sentry user context (Sentry's SaaS)",
    'import * as Sentry from "@sentry/node";\nexport function f(u: UserProfile) {\n  Sentry.setUser({ id: u.id, phone: u.mobile });\n}',
    [
      "crossBorderNoConsent",
      3,
      18,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "Sentry.setUser",
        destination: {
          jurisdiction: "cross-border",
          service: "Sentry",
          host: "sentry.io",
          place: { en: "United States", "zh-CN": "美国" },
          from: "url",
        },
      },
    ],
  ),
  reports(
    "Mixpanel track",
    'import { init } from "mixpanel";\nconst mixpanel = init("token");\nexport function f(u: UserProfile) {\n  mixpanel.track("login", { phone: u.mobile });\n}',
    [
      "crossBorderNoConsent",
      4,
      27,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "mixpanel.track",
        destination: {
          jurisdiction: "cross-border",
          service: "Mixpanel",
          host: "api.mixpanel.com",
          place: { en: "United States", "zh-CN": "美国" },
          from: "url",
        },
      },
    ],
  ),
  reports(
    "a Hong Kong OSS endpoint is outside the mainland",
    'export async function f(u: UserProfile) {\n  await fetch("https://kyc.oss-cn-hongkong.aliyuncs.com/id-card", { method: "PUT", body: u.idNumber });\n}',
    [
      "crossBorderNoConsent",
      2,
      67,
      {
        fields: ["u.idNumber"],
        categories: ["identity.resident-id"],
        sink: "fetch",
        destination: {
          jurisdiction: "cross-border",
          service: "Alibaba Cloud",
          host: "kyc.oss-cn-hongkong.aliyuncs.com",
          place: { en: "Hong Kong", "zh-CN": "中国香港" },
          from: "url",
        },
      },
    ],
  ),
  reports(
    "a Tencent Cloud client with a Singapore region",
    'import * as tencentcloud from "tencentcloud-sdk-nodejs";\nconst client = new tencentcloud.sms.v20210111.Client({ credential: {}, region: "ap-singapore" });\nexport async function f(u: UserProfile) {\n  await client.SendSms({ PhoneNumberSet: [u.mobile] });\n}',
    [
      "crossBorderNoConsent",
      4,
      24,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "client.SendSms",
        destination: {
          jurisdiction: "cross-border",
          service: "Tencent Cloud API",
          place: { en: "Singapore", "zh-CN": "新加坡" },
          region: "ap-singapore",
          from: "url",
        },
      },
    ],
  ),
  reports(
    "the Vercel AI SDK with the OpenAI provider",
    'import { generateText } from "ai";\nimport { openai } from "@ai-sdk/openai";\nexport async function f(u: UserProfile) {\n  await generateText({ model: openai("gpt-4o"), prompt: u.idNumber });\n}',
    [
      "crossBorderNoConsent",
      4,
      22,
      {
        fields: ["u.idNumber"],
        categories: ["identity.resident-id"],
        sink: "generateText",
        destination: {
          jurisdiction: "cross-border",
          service: "OpenAI API",
          host: "api.openai.com",
          place: { en: "United States", "zh-CN": "美国" },
          from: "url",
        },
      },
    ],
  ),
  reports(
    "a LangChain chat model of a foreign provider",
    'import { ChatAnthropic } from "@langchain/anthropic";\nconst model = new ChatAnthropic({ model: "claude-sonnet-4-5" });\nexport async function f(u: UserProfile) {\n  await model.invoke(u.realName);\n}',
    [
      "crossBorderNoConsent",
      4,
      22,
      {
        fields: ["u.realName"],
        categories: ["basic.name"],
        sink: "model.invoke",
        destination: {
          jurisdiction: "cross-border",
          service: "Anthropic API",
          host: "api.anthropic.com",
          place: { en: "United States", "zh-CN": "美国" },
          from: "url",
        },
      },
    ],
  ),
];

// Sentry's DSN and URLs built with `new URL(path, base)` decide where the data goes.
const germany = { en: "Germany", "zh-CN": "德国" };
invalid.push(
  reports(
    "Sentry.init with a sentry.io DSN: Sentry's SaaS in the United States",
    'import * as Sentry from "@sentry/node";\nSentry.init({ dsn: "https://k@o4504.ingest.sentry.io/4505" });\nexport function f(u: UserProfile) {\n  Sentry.setUser({ phone: u.mobile });\n}',
    [
      "crossBorderNoConsent",
      4,
      18,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "Sentry.setUser",
        destination: {
          jurisdiction: "cross-border",
          service: "Sentry",
          host: "o4504.ingest.sentry.io",
          place: { en: "United States", "zh-CN": "美国" },
          from: "base-url",
        },
      },
    ],
  ),
  reports(
    "Sentry.init with a DSN of Sentry's EU region: Germany",
    'import * as Sentry from "@sentry/node";\nconst DSN = "https://k@o4504.ingest.de.sentry.io/4505";\nSentry.init({ dsn: DSN });\nexport function f(u: UserProfile) {\n  Sentry.setUser({ phone: u.mobile });\n}',
    [
      "crossBorderNoConsent",
      5,
      18,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "Sentry.setUser",
        destination: {
          jurisdiction: "cross-border",
          service: "Sentry (EU)",
          host: "o4504.ingest.de.sentry.io",
          place: germany,
          from: "base-url",
        },
      },
    ],
  ),
  reports(
    "fetch of new URL(path, base) with a constant foreign origin",
    'const ANTHROPIC = "https://api.anthropic.com";\nexport async function f(u: UserProfile) {\n  await fetch(new URL("/v1/messages", ANTHROPIC), { method: "POST", body: u.mobile });\n}',
    [
      "crossBorderNoConsent",
      3,
      51,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: "fetch",
        destination: {
          jurisdiction: "cross-border",
          service: "Anthropic API",
          host: "api.anthropic.com",
          place: { en: "United States", "zh-CN": "美国" },
          from: "url",
        },
      },
    ],
  ),
);
valid.push(
  silent(
    "Sentry.init with a DSN from the environment (unknown: the other rule's)",
    'import * as Sentry from "@sentry/node";\nSentry.init({ dsn: process.env.SENTRY_DSN });\nexport function f(u: UserProfile) {\n  Sentry.setUser({ phone: u.mobile });\n}',
  ),
  silent(
    "a Zhipu SDK call (mainland: the other rule's)",
    'import { ZhipuAI } from "zhipuai-sdk-nodejs-v4";\nconst ai = new ZhipuAI();\nexport async function f(u: UserProfile) {\n  await ai.createCompletions({ model: "glm-4", messages: [{ role: "user", content: u.mobile }] });\n}',
  ),
);

runSinkRuleTests(rule, noUnconsentedCrossBorder, { valid, invalid });

// The config's transfers section, through the rules' `config` option, in both bridge modes.
const partnerAbroad = {
  transfers: {
    destinations: [
      {
        host: "partner.io",
        jurisdiction: "cross-border" as const,
        service: "Partner CRM",
        place: { en: "Germany", "zh-CN": "德国" },
      },
    ],
  },
};
const gatewayAtHome = {
  transfers: {
    destinations: [{ sink: "openai", jurisdiction: "mainland" as const, service: "LLM gateway" }],
  },
};
for (const mode of ["auto", "isolated"] as const)
  typedRuleTester().run(
    `${noUnconsentedCrossBorder.name} with a transfers config (${mode})`,
    rule,
    {
      valid: [
        {
          ...silent(
            "a bare OpenAI client the config says the environment points at a mainland gateway",
            'import OpenAI from "openai";\nconst client = new OpenAI();\nexport async function f(u: UserProfile) {\n  await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: u.mobile }] });\n}',
          ),
          options: [{ config: gatewayAtHome, mode }],
        },
      ],
      invalid: [
        {
          ...invalidCase(
            noUnconsentedCrossBorder,
            reports(
              "a host the config declares abroad",
              'export async function f(u: UserProfile) {\n  await fetch("https://crm.partner.io/v1/leads", { method: "POST", body: u.mobile });\n}',
              [
                "crossBorderNoConsent",
                2,
                50,
                {
                  fields: ["u.mobile"],
                  categories: ["contact.mobile"],
                  sink: "fetch",
                  destination: {
                    jurisdiction: "cross-border",
                    host: "crm.partner.io",
                    service: "Partner CRM",
                    place: { en: "Germany", "zh-CN": "德国" },
                    from: "config",
                  },
                },
              ],
            ),
          ),
          options: [{ config: partnerAbroad, mode }],
        },
      ],
    },
  );
