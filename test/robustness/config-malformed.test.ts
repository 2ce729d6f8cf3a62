import { describe, expect, it } from "vitest";
import { ConfigError } from "../../analyzers/config/config-error.js";
import { loadConfig } from "../../analyzers/config/load-config.js";

/*
 * Malformed configs, one per row, across the sections test/config does not cover (category
 * parents, ids, legal bases, validators, deprecation, backtracking patterns, policies, regions,
 * resourceTypes, sinks, consent, sanitizers): each is a ConfigError naming the path and the fix.
 */

const employee = {
  id: "identity.employee-id",
  name: { en: "Employee number", "zh-CN": "工号" },
  sensitivity: "general",
  legalBasis: ["pipl-art-4"],
  fieldNames: { english: ["employeeNo"] },
};
const label = { en: "Thing", "zh-CN": "东西" };
const sink = {
  id: "my-sink",
  label: "my sink",
  kind: "log",
  match: [{ module: "m", calls: ["a"] }],
};

/** [name, config, path, problem, fix] */
const cases: [string, unknown, string, RegExp, RegExp][] = [
  ["a number as the whole config", 42, "", /expected object/, /see docs\/configuration\.md/],
  ["an array as the whole config", [], "", /expected object, got an array/, /docs/],
  [
    "a cycle in category parents",
    {
      categories: [
        { ...employee, id: "x.a", parent: "x.b" },
        { ...employee, id: "x.b", parent: "x.a" },
      ],
    },
    "categories[0].parent",
    /loops back to 'x\.a'/,
    /form a tree/,
  ],
  [
    "a category that is its own parent",
    { categories: [{ ...employee, id: "x.a", parent: "x.a" }] },
    "categories[0].parent",
    /loops back/,
    /form a tree/,
  ],
  [
    "an unknown parent",
    { categories: [{ ...employee, id: "x.a", parent: "identty" }] },
    "categories[0].parent",
    /unknown category 'identty'/,
    /existing category id/,
  ],
  [
    "a category id that is not kebab-case",
    { categories: [{ ...employee, id: "Employee_ID" }] },
    "categories[0].id",
    /not a category id/,
    /kebab-case/,
  ],
  [
    "a duplicated category id",
    { categories: [employee, employee] },
    "categories[1].id",
    /already defined/,
    /never reused/,
  ],
  [
    "a user category reusing a built-in id",
    { categories: [{ ...employee, id: "identity.resident-id" }] },
    "categories[0].id",
    /already defined/,
    /choose a new id/,
  ],
  [
    "an unknown legal basis",
    { categories: [{ ...employee, legalBasis: ["pipl-art-999"] }] },
    "categories[0].legalBasis[0]",
    /unknown legal basis 'pipl-art-999'/,
    /legal-basis table/,
  ],
  [
    "an unknown validator",
    { categories: [{ ...employee, validators: ["iban"] }] },
    "categories[0].validators[0]",
    /unknown validator 'iban'/,
    /resident-id.*mobile.*bank-card/,
  ],
  [
    "deprecated.replacedBy naming no category",
    { categories: [{ ...employee, deprecated: { replacedBy: "nope" } }] },
    "categories[0].deprecated.replacedBy",
    /unknown category 'nope'/,
    /existing category id/,
  ],
  [
    "a pattern with adjacent nested quantifiers",
    { fieldPatterns: { add: [{ category: "name", pattern: "(x+x+)+y" }] } },
    "fieldPatterns.add[0].pattern",
    /backtrack catastrophically/,
    /remove the nested quantifier/,
  ],
  [
    "a pattern with a starred star",
    { fieldPatterns: { add: [{ category: "name", pattern: "(a*)*b" }] } },
    "fieldPatterns.add[0].pattern",
    /backtrack catastrophically/,
    /names\/tokens instead/,
  ],
  [
    "a pattern with overlapping alternatives under a repeat (no nested quantifier)",
    { fieldPatterns: { add: [{ category: "name", pattern: "(a|a)*$" }] } },
    "fieldPatterns.add[0].pattern",
    /overlapping alternatives under a repeat/,
    /or the overlap/,
  ],
  [
    "a pattern that is a number",
    { fieldPatterns: { add: [{ category: "name", pattern: 5 }] } },
    "fieldPatterns.add[0].pattern",
    /expected string/,
    /string/,
  ],
  [
    "a field-pattern addition without names, tokens or pattern",
    { fieldPatterns: { add: [{ category: "name" }] } },
    "fieldPatterns.add[0]",
    /needs names, tokens or pattern/,
    /docs\/configuration\.md/,
  ],
  [
    "a misspelt policies key",
    { policies: { tagkey: "x" } },
    "policies.tagkey",
    /unknown key 'tagkey'/,
    /valid keys here are: tagKey/,
  ],
  [
    "an unknown onUnknown level",
    { policies: { onUnknown: "warn" } },
    "policies.onUnknown",
    /'warn' is not allowed/,
    /'advisory', 'mandatory'/,
  ],
  [
    "an unknown sensitivity in requireCustomerManagedKey",
    { policies: { requireCustomerManagedKey: ["secret"] } },
    "policies.requireCustomerManagedKey[0]",
    /'secret' is not allowed/,
    /'general', 'sensitive'/,
  ],
  [
    "allowedRegions as a string",
    { policies: { allowedRegions: "cn-north-1" } },
    "policies.allowedRegions",
    /expected array/,
    /array/,
  ],
  ["an empty tagKey", { policies: { tagKey: "" } }, "policies.tagKey", /empty/, /non-empty/],
  [
    "an unknown region normalisation",
    { regions: [{ provider: "aws", normalise: "upper" }] },
    "regions[0].normalise",
    /'upper' is not allowed/,
    /'none', 'lowercase-strip-spaces'/,
  ],
  [
    "a misspelt regions key",
    { regions: [{ provider: "aws", mainlnd: ["cn-north-1"] }] },
    "regions[0].mainlnd",
    /unknown key 'mainlnd'/,
    /valid keys here are: .*mainland/,
  ],
  [
    "a resource type that is not a type token",
    { resourceTypes: [{ type: "aws_s3_bucket", label }] },
    "resourceTypes[0].type",
    /Pulumi type token/,
    /docs\/configuration\.md/,
  ],
  [
    "a resource type without a label",
    { resourceTypes: [{ type: "x:y/z:Z" }] },
    "resourceTypes[0].label",
    /expected object, got nothing/,
    /docs/,
  ],
  [
    "an empty encryption condition path",
    {
      resourceTypes: [
        { type: "x:y/z:Z", label, store: { encryption: { anyOf: [[{ path: "" }]], fix: "x" } } },
      ],
    },
    "resourceTypes[0].store.encryption.anyOf[0][0].path",
    /empty/,
    /non-empty/,
  ],
  [
    "an unknown whenAbsent",
    {
      resourceTypes: [
        {
          type: "x:y/z:Z",
          label,
          store: { encryption: { anyOf: [[{ path: "a", whenAbsent: "maybe" }]], fix: "x" } },
        },
      ],
    },
    "resourceTypes[0].store.encryption.anyOf[0][0].whenAbsent",
    /'maybe' is not allowed/,
    /'pass', 'fail'/,
  ],
  ["sinks as an array", { sinks: [] }, "sinks", /expected object, got an array/, /object/],
  [
    "a sink id with spaces",
    { sinks: { add: [{ ...sink, id: "My Sink" }] } },
    "sinks.add[0].id",
    /kebab-case id/,
    /docs/,
  ],
  [
    "a sink without matchers",
    { sinks: { add: [{ ...sink, match: [] }] } },
    "sinks.add[0].match",
    /must not be empty/,
    /at least one/,
  ],
  [
    "an unknown sink kind",
    { sinks: { add: [{ ...sink, kind: "print" }] } },
    "sinks.add[0].kind",
    /'print' is not allowed/,
    /'log', 'export', 'transfer'/,
  ],
  [
    "a sink matcher with a misspelt key",
    { sinks: { add: [{ ...sink, match: [{ modul: "m", calls: ["a"] }] }] } },
    "sinks.add[0].match[0]",
    /wrong shape/,
    /docs/,
  ],
  [
    "consentFunctions as a string",
    { consentFunctions: "x" },
    "consentFunctions",
    /expected object/,
    /object/,
  ],
  [
    "a misspelt consentFunctions key",
    { consentFunctions: { ad: [] } },
    "consentFunctions.ad",
    /unknown key 'ad'/,
    /valid keys here are: add, disable/,
  ],
  [
    "consentDecorators as a number",
    { consentDecorators: 5 },
    "consentDecorators",
    /expected object/,
    /object/,
  ],
  [
    "sanitizers as an array",
    { sanitizers: [] },
    "sanitizers",
    /expected object, got an array/,
    /object/,
  ],
  [
    "an unknown sanitizers key",
    { sanitizers: { add: [{ name: "mask" }] } },
    "sanitizers.add",
    /unknown key 'add'/,
    /valid keys here are: names, prefixes, disable, suggested/,
  ],
  ["a locale that is a number", { locale: 3 }, "locale", /not allowed/, /'en', 'zh-CN'/],
];

describe("config: malformed configs are rejected with the path and the fix", () => {
  for (const [name, config, path, problem, fix] of cases) {
    it(`rejects ${name}`, () => {
      let error: unknown;
      try {
        loadConfig(config as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const e = error as ConfigError;
      expect(e.path).toBe(path);
      expect(e.problem).toMatch(problem);
      expect(e.fix).toMatch(fix);
      expect(e.message).toContain(e.fix);
      if (path) expect(e.message).toContain(path);
      expect(e.format("zh-CN").length).toBeGreaterThan(0);
    });
  }
});
