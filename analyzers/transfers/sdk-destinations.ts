/*
 * The recipient of each SDK transfer sink when the code shows no endpoint, and the client options
 * that name one. Sources: each SDK's client options (openai `baseURL`, @anthropic-ai/sdk
 * `baseURL`, Alibaba Cloud Tea `Config.endpoint` / `regionId`, tencentcloud-sdk-nodejs `region` and
 * `profile.httpProfile.endpoint`, LangChain's ChatTencentHunyuan `host`) and each vendor's default API
 * host (DashScope, Zhipu BigModel, Baidu Qianfan, Tencent Hunyuan, Moonshot API references). HTTP clients (`fetch`,
 * axios, ...) have no default: they follow their URL.
 */
import type { LocalizedText } from "../messages/localized-text.js";
import type { Jurisdiction } from "./transfer-destination.js";

/** A sink's default recipient and the client options that change it. */
export interface SdkDestination {
  /** Sink id in the catalog. */
  sink: string;
  service: string;
  jurisdiction: Jurisdiction;
  host?: string;
  place?: LocalizedText;
  /** Cloud provider of the region table whose region ids `regionOptions` hold. */
  regionProvider?: string;
  /**
   * Module functions that configure the SDK once for the whole process (`Sentry.init({ dsn })`),
   * as `<module>.<function>`: their options are read like a client's construction, wherever in
   * the program they are called.
   */
  configuredBy?: readonly string[];
  /**
   * The environment variable the SDK reads its endpoint from when the configuring call names none
   * (`SENTRY_DSN`): the destination is then unknown, not the vendor's default.
   */
  endpointVariable?: string;
  /**
   * Products of a whole-cloud SDK, by the namespace its clients are built from
   * (`tencentcloud.hunyuan.v20230901.Client` → `hunyuan`), with the service a message names.
   */
  products?: Readonly<Record<string, string>>;
}

const us: LocalizedText = { en: "United States", "zh-CN": "美国" };
const mainland: LocalizedText = { en: "mainland China", "zh-CN": "中国境内" };

/** Tencent Cloud's model products (tencentcloud-sdk-nodejs `services/hunyuan`). */
const tencentModelProducts = { hunyuan: "Tencent Hunyuan" } as const;

/** Client options whose value is a URL or host (searched in the client's construction). */
export const endpointOptions: readonly string[] = [
  "baseURL",
  "baseUrl",
  "basePath",
  "endpoint",
  "host",
  "apiHost",
  "dsn",
];

/** Client options whose value is a cloud region id. */
export const regionOptions: readonly string[] = ["region", "regionId"];

/** Sinks that follow their URL argument (or the base URL of the instance they are called on). */
export const urlSinks: readonly string[] = [
  "fetch",
  "axios",
  "node-http",
  "got",
  "undici",
  "superagent",
  "websocket",
  "mini-program-request",
];

/**
 * Modules of generic model clients (Vercel AI SDK providers, LangChain chat models) → the id of
 * the provider whose default recipient they send to, when no base URL is given.
 */
export const modelProviderModules: Readonly<Record<string, string>> = {
  "@ai-sdk/openai": "openai",
  "@langchain/openai": "openai",
  "@ai-sdk/anthropic": "anthropic",
  "@langchain/anthropic": "anthropic",
  "@ai-sdk/google": "google-gemini",
  "@langchain/google-genai": "google-gemini",
  "@ai-sdk/deepseek": "deepseek",
  "@langchain/deepseek": "deepseek",
  "@langchain/community/chat_models/alibaba_tongyi": "dashscope",
  "@langchain/community/chat_models/zhipuai": "zhipu",
  "zhipu-ai-provider": "zhipu",
  "@langchain/community/chat_models/tencent_hunyuan": "tencent-hunyuan",
  "@langchain/community/chat_models/moonshot": "moonshot",
  "@langchain/community/chat_models/baiduwenxin": "baidu-qianfan",
  "@langchain/baidu-qianfan": "baidu-qianfan",
};

