import rule from "../../eslint-plugin/rules/no-unconsented-logging.js";
import { noUnconsentedLogging } from "../../analyzers/rules/no-unconsented-logging.js";
import { reports, runSinkRuleTests, silent } from "./support/rule-tester.js";

const valid = [
  silent("an empty file", ""),
  silent(
    "a field whose name and tag say nothing",
    "export function f(c: Citizen) { console.log(c.nickname); }",
  ),
  silent(
    "number, RegExp and boolean fields whose names contain PI words",
    "export function f(u: UserProfile) { console.log(u.mobileBreakpoint, u.verificationCodeLength, u.phonePattern, u.hasPhone); }",
  ),
  silent("a string literal that is not a PI value", 'console.log("order 123 shipped");'),
  silent(
    "a masked value",
    "export function f(u: UserProfile) { console.log(maskPii(u.idNumber)); }",
  ),
  silent(
    "a hashed value",
    "export function f(u: UserProfile) { console.log(hashIdentifier(u.mobile)); }",
  ),
  silent(
    "a local sanitizer named by the default prefixes",
    "function redactPhone(v: string) { return v.slice(0, 3); }\nexport function f(u: UserProfile) { console.log(redactPhone(u.mobile)); }",
  ),
  silent(
    "boolean tests of PI",
    'export function f(u: UserProfile) { console.log(u.mobile ? "yes" : "no", u.mobile.length > 0); }',
  ),
  silent(
    "an assertion for the category earlier on every path",
    'export async function f(u: UserProfile) {\n  await requireConsent(u.id, "phone");\n  console.log(u.mobile);\n}',
  ),
  silent(
    "an assertion that is not awaited",
    'export function f(u: UserProfile) {\n  assertConsent(u.id, "mobile-number");\n  console.log(u.mobile);\n}',
  ),
  silent(
    "the then branch of an awaited predicate",
    'export async function f(u: UserProfile) {\n  if (await hasConsent(u.id, "phone")) {\n    console.log(u.mobile);\n  }\n}',
  ),
  silent(
    "the code after an early return",
    'export async function f(u: UserProfile) {\n  if (!(await hasConsent(u.id, "phone"))) return;\n  console.log(u.mobile);\n}',
  ),
  silent(
    "the code after an early throw on a stored result",
    'export async function f(u: UserProfile) {\n  const ok = await hasConsent(u.id, "phone");\n  if (!ok) {\n    throw new Error("no consent");\n  }\n  console.log(u.mobile);\n}',
  ),
  silent(
    "a predicate guarding the sink with &&",
    'export function f(u: UserProfile) {\n  checkConsent(u.id, "phone") && console.log(u.mobile);\n}',
  ),
  silent(
    "a ternary on a predicate",
    'export function f(u: UserProfile) {\n  const ok = checkConsent(u.id, "phone");\n  ok ? console.log(u.mobile) : undefined;\n}',
  ),
  silent(
    "a consent method on an object",
    'export function f(u: UserProfile) {\n  consent.require(u.id, "phone");\n  console.log(u.mobile);\n}',
  ),
  silent(
    "a consent method on an injected service",
    'export class S {\n  constructor(private readonly consentService: ConsentService) {}\n  async f(u: UserProfile) {\n    if (!(await this.consentService.has(u.id, "phone"))) throw new Error("no");\n    console.log(u.mobile);\n  }\n}',
  ),
  silent(
    "a decorator naming the category covers the method body",
    'export class S {\n  @RequireConsent("resident-id")\n  f(u: UserProfile) {\n    console.log(u.idNumber);\n  }\n}',
  ),
  silent(
    "categories passed as an as-const array",
    'const categories = ["phone", "name"] as const;\nexport async function f(u: UserProfile) {\n  await requireConsent(u.id, categories);\n  console.log(u.mobile, u.realName);\n}',
  ),
  silent(
    "a parent category covers its children",
    'export async function f(u: UserProfile) {\n  await requireConsent(u.id, "contact-details");\n  console.log(u.mobile);\n}',
  ),
  silent(
    "a check naming no category covers general PI",
    "export async function f(u: UserProfile) {\n  await requireConsent(u.id);\n  console.log(u.mobile);\n}",
  ),
  silent(
    "another lawful basis declared with @pipl-basis",
    "/** @pipl-basis contract the courier needs the receiver's number */\nexport function f(o: Order) {\n  console.log(o.receiverMobile);\n}",
  ),
  silent(
    "a bunyan logger with a masked value",
    'import { createLogger } from "bunyan";\nconst log = createLogger({ name: "svc" });\nexport function f(u: UserProfile) {\n  log.info(maskMobile(u.mobile));\n}',
  ),
  silent(
    "a bunyan logger after a consent check for the category",
    'import { createLogger } from "bunyan";\nconst log = createLogger({ name: "svc" });\nexport function f(u: UserProfile) {\n  assertConsent(u.id, "phone");\n  log.info(u.mobile);\n}',
  ),
  silent(
    "a log4js logger with a masked value",
    'import * as log4js from "log4js";\nexport function f(u: UserProfile) {\n  log4js.getLogger("svc").error(maskMobile(u.mobile));\n}',
  ),
  silent(
    "a log4js logger after a consent check for the category",
    'import * as log4js from "log4js";\nexport function f(u: UserProfile) {\n  assertConsent(u.id, "phone");\n  log4js.getLogger("svc").error(u.mobile);\n}',
  ),
  silent(
    "a variable masked by a reassignment before it is logged",
    "export function f(u: UserProfile) {\n  let s = u.mobile;\n  s = maskMobile(s);\n  console.log(s);\n}",
  ),
  silent(
    "a variable logged before PI is assigned to it",
    'export function f(u: UserProfile) {\n  let s = "ok";\n  console.log(s);\n  s = u.mobile;\n  return s;\n}',
  ),
  silent(
    "a class field that only ever holds masked values, logged in another method",
    'export class Audit {\n  private last = "";\n  remember(u: UserProfile) {\n    this.last = maskMobile(u.mobile);\n  }\n  dump() {\n    console.log(this.last);\n  }\n}',
  ),
  silent(
    "a variable named like PI, masked in place before it is logged",
    "declare const logger: { info(...a: unknown[]): void };\nexport function f(user: UserProfile) {\n  let mobile = user.mobile;\n  mobile = maskMobile(mobile);\n  logger.info(mobile);\n}",
  ),
  silent(
    "a variable named like PI initialised with a sanitizer call",
    "declare const logger: { info(...a: unknown[]): void };\nexport function f(rawPhone: string) {\n  const phone = maskMobile(rawPhone);\n  logger.info(phone);\n}",
  ),
];

