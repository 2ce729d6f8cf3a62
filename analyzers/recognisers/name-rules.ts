/*
 * Name-level rules that keep look-alike identifiers silent (issue 2 "traps"; pipl.md §3).
 * Every entry is a lower-case token or a space-separated token sequence, compared after
 * `tokenizeIdentifier`, never as a substring.
 */

/**
 * Whole-identifier-only terms: too generic alone (`name`, short pinyin like `dh` "电话" vs Diffie-Hellman,
 * `pan` vs camera pan, `pin` vs GPIO pin, `minor` vs semver). They classify only when they are the
 * entire identifier (`name`, `dh`), never as a token of a longer one (`fileName`, `dhParams`).
 */
export const weakTerms: readonly string[] = [
  "name",
  "wx",
  "dh",
  "bl",
  "zd",
  "zz",
  "rl",
  "pan",
  "pin",
  "lon",
  "minor",
  "nation",
  "birth",
  "tel",
  "faith",
  "residence",
];

/**
 * Token sequences that name a thing, not a person's data. Matched like vocabulary (longest first), so
 * they consume their tokens: `fileName` is not `name`, `faceValue` is not `face`, `ipAddress` is not an
 * address, `codeVerifier` (OAuth PKCE) is not a verification code.
 */
export const nonPersonalPhrases: readonly string[] = [
  "file name",
  "class name",
  "host name",
  "hostname",
  "name space",
  "type face",
  "face value",
  "face amount",
  "code verifier",
  "code challenge",
  "server address",
  "address space",
  "callback address",
  "notify address",
  "web address",
  "url address",
  "service address",
  "api address",
  "redirect address",
  "rpc address",
  "ws address",
  "socket address",
  // A machine's own addresses, not a person's device or connection.
  "server ip",
  "host ip",
  "proxy ip",
  "gateway ip",
  "local ip",
  "bind ip",
  "listen ip",
  "dns ip",
  "server mac",
  "host mac",
  "gateway mac",
  "remote address",
  "local address",
  "bind address",
  "listen address",
  "wallet address",
  "contract address",
  "memory address",
  "base address",
  "gateway address",
  "proxy address",
  "health check",
  "minor version",
  "auth code url",
  "nick name",
  "nickname",
  // WeChat messages: `ToUserName` is the official account's own id (`FromUserName` is the user's).
  "to user name",
  "display name",
  "app name",
  "event name",
  "table name",
  "column name",
  "field name",
  "key name",
  // Chinese: the device, the app edition, the browser bar, a parameter's position.
  "手机型号",
  "手机端",
  "手机版",
  "地址栏",
  "位置参数",
  "名称",
];

/**
 * First tokens that make the identifier a predicate or an action about the data, not the data itself
 * (`isMobile`, `hasPhone`, `maskMobile`). A vocabulary match starting at the first token overrides
 * (`checkCode` is a verification code).
 */
export const negativePrefixes: readonly string[] = [
  "is",
  "has",
  "should",
  "can",
  "show",
  "hide",
  "enable",
  "disable",
  "allow",
  "mask",
  "masked",
  "desensitized",
  "validate",
  "num",
  "count",
  "render",
  "draw",
];

/**
 * Last tokens that make the identifier a measure, a setting or a UI element about the data
 * (`verificationCodeLength`, `mobileBreakpoint`, `phonePattern`, `passwordEnabled`).
 */
export const negativeSuffixes: readonly string[] = [
  "count",
  "length",
  "len",
  "size",
  "regex",
  "reg",
  "regexp",
  "pattern",
  "enabled",
  "disabled",
  "type",
  "types",
  "label",
  "placeholder",
  "mask",
  "masked",
  "format",
  "formatter",
  "validator",
  "validation",
  "rule",
  "rules",
  "breakpoint",
  "layout",
  "view",
  "menu",
  "width",
  "height",
  "style",
  "class",
  "icon",
  "visible",
  "required",
  "verified",
  "valid",
  "error",
  "tip",
  "hint",
  "max",
  "min",
  "limit",
  "timeout",
  "ttl",
  "expiry",
  "interval",
  "version",
  "status",
  "flag",
  "column",
  "index",
  "prefix",
  "policy",
  "strength",
  // Where data is kept or sent, not the data: `fileUploadLocationConfig`, `realNameVerifyUrl`.
  "config",
  "configs",
  "setting",
  "settings",
  "options",
  "url",
  "uri",
  "api",
  "endpoint",
  "dir",
  "directory",
];

/**
 * Service names that mark a person's account (`user.wechat`, `wechatId`, `alipayAccount`) unless
 * the identifier is about the application's own account with that service.
 */
export const serviceBrandTerms: readonly string[] = ["wechat", "weixin", "wx", "alipay", "qq"];

/**
 * Tokens that make a service-named identifier the application's own configuration or credential
 * (`wechatAccessToken`, `jsapiTicket`, `wechatAppId`, `wechatMchId`, `alipayPrivateKey`), never a
 * person's account.
 */
export const appCredentialTokens: readonly string[] = [
  "app",
  "appid",
  "secret",
  "key",
  "token",
  "access",
  "ticket",
  "jsapi",
  "mch",
  "mchid",
  "merchant",
  "pay",
  "payment",
  "config",
  "api",
  "cert",
  "notify",
  "template",
  "mp",
  "official",
  "private",
  "public",
  "sign",
  "signature",
  "gateway",
  "client",
  "corp",
  "agent",
];
