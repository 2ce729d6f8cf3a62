/*
 * API hosts whose recipient's jurisdiction is known, for transfers that follow a URL, base URL or
 * endpoint. Sources: each provider's API reference (OpenAI, Anthropic, Google AI / Vertex AI,
 * Segment, Mixpanel, Sentry, Stripe, Twilio, SendGrid, Firebase; Alibaba Cloud Model Studio
 * (DashScope, mainland and international endpoints), DeepSeek, Moonshot, Zhipu BigModel, Baidu
 * Qianfan, Volcengine Ark, Tencent Cloud, Huawei Cloud, WeChat, Alipay). Hong Kong, Macao and
 * Taiwan are outside the mainland (shared/domain/pipl.md §1.5). A cloud host that names a region
 * (`oss-cn-hongkong.aliyuncs.com`) is judged by the region instead (see host-destination.ts).
 * Never a top-level domain alone: `.com` says nothing about where a server is.
 */
import type { LocalizedText } from "../messages/localized-text.js";
import type { Jurisdiction } from "./transfer-destination.js";

/** A host (and its subdomains) with the jurisdiction of its recipient. */
export interface KnownHost {
  /** Host name; its subdomains match too. */
  host: string;
  service: string;
  jurisdiction: Exclude<Jurisdiction, "unknown">;
  place?: LocalizedText;
  /** Cloud provider whose region ids the host's labels may carry (`alicloud`, `tencentcloud`). */
  regionProvider?: string;
}

const us: LocalizedText = { en: "United States", "zh-CN": "美国" };
const germany: LocalizedText = { en: "Germany", "zh-CN": "德国" };
const singapore: LocalizedText = { en: "Singapore", "zh-CN": "新加坡" };
const mainland: LocalizedText = { en: "mainland China", "zh-CN": "中国境内" };

