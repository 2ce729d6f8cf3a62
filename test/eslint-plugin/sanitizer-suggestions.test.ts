import { noUnconsentedLogging } from "../../analyzers/rules/no-unconsented-logging.js";
import rule from "../../eslint-plugin/rules/no-unconsented-logging.js";
import { inIsolatedMode, invalidCase, reports, typedRuleTester } from "./support/rule-tester.js";

/*
 * The 💡 suggestion wraps a logged value in the project's own sanitizer: the one configured for
 * its category, else one the file imports or declares whose name fits the category (the header
 * imports maskPii, maskMobile, hashIdentifier and redact), else a general one; never one named for
 * another category, and never a name that is not in scope.
 */
const mobile = { fields: ["u.mobile"], categories: ["contact.mobile"], sink: "console.log" };
const idNumber = {
  fields: ["u.idNumber"],
  categories: ["identity.resident-id"],
  sink: "console.log",
};

const byScope = [
  reports(
    "wraps a mobile number in the imported maskMobile, not the general maskPii",
    "export function f(u: UserProfile) {\n  console.log(u.mobile);\n}",
    ["noConsent", 2, 15, { ...mobile, suggest: "maskMobile" }],
  ),
  reports(
    "wraps a resident ID in the general maskPii, not in maskMobile",
    "export function f(u: UserProfile) {\n  console.log(u.idNumber);\n}",
    ["noConsent", 2, 15, { ...idNumber, suggest: "maskPii" }],
  ),
  reports(
    "wraps a resident ID in a sanitizer the file declares for it",
    "function maskIdCard(v: string): string {\n  return v.slice(-4);\n}\nexport function f(u: UserProfile) {\n  console.log(u.idNumber);\n}",
    ["noConsent", 5, 15, { ...idNumber, suggest: "maskIdCard" }],
  ),
  reports(
    "offers nothing for a whole object, where masking the whole would change what is logged",
    'export function f(u: UserProfile) {\n  console.log("user", { phone: u.mobile });\n}',
    ["noConsent", 2, 23, { ...mobile, suggest: false }],
  ),
];

const configured = {
  sanitizers: { suggestedFor: { "resident-id": "maskIdCard" } },
};

const byConfig = [
  reports(
    "wraps a resident ID in the sanitizer configured for its category, and the message names it",
    'import { maskIdCard } from "./privacy-extra.js";\nexport function f(u: UserProfile) {\n  console.log(u.idNumber);\n}',
    [
      "noConsent",
      3,
      15,
      { ...idNumber, fix: { kind: "mask", sanitizer: "maskIdCard" }, suggest: "maskIdCard" },
    ],
  ),
  reports(
    "falls back to a fitting sanitizer in scope when the configured one is not imported",
    "export function f(u: UserProfile) {\n  console.log(u.idNumber);\n}",
    [
      "noConsent",
      2,
      15,
      { ...idNumber, fix: { kind: "mask", sanitizer: "maskIdCard" }, suggest: "maskPii" },
    ],
  ),
];

const invalid = [
  ...byScope.map((c) => invalidCase(noUnconsentedLogging, c)),
  ...byConfig.map((c) => ({
    ...invalidCase(noUnconsentedLogging, c),
    options: [{ config: configured }] as const,
  })),
];

typedRuleTester().run("sanitizer suggestions", rule, { valid: [], invalid });
typedRuleTester().run("sanitizer suggestions", rule, {
  valid: [],
  invalid: inIsolatedMode(byScope.map((c) => invalidCase(noUnconsentedLogging, c))),
});
