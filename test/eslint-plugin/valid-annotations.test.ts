import { describe, expect, it } from "vitest";
import { defaultTaxonomy } from "../../analyzers/taxonomy/index.js";
import plugin from "../../eslint-plugin/index.js";
import rule from "../../eslint-plugin/rules/valid-annotations.js";
import { inIsolatedMode, typedRuleTester } from "./support/rule-tester.js";

const header = 'import type { Order } from "./models.js";\n';
const bases = "contract, hr, legal-duty, emergency, news, public, other-law";

/** A field declared with `@pipl <value>`. */
const tagged = (value: string) =>
  `${header}export interface Person {\n  /** @pipl ${value} */\n  code: string;\n}`;

/** A function declared with `@pipl-basis <text>`. */
const basis = (text: string) =>
  `${header}/** @pipl-basis ${text} */\nexport function f(o: Order) {\n  return o;\n}`;

const valid = [
  ...["mobile", "phone-number", "id-card", "idcard", "ID-Card", "email", "openid", "bank-card"].map(
    (alias) => ({
      name: `accepts the natural alias ${alias}`,
      code: tagged(alias),
      filename: "file.ts",
    }),
  ),
  { name: "accepts a category id", code: tagged("identity.resident-id"), filename: "file.ts" },
  {
    name: "accepts a basis with a reason",
    code: basis("contract the courier needs the address to deliver the order"),
    filename: "file.ts",
  },
];

const invalid = [
  {
    name: "reports an unknown category close to an alias, and suggests the alias",
    code: tagged("resident_id"),
    filename: "file.ts",
    errors: [
      {
        messageId: "annotationProblem" as const,
        line: 3,
        column: 7,
        data: {
          problem: 'Unknown PIPL category "resident_id" in @pipl tag; did you mean "resident-id"?',
        },
        suggestions: [
          {
            messageId: "replaceAnnotationValue" as const,
            data: { message: 'Replace "resident_id" with "resident-id"' },
            output: tagged("resident-id"),
          },
        ],
      },
    ],
  },
  {
    name: "reports an unknown category with nothing close, without a suggestion",
    code: tagged("nonsense"),
    filename: "file.ts",
    errors: [
      {
        messageId: "annotationProblem" as const,
        line: 3,
        column: 7,
        data: { problem: 'Unknown PIPL category "nonsense" in @pipl tag' },
        suggestions: [],
      },
    ],
  },
  {
    name: "reports a @pipl tag naming no category",
    code: tagged(""),
    filename: "file.ts",
    errors: [
      {
        messageId: "annotationProblem" as const,
        line: 3,
        column: 7,
        data: {
          problem: "@pipl names no category: write `@pipl <category>` with a category id or alias",
        },
      },
    ],
  },
  {
    name: "reports a misspelt basis, and suggests the basis",
    code: basis("contrat the courier needs the address"),
    filename: "file.ts",
    errors: [
      {
        messageId: "annotationProblem" as const,
        line: 2,
        column: 5,
        data: {
          problem: `Unknown lawful basis "contrat" in @pipl-basis; did you mean "contract"? Use one of ${bases}`,
        },
        suggestions: [
          {
            messageId: "replaceAnnotationValue" as const,
            data: { message: 'Replace "contrat" with "contract"' },
            output: basis("contract the courier needs the address"),
          },
        ],
      },
    ],
  },
  {
    name: "reports a basis without a reason",
    code: basis("contract"),
    filename: "file.ts",
    errors: [
      {
        messageId: "annotationProblem" as const,
        line: 2,
        column: 5,
        data: { problem: "@pipl-basis contract needs a reason: why the processing is necessary" },
      },
    ],
  },
  {
    name: "reports a @pipl-basis naming no basis",
    code: basis(""),
    filename: "file.ts",
    errors: [
      {
        messageId: "annotationProblem" as const,
        line: 2,
        column: 5,
        data: {
          problem: `@pipl-basis names no basis: write \`@pipl-basis <basis> <reason>\` with one of ${bases}`,
        },
      },
    ],
  },
];

typedRuleTester().run("valid-annotations", rule, { valid, invalid });
typedRuleTester().run("valid-annotations", rule, {
  valid: inIsolatedMode(valid),
  invalid: inIsolatedMode(invalid),
});

describe("natural aliases", () => {
  it.each([
    ["mobile", "contact.mobile"],
    ["phone-number", "contact.mobile"],
    ["id-card", "identity.resident-id"],
    ["idcard", "identity.resident-id"],
    ["id-number", "identity.resident-id"],
    ["email", "contact.email"],
    ["openid", "account.social"],
    ["unionid", "account.social"],
    ["bank-card", "financial.bank-account"],
    ["birthday", "basic.birth-date"],
  ])("%s names %s", (alias, id) => {
    expect(defaultTaxonomy.resolve(alias)?.id).toBe(id);
  });
});

describe("recommended and strict", () => {
  it("differ in the level of valid-annotations: a warning in recommended, an error in strict", () => {
    expect(plugin.configs.recommended.rules?.["pipl/valid-annotations"]).toBe("warn");
    expect(plugin.configs.strict.rules?.["pipl/valid-annotations"]).toBe("error");
  });
});