/** Built-in hosts; the config's `transfers.destinations` adds hosts and overrides these. */
export const knownHosts: readonly KnownHost[] = [
  // Foreign model APIs.
  { host: "api.openai.com", service: "OpenAI API", jurisdiction: "cross-border", place: us },
  { host: "openai.azure.com", service: "Azure OpenAI", jurisdiction: "cross-border" },
  { host: "api.anthropic.com", service: "Anthropic API", jurisdiction: "cross-border", place: us },
  {
    host: "generativelanguage.googleapis.com",
    service: "Google Gemini API",
    jurisdiction: "cross-border",
    place: us,
  },
  { host: "aiplatform.googleapis.com", service: "Google Vertex AI", jurisdiction: "cross-border" },
  { host: "api.mistral.ai", service: "Mistral AI API", jurisdiction: "cross-border" },
  { host: "api.cohere.com", service: "Cohere API", jurisdiction: "cross-border" },
  { host: "api.groq.com", service: "Groq API", jurisdiction: "cross-border", place: us },
  { host: "openrouter.ai", service: "OpenRouter", jurisdiction: "cross-border", place: us },
  // Foreign SaaS.
  { host: "api.segment.io", service: "Segment", jurisdiction: "cross-border", place: us },
  { host: "api.mixpanel.com", service: "Mixpanel", jurisdiction: "cross-border", place: us },
  { host: "sentry.io", service: "Sentry", jurisdiction: "cross-border", place: us },
  // Sentry's EU data region (DSN hosts `o<n>.ingest.de.sentry.io`) is in Frankfurt.
  {
    host: "ingest.de.sentry.io",
    service: "Sentry (EU)",
    jurisdiction: "cross-border",
    place: germany,
  },
  { host: "api.stripe.com", service: "Stripe", jurisdiction: "cross-border", place: us },
  { host: "api.twilio.com", service: "Twilio", jurisdiction: "cross-border", place: us },
  { host: "api.sendgrid.com", service: "SendGrid", jurisdiction: "cross-border", place: us },
  { host: "firebaseio.com", service: "Firebase", jurisdiction: "cross-border", place: us },
  {
    host: "fcm.googleapis.com",
    service: "Firebase Cloud Messaging",
    jurisdiction: "cross-border",
    place: us,
  },
  { host: "api.hubapi.com", service: "HubSpot", jurisdiction: "cross-border", place: us },
  // Mainland model APIs; DashScope's international endpoint is in Singapore, its US one in Virginia
  // (Model Studio "Base URL overview"); workspace hosts `<id>.<region>.maas.aliyuncs.com` follow
  // their region through `aliyuncs.com`.
  {
    host: "dashscope-intl.aliyuncs.com",
    service: "Alibaba Cloud Model Studio (international)",
    jurisdiction: "cross-border",
    place: singapore,
  },
  {
    host: "dashscope-us.aliyuncs.com",
    service: "Alibaba Cloud Model Studio (US)",
    jurisdiction: "cross-border",
    place: us,
  },
  // `cn-hongkong.dashscope.aliyuncs.com` is Hong Kong: the region label decides.
  {
    host: "dashscope.aliyuncs.com",
    service: "Alibaba Cloud Model Studio (DashScope)",
    jurisdiction: "mainland",
    place: mainland,
    regionProvider: "alicloud",
  },
  { host: "api.deepseek.com", service: "DeepSeek API", jurisdiction: "mainland", place: mainland },
  {
    host: "api.moonshot.cn",
    service: "Moonshot AI (Kimi) API",
    jurisdiction: "mainland",
    place: mainland,
  },
  {
    host: "open.bigmodel.cn",
    service: "Zhipu BigModel API",
    jurisdiction: "mainland",
    place: mainland,
  },
  {
    host: "qianfan.baidubce.com",
    service: "Baidu Qianfan (ERNIE)",
    jurisdiction: "mainland",
    place: mainland,
  },
  {
    host: "aip.baidubce.com",
    service: "Baidu AI Cloud",
    jurisdiction: "mainland",
    place: mainland,
  },
  {
    host: "volces.com",
    service: "Volcengine",
    jurisdiction: "mainland",
    place: mainland,
  },
  {
    host: "hunyuan.tencentcloudapi.com",
    service: "Tencent Hunyuan",
    jurisdiction: "mainland",
    place: mainland,
  },
  // Clouds and platforms: a region in the host name decides instead.
  {
    host: "amazonaws.com.cn",
    service: "AWS China",
    jurisdiction: "mainland",
    place: mainland,
    regionProvider: "aws",
  },
  { host: "amazonaws.com", service: "AWS", jurisdiction: "cross-border", regionProvider: "aws" },
  {
    host: "aliyuncs.com",
    service: "Alibaba Cloud",
    jurisdiction: "mainland",
    place: mainland,
    regionProvider: "alicloud",
  },
  {
    host: "tencentcloudapi.com",
    service: "Tencent Cloud API",
    jurisdiction: "mainland",
    place: mainland,
    regionProvider: "tencentcloud",
  },
  {
    host: "myqcloud.com",
    service: "Tencent Cloud",
    jurisdiction: "mainland",
    place: mainland,
    regionProvider: "tencentcloud",
  },
  {
    host: "myhuaweicloud.com",
    service: "Huawei Cloud",
    jurisdiction: "mainland",
    place: mainland,
    regionProvider: "huaweicloud",
  },
  { host: "api.weixin.qq.com", service: "WeChat API", jurisdiction: "mainland", place: mainland },
  {
    host: "api.mch.weixin.qq.com",
    service: "WeChat Pay",
    jurisdiction: "mainland",
    place: mainland,
  },
  {
    host: "openapi.alipay.com",
    service: "Alipay open API",
    jurisdiction: "mainland",
    place: mainland,
  },
  { host: "oapi.dingtalk.com", service: "DingTalk", jurisdiction: "mainland", place: mainland },
  { host: "qyapi.weixin.qq.com", service: "WeCom", jurisdiction: "mainland", place: mainland },
  { host: "open.feishu.cn", service: "Feishu", jurisdiction: "mainland", place: mainland },
];
