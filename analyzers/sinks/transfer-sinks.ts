// Transfer sinks: data sent to another party. Sources: the public APIs of fetch (WHATWG), axios 1,
// Node.js http/https, got 14, undici 6, superagent 9, ws 8 / WebSocket, kafkajs 2, amqplib 0.10,
// openai 4-5, Alibaba Cloud dysmsapi 2017-05-25 (v3 SDK), tencentcloud-sdk-nodejs 4, wechat-api / co-wechat-api,
// @sentry/node 8, @segment/analytics-node 2, analytics-node, mixpanel 0.18, @anthropic-ai/sdk 0.x,
// @google/generative-ai 0.x, @google/genai 1, ai 4 (Vercel AI SDK), @langchain/openai,
// @langchain/anthropic and @langchain/google-genai 0.x, stripe 17, twilio 5, @sendgrid/mail 8,
// firebase-admin 12, and the mini-program clients `wx.request`, `uni.request`, `Taro.request`.
// PIPL Art. 21 (entrusted processors), Art. 23 (providing PI to others needs separate consent),
// Art. 38-39 (cross-border provision).
import type { SinkSpec } from "./sink-spec.js";

const httpMethods = ["get", "post", "put", "patch", "delete", "head", "options", "request"];
const axiosCalls = ["", ...httpMethods, ...httpMethods.map((m) => `create().${m}`), "create()"];