const invalid = [
  reports(
    "one report per reason when fields of one logged expression fail for different reasons",
    'export async function f(u: UserProfile) {\n  console.log({ m: (await hasConsent(u.id, "name")) && u.mobile, id: u.idNumber });\n}',
    [
      "consentForOtherCategory",
      2,
      15,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "console.log" },
    ],
    [
      "noConsent",
      2,
      15,
      { fields: ["u.idNumber"], categories: ["identity.resident-id"], sink: "console.log" },
    ],
  ),
  reports(
    "a variable assigned PI in a branch before it is logged",
    'export function f(u: UserProfile, verbose: boolean) {\n  let s = "ok";\n  if (verbose) s = u.mobile;\n  console.log(s);\n}',
    [
      "noConsent",
      4,
      15,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "console.log" },
    ],
  ),
  reports(
    "a class field written in one method and logged in another",
    'export class Audit {\n  private last = "";\n  remember(u: UserProfile) {\n    this.last = u.mobile;\n  }\n  dump() {\n    console.log(this.last);\n  }\n}',
    [
      "noConsent",
      7,
      17,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "console.log" },
    ],
  ),
  reports(
    "a constructor parameter property logged in a method",
    "export class Audit {\n  constructor(private readonly contact: string) {}\n  dump() {\n    console.log(this.contact);\n  }\n}\nexport function make(u: UserProfile) {\n  return new Audit(u.mobile);\n}",
    [
      "noConsent",
      4,
      17,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "console.log" },
    ],
  ),
  reports(
    "a bunyan logger",
    'import { createLogger } from "bunyan";\nconst log = createLogger({ name: "svc" });\nexport function f(u: UserProfile) {\n  log.info(u.mobile);\n}',
    [
      "noConsent",
      4,
      12,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "log.info" },
    ],
  ),
  reports(
    "a log4js logger",
    'import * as log4js from "log4js";\nexport function f(u: UserProfile) {\n  log4js.getLogger("svc").error(u.mobile);\n}',
    [
      "noConsent",
      3,
      33,
      {
        fields: ["u.mobile"],
        categories: ["contact.mobile"],
        sink: 'log4js.getLogger("svc").error',
      },
    ],
  ),
  reports(
    "a field tagged @pipl in another file",
    "export function f(c: Citizen) {\n  console.log(c.code);\n}",
    [
      "noConsent",
      2,
      15,
      { fields: ["c.code"], categories: ["identity.resident-id"], sink: "console.log" },
    ],
  ),
  reports(
    "a field whose type alias carries the tag",
    "export function f(c: Contact) {\n  console.info(c.primary);\n}",
    [
      "noConsent",
      2,
      16,
      { fields: ["c.primary"], categories: ["contact.mobile"], sink: "console.info" },
    ],
  ),
  reports(
    "a field classified by name with a plausible type",
    "export function f(u: UserProfile) {\n  console.log(u.mobile);\n}",
    [
      "noConsent",
      2,
      15,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "console.log" },
    ],
  ),
  reports(
    "a variable tagged @pipl",
    "declare function read(): string;\n/** @pipl bank-account */\nconst account = read();\nconsole.log(account);",
    [
      "noConsent",
      4,
      13,
      { fields: ["account"], categories: ["financial.bank-account"], sink: "console.log" },
    ],
  ),
  reports(
    "a string literal that validates as a resident ID",
    'const sample = "11010519491231002X";\nconsole.log(sample);',
    [
      "noConsent",
      2,
      13,
      { fields: ["sample"], categories: ["identity.resident-id"], sink: "console.log" },
    ],
  ),
  reports("a literal mobile number passed directly", 'console.warn("13800138000");', [
    "noConsent",
    1,
    14,
    { fields: ['"138****8000"'], categories: ["contact.mobile"], sink: "console.warn" },
  ]),
  reports(
    "a whole object whose type has PI properties, once",
    "export function f(u: UserProfile) {\n  console.log(u);\n}",
    [
      "noConsent",
      2,
      15,
      {
        fields: ["u.wechat.openid", "u.realName", "u.faceImage", "u.mobile", "u.idNumber"],
        categories: [
          "account.social",
          "basic.name",
          "biometric.face",
          "contact.mobile",
          "identity.resident-id",
        ],
        sink: "console.log",
      },
    ],
  ),
  reports(
    "a reassigned variable",
    'export function f(u: UserProfile) {\n  let v = "";\n  v = u.mobile;\n  console.log(v);\n}',
    [
      "noConsent",
      4,
      15,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "console.log" },
    ],
  ),
  reports(
    "a destructured field",
    "export function f(u: UserProfile) {\n  const { idNumber } = u;\n  console.log(idNumber);\n}",
    [
      "noConsent",
      3,
      15,
      { fields: ["u.idNumber"], categories: ["identity.resident-id"], sink: "console.log" },
    ],
  ),
  reports(
    "a spread into an object literal",
    "export function f(u: UserProfile) {\n  console.log({ ...u, at: Date.now() });\n}",
    [
      "noConsent",
      2,
      15,
      {
        fields: ["u.wechat.openid", "u.realName", "u.faceImage", "u.mobile", "u.idNumber"],
        categories: [
          "account.social",
          "basic.name",
          "biometric.face",
          "contact.mobile",
          "identity.resident-id",
        ],
        sink: "console.log",
      },
    ],
  ),
  reports(
    "object and array literals",
    "export function f(u: UserProfile) {\n  console.log({ phone: u.mobile });\n  console.log([u.idNumber]);\n}",
    [
      "noConsent",
      2,
      15,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "console.log" },
    ],
    [
      "noConsent",
      3,
      15,
      { fields: ["u.idNumber"], categories: ["identity.resident-id"], sink: "console.log" },
    ],
  ),
  reports(
    "template literals and + concatenation",
    'export function f(u: UserProfile) {\n  console.log(`user ${u.mobile}`);\n  console.log("id " + u.idNumber);\n}',
    [
      "noConsent",
      2,
      15,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "console.log" },
    ],
    [
      "noConsent",
      3,
      15,
      { fields: ["u.idNumber"], categories: ["identity.resident-id"], sink: "console.log" },
    ],
  ),
  reports(
    "JSON.stringify, String() and toString()",
    "export function f(u: UserProfile) {\n  console.log(JSON.stringify(u));\n  console.log(String(u.mobile));\n  console.log(u.idNumber.toString());\n}",
    [
      "noConsent",
      2,
      15,
      {
        fields: ["u.wechat.openid", "u.realName", "u.faceImage", "u.mobile", "u.idNumber"],
        categories: [
          "account.social",
          "basic.name",
          "biometric.face",
          "contact.mobile",
          "identity.resident-id",
        ],
        sink: "console.log",
      },
    ],
    [
      "noConsent",
      3,
      15,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "console.log" },
    ],
    [
      "noConsent",
      4,
      15,
      { fields: ["u.idNumber"], categories: ["identity.resident-id"], sink: "console.log" },
    ],
  ),
  reports(
    "an array callback then join()",
    'export function f(members: UserProfile[]) {\n  const rows = members.map((m) => `${m.realName},${m.mobile}`);\n  console.log(rows.join("\\n"));\n}',
    [
      "noConsent",
      3,
      15,
      {
        fields: ["m.realName", "m.mobile"],
        categories: ["basic.name", "contact.mobile"],
        sink: "console.log",
      },
    ],
  ),
  reports(
    "an awaited result",
    "declare function load(): Promise<UserProfile>;\nexport async function f() {\n  const user = await load();\n  console.log(user.idNumber);\n}",
    [
      "noConsent",
      4,
      15,
      { fields: ["user.idNumber"], categories: ["identity.resident-id"], sink: "console.log" },
    ],
  ),
  reports(
    "a local helper that logs its parameter, at the call site",
    "function logValue(value: unknown) {\n  console.log(value);\n}\nexport function f(u: UserProfile) {\n  logValue(u.mobile);\n}",
    [
      "noConsent",
      5,
      12,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "logValue" },
    ],
  ),
  reports(
    "a consent check after the sink",
    'export async function f(u: UserProfile) {\n  console.log(u.mobile);\n  await requireConsent(u.id, "phone");\n}',
    [
      "noConsent",
      2,
      15,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "console.log" },
    ],
  ),
  reports(
    "a consent check in one branch only",
    'export async function f(u: UserProfile, flag: boolean) {\n  if (flag) {\n    await requireConsent(u.id, "phone");\n  }\n  console.log(u.mobile);\n}',
    [
      "noConsent",
      5,
      15,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "console.log" },
    ],
  ),
  reports(
    "a consent check for another category",
    'export async function f(u: UserProfile) {\n  await requireConsent(u.id, "name");\n  console.log(u.mobile);\n}',
    [
      "consentForOtherCategory",
      3,
      15,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "console.log" },
    ],
  ),
  reports(
    "a consent check naming no category before sensitive PI",
    "export async function f(u: UserProfile) {\n  await requireConsent(u.id);\n  console.log(u.idNumber);\n}",
    [
      "generalConsentForSensitive",
      3,
      15,
      { fields: ["u.idNumber"], categories: ["identity.resident-id"], sink: "console.log" },
    ],
  ),
  reports(
    "a decorator for another category",
    'export class S {\n  @RequireConsent("face")\n  f(u: UserProfile) {\n    console.log(u.idNumber);\n  }\n}',
    [
      "consentForOtherCategory",
      4,
      17,
      { fields: ["u.idNumber"], categories: ["identity.resident-id"], sink: "console.log" },
    ],
  ),
  reports(
    "process.stdout.write",
    "export function f(u: UserProfile) {\n  process.stdout.write(u.mobile);\n}",
    [
      "noConsent",
      2,
      24,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "process.stdout.write" },
    ],
  ),
  reports(
    "a pino logger",
    'import pino from "pino";\nconst logger = pino();\nexport function f(u: UserProfile) {\n  logger.info(u.idNumber);\n}',
    [
      "noConsent",
      4,
      15,
      { fields: ["u.idNumber"], categories: ["identity.resident-id"], sink: "logger.info" },
    ],
  ),
  reports(
    "an Egg/Midway ctx.logger",
    "interface Ctx { logger: { info(...args: unknown[]): void } }\nexport function f(ctx: Ctx, u: UserProfile) {\n  ctx.logger.info(u.mobile);\n}",
    [
      "noConsent",
      3,
      19,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "ctx.logger.info" },
    ],
  ),
  reports(
    "any log object with level methods",
    "declare const log: { warn(message: string): void };\nexport function f(u: UserProfile) {\n  log.warn(u.realName);\n}",
    ["noConsent", 3, 12, { fields: ["u.realName"], categories: ["basic.name"], sink: "log.warn" }],
  ),
  reports(
    "a winston logger",
    'import { createLogger } from "winston";\nconst logger = createLogger();\nexport function f(u: UserProfile) {\n  logger.info("user", u.mobile);\n}',
    [
      "noConsent",
      4,
      23,
      { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "logger.info" },
    ],
  ),
  reports(
    "a NestJS Logger",
    'import { Logger } from "@nestjs/common";\nconst logger = new Logger("Users");\nexport function f(u: UserProfile) {\n  logger.warn(u.idNumber);\n}',
    [
      "noConsent",
      4,
      15,
      { fields: ["u.idNumber"], categories: ["identity.resident-id"], sink: "logger.warn" },
    ],
  ),
  reports(
    "a variable named like PI, masked, that a branch assigns PI back to",
    "declare const logger: { info(...a: unknown[]): void };\nexport function f(user: UserProfile, x: boolean) {\n  let mobile = maskMobile(user.mobile);\n  if (x) mobile = user.mobile;\n  logger.info(mobile);\n}",
    [
      "noConsent",
      5,
      15,
      { fields: ["user.mobile"], categories: ["contact.mobile"], sink: "logger.info" },
    ],
  ),
  reports(
    "a parameter named like PI, whose value is unknown, even with a sanitized default",
    "declare const logger: { info(...a: unknown[]): void };\nexport function f(mobile: string) {\n  logger.info(mobile);\n}\nexport function g(user: UserProfile, phone = maskMobile(user.mobile)) {\n  logger.info(phone);\n}",
    [
      "noConsent",
      3,
      15,
      { fields: ["mobile"], categories: ["contact.mobile"], sink: "logger.info" },
    ],
    [
      "noConsent",
      6,
      15,
      { fields: ["phone"], categories: ["contact.mobile"], sink: "logger.info" },
    ],
  ),
  reports(
    "variables named like PI holding an empty string or an unknown value",
    'declare const logger: { info(...a: unknown[]): void };\ndeclare function getIt(): string;\nexport function f() {\n  let mobile = "";\n  logger.info(mobile);\n  let idNumber = getIt();\n  logger.info(idNumber);\n}',
    [
      "noConsent",
      5,
      15,
      { fields: ["mobile"], categories: ["contact.mobile"], sink: "logger.info" },
    ],
    [
      "noConsent",
      7,
      15,
      { fields: ["idNumber"], categories: ["identity.resident-id"], sink: "logger.info" },
    ],
  ),
  reports(
    "a variable tagged @pipl that holds a masked value (the tag wins)",
    "declare const logger: { info(...a: unknown[]): void };\nexport function f(user: UserProfile) {\n  /** @pipl contact.mobile */\n  const contact = maskMobile(user.mobile);\n  logger.info(contact);\n}",
    [
      "noConsent",
      5,
      15,
      { fields: ["contact"], categories: ["contact.mobile"], sink: "logger.info" },
    ],
  ),
];

runSinkRuleTests(rule, noUnconsentedLogging, { valid, invalid });
