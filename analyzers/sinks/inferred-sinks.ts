// Sinks recognised by names alone, where untyped code (plain JavaScript, `any` clients, framework
// services reached through `ctx.service.*` or `vk.*`) leaves nothing else to go by. Their findings
// have medium confidence. Sources: the send methods of the SMS, mail, push and payment SDKs in
// china-service-sinks.ts and transfer-sinks.ts, and the log tables of Egg, Midway, RuoYi-style
// admin back ends (`sys_log_operate`, `operation_logs`, `SmsLog`). Both can be turned off with
// `sinks.disable: ["inferred-send"]` / `["log-table"]`.
import type { SinkKind } from "./sink-spec.js";

/** A family of name-inferred sinks. */
export interface InferredSinkRule {
  id: string;
  kind: SinkKind;
  label: string;
}

/** A method of an untyped receiver whose name says it sends (`sendSms`, `sender.send`). */
export const inferredSend: InferredSinkRule = {
  id: "inferred-send",
  kind: "transfer",
  label: "send to another party (recognised by name)",
};

/** A write into a table or collection whose name says it is a log (`SmsLog.create`). */
export const logTable: InferredSinkRule = {
  id: "log-table",
  kind: "log",
  label: "log table (recognised by name)",
};

/** Method-name tokens that make an untyped call a send: `sendSmsVerifyCode`, `send`. */
export const sendVerbs: readonly string[] = ["send"];

/**
 * Method names that send only on a receiver named like a remote service (`api.request`,
 * `jpush.push`, `notifier.notify`): alone they are array, router or local calls.
 */
export const remoteVerbs: readonly string[] = ["request", "post", "push", "notify", "invoke"];

/** Receiver tokens naming a remote service: SMS, mail and push providers, open APIs, robots. */
export const remoteNouns: readonly string[] = [
  "sms",
  "mail",
  "mailer",
  "email",
  "push",
  "jpush",
  "getui",
  "notify",
  "notifier",
  "sender",
  "api",
  "openapi",
  "http",
  "https",
  "baidu",
  "aliyun",
  "alicloud",
  "alipay",
  "tencent",
  "qcloud",
  "wechat",
  "weixin",
  "wx",
  "dingtalk",
  "dingding",
  "feishu",
  "lark",
  "wecom",
  "robot",
  "webhook",
  "bot",
  "openai",
  "llm",
  "ai",
];

/**
 * Receivers a send never leaves the system or the person through: the response to the person
 * who asked, their own socket, a worker or parent process.
 */
export const localReceivers: readonly string[] = [
  "res",
  "response",
  "reply",
  "ctx",
  "context",
  "socket",
  "io",
  "client",
  "emitter",
  "event",
  "events",
  "bus",
  "process",
  "worker",
  "port",
  "parent",
  "window",
  "self",
  "router",
  "app",
  "room",
  "contact",
  "talker",
  "say",
];

/** Method-name first tokens that write a record: `create`, `insertSysLogOperate`, `add`. */
export const persistVerbs: readonly string[] = [
  "create",
  "insert",
  "save",
  "add",
  "bulk",
  "upsert",
  "store",
  "record",
  "write",
];

/** Tokens of a table, collection or model name that make it a log (`operation_logs`). */
export const logNouns: readonly string[] = ["log", "logs", "journal", "audit"];