/** Built-in transfer sinks. */
export const transferSinks: readonly SinkSpec[] = [
  {
    id: "fetch",
    label: "fetch",
    kind: "transfer",
    match: [
      { global: "fetch", calls: [""] },
      { module: "node-fetch", calls: [""] },
    ],
  },
  {
    id: "axios",
    label: "axios HTTP client",
    kind: "transfer",
    match: [
      { module: "axios", calls: axiosCalls },
      { receiverType: "AxiosInstance", module: "axios", methods: httpMethods },
      { receiverType: "AxiosStatic", module: "axios", methods: httpMethods },
    ],
  },
  {
    id: "node-http",
    label: "Node.js http/https request",
    kind: "transfer",
    match: [
      { module: "http", calls: ["request", "get", "request().write", "request().end"] },
      { module: "https", calls: ["request", "get", "request().write", "request().end"] },
      { receiverType: "ClientRequest", module: "http", methods: ["write", "end"] },
    ],
  },
  {
    id: "got",
    label: "got HTTP client",
    kind: "transfer",
    match: [
      { module: "got", calls: ["", ...httpMethods, ...httpMethods.map((m) => `extend().${m}`)] },
    ],
  },
  {
    id: "undici",
    label: "undici HTTP client",
    kind: "transfer",
    match: [
      {
        module: "undici",
        calls: ["request", "fetch", "stream", "Client().request", "Pool().request"],
      },
    ],
  },
  {
    id: "superagent",
    label: "superagent HTTP client",
    kind: "transfer",
    match: [
      {
        module: "superagent",
        calls: [...httpMethods, ...httpMethods.flatMap((m) => [`${m}().send`, `${m}().query`])],
      },
    ],
  },
  {
    id: "websocket",
    label: "WebSocket send",
    kind: "transfer",
    match: [
      { global: "WebSocket", calls: ["().send"] },
      { module: "ws", calls: ["().send", "WebSocket().send"] },
      { receiverType: "WebSocket", methods: ["send"] },
    ],
  },
  {
    id: "kafkajs",
    label: "Kafka producer (kafkajs)",
    kind: "transfer",
    match: [
      { module: "kafkajs", calls: ["Kafka().producer().send", "Kafka().producer().sendBatch"] },
      { receiverType: "Producer", module: "kafkajs", methods: ["send", "sendBatch"] },
    ],
  },
  {
    id: "amqplib",
    label: "AMQP channel (amqplib)",
    kind: "transfer",
    match: [
      { receiverType: "Channel", module: "amqplib", methods: ["publish", "sendToQueue"] },
      { receiverType: "ConfirmChannel", module: "amqplib", methods: ["publish", "sendToQueue"] },
    ],
  },
  {
    id: "aliyun-sms",
    label: "Alibaba Cloud SMS (dysmsapi)",
    kind: "transfer",
    match: [
      {
        module: "@alicloud/dysmsapi20170525",
        calls: ["().sendSms", "().sendSmsWithOptions", "().sendBatchSms", "default().sendSms"],
      },
      {
        receiverType: "Client",
        module: "@alicloud/dysmsapi20170525",
        methods: ["sendSms", "sendSmsWithOptions", "sendBatchSms", "sendBatchSmsWithOptions"],
      },
    ],
  },
  {
    id: "tencentcloud",
    label: "Tencent Cloud API (tencentcloud-sdk-nodejs)",
    kind: "transfer",
    // Every Tencent Cloud client method is a remote API call (SMS SendSms, FaceID, OCR, ...).
    match: [
      { module: "tencentcloud-sdk-nodejs", calls: ["*"] },
      { receiverType: "*", module: "tencentcloud-sdk-nodejs", methods: ["*"] },
    ],
  },
  {
    id: "wechat-api",
    label: "WeChat server API",
    kind: "transfer",
    match: [
      {
        module: "wechat-api",
        calls: ["().sendTemplate", "().sendText", "().sendNews", "().updateRemark"],
      },
      {
        module: "co-wechat-api",
        calls: ["().sendTemplate", "().sendText", "().sendNews", "().updateRemark"],
      },
    ],
  },
  {
    id: "sentry",
    label: "Sentry error tracking",
    kind: "transfer",
    match: [
      {
        module: "@sentry/node",
        calls: [
          "setUser",
          "setContext",
          "setExtra",
          "setExtras",
          "setTag",
          "captureMessage",
          "captureException",
          "addBreadcrumb",
        ],
      },
      {
        module: "@sentry/browser",
        calls: [
          "setUser",
          "setContext",
          "setExtra",
          "setExtras",
          "setTag",
          "captureMessage",
          "captureException",
          "addBreadcrumb",
        ],
      },
    ],
    arguments: "all",
  },
  {
    id: "segment",
    label: "Segment analytics",
    kind: "transfer",
    match: [
      {
        module: "@segment/analytics-node",
        calls: [
          "Analytics().track",
          "Analytics().identify",
          "Analytics().page",
          "Analytics().group",
        ],
      },
      { module: "analytics-node", calls: ["().track", "().identify", "().page", "().group"] },
      {
        receiverType: "Analytics",
        module: "@segment/analytics-node",
        methods: ["track", "identify", "page", "group"],
      },
    ],
  },
  {
    id: "openai",
    label: "OpenAI API (or a compatible model API)",
    kind: "transfer",
    // A chat or embedding request sends its messages to the model's provider.
    match: [
      {
        module: "openai",
        calls: [
          "().chat.completions.create",
          "().completions.create",
          "().responses.create",
          "().embeddings.create",
          "OpenAI().chat.completions.create",
          "OpenAI().responses.create",
          "OpenAI().embeddings.create",
          "default().chat.completions.create",
        ],
      },
    ],
  },
  {
    id: "mixpanel",
    label: "Mixpanel analytics",
    kind: "transfer",
    match: [
      {
        module: "mixpanel",
        calls: ["init().track", "init().people.set", "init().people.set_once", "init().import"],
      },
      { receiverType: "Mixpanel", module: "mixpanel", methods: ["track", "import"] },
      { receiverType: "People", module: "mixpanel", methods: ["set", "set_once"] },
    ],
  },
  {
    id: "anthropic",
    label: "Anthropic API",
    kind: "transfer",
    match: [
      {
        module: "@anthropic-ai/sdk",
        calls: [
          "().messages.create",
          "().messages.stream",
          "Anthropic().messages.create",
          "default().messages.create",
        ],
      },
    ],
  },
  {
    id: "google-gemini",
    label: "Google Gemini API",
    kind: "transfer",
    match: [
      {
        module: "@google/generative-ai",
        calls: [
          "GoogleGenerativeAI().getGenerativeModel().generateContent",
          "GoogleGenerativeAI().getGenerativeModel().generateContentStream",
          "GoogleGenerativeAI().getGenerativeModel().startChat().sendMessage",
        ],
      },
      {
        module: "@google/genai",
        calls: [
          "GoogleGenAI().models.generateContent",
          "GoogleGenAI().models.generateContentStream",
        ],
      },
    ],
  },
  {
    id: "vercel-ai",
    label: "Vercel AI SDK model call",
    kind: "transfer",
    // Where the prompt goes depends on the `model` provider (see transfers/model-providers.ts).
    match: [
      {
        module: "ai",
        calls: [
          "generateText",
          "streamText",
          "generateObject",
          "streamObject",
          "embed",
          "embedMany",
        ],
      },
    ],
  },
  {
    id: "langchain-chat",
    label: "LangChain chat model",
    kind: "transfer",
    match: [
      {
        module: "@langchain/openai",
        calls: ["ChatOpenAI().invoke", "ChatOpenAI().stream", "ChatOpenAI().batch"],
      },
      {
        module: "@langchain/anthropic",
        calls: ["ChatAnthropic().invoke", "ChatAnthropic().stream", "ChatAnthropic().batch"],
      },
      {
        module: "@langchain/google-genai",
        calls: ["ChatGoogleGenerativeAI().invoke", "ChatGoogleGenerativeAI().stream"],
      },
      // Chinese model vendors' LangChain chat models (@langchain/community, @langchain/baidu-qianfan).
      {
        module: "@langchain/community/chat_models/alibaba_tongyi",
        calls: [
          "ChatAlibabaTongyi().invoke",
          "ChatAlibabaTongyi().stream",
          "ChatAlibabaTongyi().batch",
        ],
      },
      {
        module: "@langchain/community/chat_models/zhipuai",
        calls: ["ChatZhipuAI().invoke", "ChatZhipuAI().stream", "ChatZhipuAI().batch"],
      },
      {
        module: "@langchain/community/chat_models/tencent_hunyuan",
        calls: [
          "ChatTencentHunyuan().invoke",
          "ChatTencentHunyuan().stream",
          "ChatTencentHunyuan().batch",
        ],
      },
      {
        module: "@langchain/community/chat_models/moonshot",
        calls: ["ChatMoonshot().invoke", "ChatMoonshot().stream", "ChatMoonshot().batch"],
      },
      {
        module: "@langchain/community/chat_models/baiduwenxin",
        calls: ["ChatBaiduWenxin().invoke", "ChatBaiduWenxin().stream", "ChatBaiduWenxin().batch"],
      },
      {
        module: "@langchain/baidu-qianfan",
        calls: [
          "ChatBaiduQianfan().invoke",
          "ChatBaiduQianfan().stream",
          "ChatBaiduQianfan().batch",
        ],
      },
    ],
  },
  {
    id: "stripe",
    label: "Stripe API",
    kind: "transfer",
    match: [
      {
        module: "stripe",
        calls: ["().customers.create", "().customers.update", "default().customers.create"],
      },
    ],
  },
  {
    id: "twilio",
    label: "Twilio API",
    kind: "transfer",
    match: [{ module: "twilio", calls: ["().messages.create", "().calls.create"] }],
  },
  {
    id: "sendgrid",
    label: "SendGrid mail",
    kind: "transfer",
    match: [{ module: "@sendgrid/mail", calls: ["send", "sendMultiple"] }],
  },
  {
    id: "firebase",
    label: "Firebase (firebase-admin)",
    kind: "transfer",
    match: [
      {
        module: "firebase-admin",
        calls: ["messaging().send", "messaging().sendEachForMulticast", "messaging().sendEach"],
      },
    ],
  },
  {
    id: "mini-program-request",
    label: "mini-program request (wx, uni-app, Taro)",
    kind: "transfer",
    match: [
      { global: "wx", calls: ["request", "uploadFile"] },
      { global: "uni", calls: ["request", "uploadFile"] },
      { module: "@tarojs/taro", calls: ["request", "uploadFile"] },
    ],
  },
];