/** Built-in SDK destinations, by sink id (or model provider id of {@link modelProviderModules}). */
export const sdkDestinations: readonly SdkDestination[] = [
  {
    sink: "openai",
    service: "OpenAI API",
    jurisdiction: "cross-border",
    host: "api.openai.com",
    place: us,
  },
  {
    sink: "anthropic",
    service: "Anthropic API",
    jurisdiction: "cross-border",
    host: "api.anthropic.com",
    place: us,
  },
  {
    sink: "google-gemini",
    service: "Google Gemini API",
    jurisdiction: "cross-border",
    host: "generativelanguage.googleapis.com",
    place: us,
  },
  {
    sink: "deepseek",
    service: "DeepSeek API",
    jurisdiction: "mainland",
    host: "api.deepseek.com",
    place: mainland,
  },
  {
    sink: "dashscope",
    service: "Alibaba Cloud Model Studio (DashScope)",
    jurisdiction: "mainland",
    host: "dashscope.aliyuncs.com",
    place: mainland,
  },
  {
    sink: "zhipu",
    service: "Zhipu BigModel API",
    jurisdiction: "mainland",
    host: "open.bigmodel.cn",
    place: mainland,
  },
  {
    sink: "baidu-qianfan",
    service: "Baidu Qianfan (ERNIE)",
    jurisdiction: "mainland",
    host: "qianfan.baidubce.com",
    place: mainland,
  },
  {
    sink: "tencent-hunyuan",
    service: "Tencent Hunyuan",
    jurisdiction: "mainland",
    host: "hunyuan.tencentcloudapi.com",
    place: mainland,
    regionProvider: "tencentcloud",
  },
  {
    sink: "moonshot",
    service: "Moonshot AI (Kimi) API",
    jurisdiction: "mainland",
    host: "api.moonshot.cn",
    place: mainland,
  },
  {
    sink: "sentry",
    service: "Sentry",
    jurisdiction: "cross-border",
    host: "sentry.io",
    place: us,
    // Sentry's JavaScript SDK options: `dsn`, else the `SENTRY_DSN` environment variable.
    configuredBy: ["@sentry/node.init", "@sentry/browser.init"],
    endpointVariable: "SENTRY_DSN",
  },
  {
    sink: "segment",
    service: "Segment",
    jurisdiction: "cross-border",
    host: "api.segment.io",
    place: us,
  },
  {
    sink: "mixpanel",
    service: "Mixpanel",
    jurisdiction: "cross-border",
    host: "api.mixpanel.com",
    place: us,
  },
  {
    sink: "stripe",
    service: "Stripe",
    jurisdiction: "cross-border",
    host: "api.stripe.com",
    place: us,
  },
  {
    sink: "twilio",
    service: "Twilio",
    jurisdiction: "cross-border",
    host: "api.twilio.com",
    place: us,
  },
  {
    sink: "sendgrid",
    service: "SendGrid",
    jurisdiction: "cross-border",
    host: "api.sendgrid.com",
    place: us,
  },
  {
    sink: "firebase",
    service: "Firebase",
    jurisdiction: "cross-border",
    host: "fcm.googleapis.com",
    place: us,
  },
  {
    sink: "aliyun-sms",
    service: "Alibaba Cloud SMS",
    jurisdiction: "mainland",
    place: mainland,
    regionProvider: "alicloud",
  },
  {
    sink: "aliyun-api",
    service: "Alibaba Cloud API",
    jurisdiction: "mainland",
    place: mainland,
    regionProvider: "alicloud",
  },
  {
    sink: "tencentcloud",
    service: "Tencent Cloud API",
    jurisdiction: "mainland",
    place: mainland,
    regionProvider: "tencentcloud",
    products: tencentModelProducts,
  },
  {
    sink: "tencentcloud-product",
    service: "Tencent Cloud API",
    jurisdiction: "mainland",
    place: mainland,
    regionProvider: "tencentcloud",
    products: tencentModelProducts,
  },
  { sink: "wechat-api", service: "WeChat API", jurisdiction: "mainland", place: mainland },
  { sink: "wechat-cloud", service: "WeChat cloud", jurisdiction: "mainland", place: mainland },
  { sink: "wechat-pay", service: "WeChat Pay", jurisdiction: "mainland", place: mainland },
  { sink: "alipay", service: "Alipay", jurisdiction: "mainland", place: mainland },
  { sink: "baidu-ai", service: "Baidu AI Cloud", jurisdiction: "mainland", place: mainland },
  { sink: "unicloud", service: "uniCloud", jurisdiction: "mainland", place: mainland },
  { sink: "push", service: "JPush", jurisdiction: "mainland", place: mainland },
  { sink: "chat-robot", service: "DingTalk", jurisdiction: "mainland", place: mainland },
];
