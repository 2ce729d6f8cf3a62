/*
 * Words that say whose data a field is, read from the receiver of a property (`user.name`), the
 * type or variable that declares it (`interface Customer`), or the function and file around it.
 * Sources: PIPL Art. 4 (PI relates to an identified or identifiable natural person; a business's
 * contact details are not PI), GB/T 35273-2020 §3.1 and Annex A; the nouns are the ones real
 * Koa/Egg/Midway/Nest/uniCloud code uses (pipl.md §3). All entries are lower-case tokens compared
 * after `tokenizeIdentifier`, never substrings.
 */

/** Tokens naming a natural person (or a record about one): `user`, `receiver`, `talker`, 用户. */
export const personNouns: readonly string[] = [
  "user",
  "users",
  "userinfo",
  "member",
  "members",
  "customer",
  "customers",
  "consumer",
  "parent",
  "student",
  "students",
  "pupil",
  "patient",
  "employee",
  "employees",
  "staff",
  "receiver",
  "recipient",
  "consignee",
  "contact",
  "contacts",
  "buyer",
  "person",
  "people",
  "applicant",
  "driver",
  "passenger",
  "teacher",
  "guest",
  "visitor",
  "profile",
  "author",
  "talker",
  "friend",
  "player",
  "worker",
  "candidate",
  "resident",
  "citizen",
  "holder",
  "cardholder",
  "guardian",
  "spouse",
  "child",
  "doctor",
  "nurse",
  "operator",
  "admin",
  "creator",
  "assignee",
  "reviewer",
  "approver",
  "manager",
  "leader",
  "owner",
  "account",
  "emergency",
  "linkman",
  "sender",
  "yonghu",
  "huiyuan",
  "xuesheng",
  "kehu",
  "用户",
  "会员",
  "客户",
  "学生",
  "患者",
  "员工",
  "联系人",
  "收货人",
];

/**
 * Tokens naming an organisation, a place or a thing: a name, phone or address on these is business
 * or technical data, not a person's (`shop.address`, `court.phone`, `merchant.name`, `app.name`).
 */
export const organisationNouns: readonly string[] = [
  "shop",
  "store",
  "merchant",
  "mch",
  "venue",
  "court",
  "company",
  "corp",
  "corporation",
  "enterprise",
  "org",
  "organization",
  "organisation",
  "school",
  "college",
  "university",
  "hospital",
  "clinic",
  "hotel",
  "restaurant",
  "supplier",
  "vendor",
  "brand",
  "branch",
  "dept",
  "department",
  "team",
  "group",
  "project",
  "app",
  "application",
  "site",
  "website",
  "server",
  "service",
  "platform",
  "tenant",
  "warehouse",
  "station",
  "factory",
  "campus",
  "building",
  "room",
  "product",
  "goods",
  "sku",
  "category",
  "role",
  "post",
  "job",
  "task",
  "menu",
  "file",
  "template",
  "link",
  "tag",
  "dict",
  "config",
  "module",
  "event",
  "constructor",
  "class",
  "fn",
  "func",
  "function",
  "method",
  "type",
  "model",
  "plugin",
  "package",
  "pkg",
  "router",
  "route",
  "city",
  "province",
  "region",
  "area",
  "country",
  "bank",
  "channel",
  "device",
  "shangjia",
  "dianpu",
  "门店",
  "商家",
  "店铺",
  "公司",
  "学校",
  "医院",
];

/**
 * Tokens of a function or file name that make a bare `code` a verification code (an SMS, email or
 * login context): `sendSmsCode`, `verify.js`, `loginBySms`. An image captcha's answer identifies
 * nobody and is not one (Guiding Case 195 is about codes sent to a person's phone).
 */
export const verificationScopeTerms: readonly string[] = [
  "sms",
  "verify",
  "verification",
  "yzm",
  "otp",
  "register",
  "signup",
  "sign",
  "bind",
  "reset",
  "forgot",
  "forget",
  "validate",
  "valid",
  "check",
  "mobile",
  "phone",
  "email",
  "mail",
  "code",
  "codes",
];

/**
 * Receivers whose `code` is a status, error or result code, never a verification code
 * (`res.code`, `err.code`, `result.code`).
 */
export const statusCodeReceivers: readonly string[] = [
  "res",
  "result",
  "results",
  "response",
  "resp",
  "ret",
  "err",
  "error",
  "e",
  "ex",
  "exception",
  "reply",
  "status",
  "data",
  "rs",
  "r",
];

/**
 * Words that mark a WeChat/OAuth login, whose `code` is exchanged once for a session or token
 * (`jscode2session`, `oauth2/access_token`), not a code a person types in.
 */
export const oauthCodeMarkers: readonly string[] = [
  "code2session",
  "jscode2session",
  "oauth",
  "access_token",
  "accesstoken",
  "getaccesstoken",
  "authorization_code",
  "grant_type",
];

/**
 * Trailing tokens that say how a record is carried, not what it is about: skipped to find the noun
 * of `userInfo`, `ShopDTO`, `memberList`, `CreateUserDto`.
 */
export const carrierTokens: readonly string[] = [
  "info",
  "infos",
  "dto",
  "vo",
  "bo",
  "po",
  "entity",
  "model",
  "record",
  "records",
  "detail",
  "details",
  "data",
  "schema",
  "doc",
  "row",
  "rows",
  "obj",
  "object",
  "params",
  "param",
  "req",
  "request",
  "form",
  "body",
  "list",
  "array",
  "arr",
  "map",
  "item",
  "items",
  "new",
  "old",
  "one",
  "current",
  "cur",
  "res",
  "result",
  "payload",
  "input",
  "args",
  "query",
  "value",
  "values",
  "options",
  "attributes",
  "props",
];

/**
 * Names whose meaning the receiver gives: `ctx.ip` and `req.socket.remoteAddress` are the
 * client's IP address, not a home address; `msg.text()` and `message.content` are what a person
 * wrote. Names are token sequences (`remote address`), receivers last names, lower-case.
 */
export const receiverMeanings: readonly {
  names: readonly string[];
  receivers: readonly string[];
  /** Path tokens that veto: a model's reply (`choices[0].message.content`) is not a person's. */
  notUnder?: readonly string[];
  category: string;
}[] = [
  {
    names: ["ip", "ips", "address", "remote address", "ip address"],
    receivers: ["ctx", "req", "request", "socket", "connection", "conn"],
    category: "account.ip-address",
  },
  {
    names: ["text", "content", "msg", "body"],
    // `messages: [{ role: "user", content }]`: what a person wrote, sent to a chat model API.
    receivers: [
      "message",
      "messages",
      "msg",
      "chat",
      "sms",
      "mail",
      "email",
      "talk",
      "conversation",
    ],
    // A reply read off an API response (`res.data.message.content`, `choices[0].message`).
    notUnder: [
      "choices",
      "choice",
      "completion",
      "completions",
      "delta",
      "output",
      "reply",
      "res",
      "response",
      "resp",
      "result",
    ],
    category: "communication.content",
  },
];

/**
 * Names whose meaning the function or file around them gives: a bare `code` in an SMS or login
 * handler is a verification code; an `image` or `url` in an ID-card or face handler is the
 * document's or the face's picture. `scope` entries are token sequences of function, class or
 * file names; `notOn` receivers and `unless` words in the function's text veto.
 */
export const scopeMeanings: readonly {
  names: readonly string[];
  scope: readonly string[];
  notOn: readonly string[];
  unless: readonly string[];
  category: string;
}[] = [
  {
    names: ["code"],
    scope: verificationScopeTerms,
    notOn: statusCodeReceivers,
    unless: oauthCodeMarkers,
    category: "auth.verification-code",
  },
  {
    names: ["image", "img", "pic", "picture", "photo", "base64", "url", "image url", "img url"],
    scope: ["idcard", "id card", "shenfenzheng", "sfz", "certificate", "id photo"],
    notOn: [],
    unless: [],
    category: "identity.document-image",
  },
  {
    names: ["image", "img", "pic", "picture", "photo", "base64", "image url", "img url"],
    scope: ["face", "renlian", "liveness", "selfie"],
    notOn: [],
    unless: [],
    category: "biometric.face",
  },
];
