import { describe, expect, it } from "vitest";
import { ConfigError } from "../../analyzers/config/config-error.js";
import { loadConfig } from "../../analyzers/config/load-config.js";
import { configMessages } from "../../analyzers/messages/config-messages.js";
import { englishRuns } from "../config/english-runs.js";
import { thrownBy } from "../support/thrown-by.js";

/*
 * Malformed configs, one per row, across the sections test/config does not cover (category
 * parents, ids, legal bases, validators, deprecation, patterns outside RE2 syntax, policies, regions,
 * resourceTypes, sinks, consent, sanitizers): each is a ConfigError naming the path and the fix,
 * in English and, without an English sentence, in Chinese. Every taxonomy and cross-reference
 * problem of the catalogue has a row (checked at the end).
 */

const employee = {
  id: "identity.employee-id",
  name: { en: "Employee number", "zh-CN": "工号" },
  sensitivity: "general",
  legalBasis: ["pipl-art-4"],
  fieldNames: { english: ["badgeNo"] },
};
const label = { en: "Thing", "zh-CN": "东西" };
const sink = {
  id: "my-sink",
  label: "my sink",
  kind: "log",
  match: [{ module: "m", calls: ["a"] }],
};

/** [name, config, path, problem, fix, did-you-mean] */
const cases: [string, unknown, string, RegExp, RegExp, string?][] = [
  [
    "a number as the whole config",
    42,
    "",
    /must be an object, got the number 42/,
    /pass an object such as/,
  ],
  ["an array as the whole config", [], "", /must be an object, got an array/, /config file/],
  ["an empty path as the config", "", "", /^the config path is empty$/, /path of a \.json or \.js/],
  ["null as the whole config", null, "", /must be an object, got null/, /nothing for the defaults/],
  ["true as the whole config", true, "", /must be an object, got true/, /pass an object/],
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
    "identity",
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
    "pipl-art-29",
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
    { categories: [{ ...employee, deprecated: { replacedBy: "identity.no-such-thing" } }] },
    "categories[0].deprecated.replacedBy",
    /unknown category 'identity\.no-such-thing'/,
    /existing category id/,
  ],
  [
    "a pattern with a lookahead",
    { fieldPatterns: { add: [{ category: "name", pattern: "^emp(?!loyer)" }] } },
    "fieldPatterns.add[0].pattern",
    /linear-time \(RE2\) engine does not support: .*\(\?!/,
    /drop lookarounds/,
  ],
  [
    "a pattern with a backreference",
    { fieldPatterns: { add: [{ category: "name", pattern: "(x)y\\1" }] } },
    "fieldPatterns.add[0].pattern",
    /linear-time \(RE2\) engine does not support: .*\\1/,
    /backreferences/,
  ],
  [
    "a pattern that is a number",
    { fieldPatterns: { add: [{ category: "name", pattern: 5 }] } },
    "fieldPatterns.add[0].pattern",
    /^expected a string, got the number 5$/,
    /^write a string here/,
  ],
  [
    "a field-pattern addition without names, tokens or pattern",
    { fieldPatterns: { add: [{ category: "name" }] } },
    "fieldPatterns.add[0]",
    /needs names, tokens or pattern/,
    /^add names, tokens or pattern/,
  ],
  [
    "a misspelt policies key",
    { policies: { tagkey: "x" } },
    "policies.tagkey",
    /unknown key 'tagkey'/,
    /valid keys here are: tagKey/,
    "tagKey",
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
    /^expected an array, got 'cn-north-1'$/,
    /^write an array here/,
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
    "mainland",
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
    /^this field is required$/,
    /^add it, with an object as its value/,
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
  ["sinks as an array", { sinks: [] }, "sinks", /expected an object, got an array/, /an object/],
  [
    "a sink id with spaces",
    { sinks: { add: [{ ...sink, id: "My Sink" }] } },
    "sinks.add[0].id",
    /^'My Sink' is not a kebab-case id$/,
    /^write a kebab-case id here/,
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
    /^expected one of the allowed forms, got an object$/,
    /an object with the keys `module`, `calls`, an object with the keys `global`, `calls`/,
  ],
  [
    "consentFunctions as a string",
    { consentFunctions: "x" },
    "consentFunctions",
    /^expected an object, got 'x'$/,
    /^write an object here/,
  ],
  [
    "a misspelt consentFunctions key",
    { consentFunctions: { ad: [] } },
    "consentFunctions.ad",
    /unknown key 'ad'/,
    /valid keys here are: add, disable/,
    "add",
  ],
  [
    "consentDecorators as a number",
    { consentDecorators: 5 },
    "consentDecorators",
    /^expected an object, got the number 5$/,
    /an object/,
  ],
  [
    "sanitizers as an array",
    { sanitizers: [] },
    "sanitizers",
    /expected an object, got an array/,
    /an object/,
  ],
  [
    "an unknown sanitizers key",
    { sanitizers: { add: [{ name: "mask" }] } },
    "sanitizers.add",
    /unknown key 'add'/,
    /valid keys here are: names, prefixes, disable, suggested/,
  ],
  [
    "a locale that is a number",
    { locale: 3 },
    "locale",
    /the number 3 is not allowed/,
    /'en', 'zh-CN'/,
  ],
  [
    "a misspelt sink id in sinks.disable",
    { sinks: { disable: ["consle"] } },
    "sinks.disable[0]",
    /^unknown sink 'consle'$/,
    /^use one of the built-in ids: console, process-output/,
    "console",
  ],
  [
    "a sink disabled twice",
    { sinks: { disable: ["console", "console"] } },
    "sinks.disable[1]",
    /^'console' is listed twice \(first at sinks\.disable\[0\]\)$/,
    /remove one of the two entries/,
  ],
  [
    "an added sink reusing a built-in id",
    { sinks: { add: [{ ...sink, id: "console" }] } },
    "sinks.add[0].id",
    /^'console' is already a built-in sink$/,
    /disable it under sinks\.disable and add yours under a new id/,
  ],
  [
    "two added sinks with one id",
    { sinks: { add: [sink, sink] } },
    "sinks.add[1]",
    /'my-sink' is listed twice \(first at sinks\.add\[0\]\)/,
    /remove one/,
  ],
  [
    "a blank sink id in sinks.disable",
    { sinks: { disable: ["  "] } },
    "sinks.disable[0]",
    /^is blank \(only spaces\)$/,
    /write a value, or remove the entry/,
  ],
  [
    "a sink argument index below 0",
    { sinks: { add: [{ ...sink, arguments: { from: -1 } }] } },
    "sinks.add[0].arguments.from",
    /^must be at least 0$/,
    /^use a number of at least 0\.$/,
  ],
  [
    "sink arguments with a misspelt key",
    { sinks: { add: [{ ...sink, arguments: { frm: 1 } }] } },
    "sinks.add[0].arguments",
    /^expected one of the allowed forms, got an object$/,
    /^write one of: 'all', an array, an object with the keys `from`/,
  ],
  [
    "a misspelt consent function in consentFunctions.disable",
    { consentFunctions: { disable: ["requireConsnt"] } },
    "consentFunctions.disable[0]",
    /^unknown consent function 'requireConsnt'$/,
    /built-in ids: requireConsent, assertConsent/,
    "requireConsent",
  ],
  [
    "an added consent function that is built in",
    { consentFunctions: { add: [{ name: "requireConsent", style: "assertion" }] } },
    "consentFunctions.add[0]",
    /^'requireConsent' is already a built-in consent function$/,
    /the built-in consent function already applies/,
  ],
  [
    "a misspelt key in an added consent function",
    { consentFunctions: { add: [{ name: "verify", style: "assertion", recever: "consent" }] } },
    "consentFunctions.add[0].recever",
    /^unknown key 'recever'$/,
    /valid keys here are: name, style, receiver/,
    "receiver",
  ],
  [
    "a misspelt decorator in consentDecorators.disable",
    { consentDecorators: { disable: ["RequireConsnt"] } },
    "consentDecorators.disable[0]",
    /^unknown consent decorator 'RequireConsnt'$/,
    /RequireConsent, RequiresConsent/,
    "RequireConsent",
  ],
  [
    "an added decorator that is built in",
    { consentDecorators: { add: ["RequiresConsent"] } },
    "consentDecorators.add[0]",
    /already a built-in consent decorator/,
    /already applies/,
  ],
  [
    "an added decorator that is not an identifier",
    { consentDecorators: { add: ["@Consent"] } },
    "consentDecorators.add[0]",
    /^'@Consent' is not a decorator name$/,
    /^write a decorator name here/,
  ],
  [
    "a misspelt sanitizer prefix in sanitizers.disable",
    { sanitizers: { disable: ["hsh"] } },
    "sanitizers.disable[0]",
    /^unknown sanitizer prefix 'hsh'$/,
    /mask, redact/,
    "hash",
  ],
  [
    "a sanitizer prefix that is built in",
    { sanitizers: { prefixes: ["mask"] } },
    "sanitizers.prefixes[0]",
    /already a built-in sanitizer prefix/,
    /already applies/,
  ],
  [
    "an unknown provider with no region table",
    { regions: [{ provider: "oracle" }] },
    "regions[0].providerType",
    /^provider 'oracle' is not built in, so its spec must give providerType$/,
    /^add providerType, or use a built-in provider \(aws, alicloud/,
  ],
  [
    "a misspelt provider",
    { regions: [{ provider: "alicoud", mainland: ["cn-private-1"] }] },
    "regions[0].provider",
    /^unknown provider 'alicoud'$/,
    /describe a new one completely/,
    "alicloud",
  ],
  [
    "a new provider with an empty mainland list",
    {
      regions: [
        {
          provider: "oracle",
          providerType: "pulumi:providers:oci",
          configKey: "oci:region",
          providerRegionProperty: "region",
          mainland: [],
        },
      ],
    },
    "regions[0].mainland",
    /lists no mainland-China region/,
    /list its mainland-China region ids under mainland/,
  ],
  [
    "a new provider with a wrong type in its full spec",
    {
      regions: [
        {
          provider: "oracle",
          providerType: "pulumi:providers:oci",
          configKey: "oci:region",
          providerRegionProperty: "region",
          mainland: ["cn-x"],
          envVars: "OCI_REGION",
        },
      ],
    },
    "regions[0].envVars",
    /^expected an array, got 'OCI_REGION'$/,
    /write an array here/,
  ],
  [
    "a provider listed twice",
    { regions: [{ provider: "aws" }, { provider: "aws" }] },
    "regions[1].provider",
    /'aws' is listed twice \(first at regions\[0\]\.provider\)/,
    /remove one/,
  ],
  [
    "a region entry without provider",
    { regions: [{ mainland: ["cn-x"] }] },
    "regions[0].provider",
    /^this field is required$/,
    /^add it, with a string as its value/,
  ],
  [
    "Hong Kong declared a mainland region",
    { regions: [{ provider: "alicloud", mainland: ["cn-hongkong"] }] },
    "regions[0].mainland[0]",
    /^region 'cn-hongkong' of provider 'alicloud' is outside mainland China$/,
    /cross-border for PIPL/,
  ],
  [
    "Hong Kong in policies.allowedRegions",
    { policies: { allowedRegions: ["cn-hongkong"] } },
    "policies.allowedRegions[0]",
    /'cn-hongkong' of provider 'alicloud' is outside mainland China/,
    /Hong Kong, Macao, Taiwan/,
  ],
  [
    "an unknown category in policies.encryptCategories",
    { policies: { encryptCategories: ["resident_id"] } },
    "policies.encryptCategories[0]",
    /^unknown category 'resident_id'$/,
    /^use 'general', 'sensitive', or a category id or alias/,
    "resident-id",
  ],
  [
    "a category listed twice in policies.encryptCategories",
    { policies: { encryptCategories: ["sensitive", "sensitive"] } },
    "policies.encryptCategories[1]",
    /listed twice/,
    /remove one/,
  ],
  [
    "a tagKey with a trailing space",
    { policies: { tagKey: "pipl " } },
    "policies.tagKey",
    /^'pipl ' has spaces at the start or end, so it would never match$/,
    /^remove the spaces: 'pipl'\.$/,
  ],
  [
    "a resource type listed twice",
    {
      resourceTypes: [
        { type: "x:y/z:Z", label },
        { type: "x:y/z:Z", label },
      ],
    },
    "resourceTypes[1]",
    /'x:y\/z:Z' is listed twice \(first at resourceTypes\[0\]\)/,
    /remove one/,
  ],
  [
    "an encryption attachment targeting an unknown type",
    {
      resourceTypes: [
        {
          type: "x:y/z:Z",
          label,
          encryptionAttachment: {
            property: "bucket",
            targets: ["aws:s3/bucket:Buckt"],
            encryption: { fix: "x" },
          },
        },
      ],
    },
    "resourceTypes[0].encryptionAttachment.targets[0]",
    /^unknown resource type 'aws:s3\/bucket:Buckt'$/,
    /name a built-in resource type or one added under resourceTypes/,
    "aws:s3/bucket:Bucket",
  ],
  [
    "a pattern longer than 500 characters",
    { fieldPatterns: { add: [{ category: "name", pattern: "a".repeat(501) }] } },
    "fieldPatterns.add[0].pattern",
    /^must be at most 500 characters long$/,
    /^shorten it to 500 characters or fewer\.$/,
  ],
  [
    "a disabled category that is a number",
    { fieldPatterns: { disable: [{ category: 5 }] } },
    "fieldPatterns.disable[0].category",
    /^expected a string, got the number 5$/,
    /write a string here/,
  ],
  [
    "a disabled field-name entry that is neither a name nor { category }",
    { fieldPatterns: { disable: [true] } },
    "fieldPatterns.disable[0]",
    /^expected one of the allowed forms, got true$/,
    /^write one of: a string, an object with the keys `category`/,
  ],
  [
    "a category name without Chinese",
    { categories: [{ ...employee, name: { en: "Employee number" } }] },
    "categories[0].name.zh-CN",
    /^this field is required$/,
    /with a string as its value/,
  ],
  [
    "an empty category id",
    { categories: [{ ...employee, id: "" }] },
    "categories[0].id",
    /^must not be empty$/,
    /^write a non-empty value\.$/,
  ],
  [
    "an empty legal-basis list",
    { categories: [{ ...employee, legalBasis: [] }] },
    "categories[0].legalBasis",
    /^must not be empty$/,
    /^list at least one entry\.$/,
  ],
  [
    "a user category claiming a built-in field name",
    { categories: [{ ...employee, fieldNames: { english: ["badgeNo", "mobile"] } }] },
    "categories[0].fieldNames.english[1]",
    /^'mobile' is already a field name of category 'contact\.mobile'$/,
    /switch the built-in one off under fieldPatterns\.disable/,
  ],
  [
    "a field-pattern name that would move a built-in name to another category",
    { fieldPatterns: { add: [{ category: "email", names: ["phone"] }] } },
    "fieldPatterns.add[0].names[0]",
    /already a field name of category 'contact\.mobile'/,
    /remove it/,
  ],
  [
    "a field name added twice",
    {
      fieldPatterns: {
        add: [
          { category: "email", tokens: ["mailbox2"] },
          { category: "name", tokens: ["mailbox2"] },
        ],
      },
    },
    "fieldPatterns.add[1].tokens[0]",
    /'mailbox2' is listed twice \(first at fieldPatterns\.add\[0\]\.tokens\[0\]\)/,
    /remove one/,
  ],
  [
    "an alias that is not kebab-case",
    { categories: [{ ...employee, aliases: ["Employee ID"] }] },
    "categories[0].aliases[0]",
    /^'Employee ID' is not an alias$/,
    /^use kebab-case/,
  ],
  [
    "an alias that names a built-in category",
    { categories: [{ ...employee, aliases: ["resident-id"] }] },
    "categories[0].aliases[0]",
    /^alias 'resident-id' already names category 'identity\.resident-id'$/,
    /^pick an alias no other category uses/,
  ],
  [
    "an invalid regular expression",
    { fieldPatterns: { add: [{ category: "name", pattern: "(" }] } },
    "fieldPatterns.add[0].pattern",
    /^invalid regular expression: Invalid regular expression/,
    /without delimiters/,
  ],
  [
    "disabling a field name that does not exist",
    { fieldPatterns: { disable: ["latitde"] } },
    "fieldPatterns.disable[0]",
    /^'latitde' is not a field name in the taxonomy$/,
    /list a field name from docs\/taxonomy\.md/,
    "latitude",
  ],
  [
    "an unknown category in fieldPatterns.add",
    { fieldPatterns: { add: [{ category: "resident_id", names: ["x"] }] } },
    "fieldPatterns.add[0].category",
    /^unknown category 'resident_id'$/,
    /define it under categories/,
    "resident-id",
  ],
  [
    "a sink call path with a space",
    { sinks: { add: [{ ...sink, match: [{ module: "m", calls: ["audit record"] }] }] } },
    "sinks.add[0].match[0].calls[0]",
    /^'audit record' is not a member path such as post, promises\.writeFile or create\(\)\.post$/,
    /^write a member path such as/,
  ],
  [
    "a boolean where a category list belongs",
    { categories: false },
    "categories",
    /^expected an array, got false$/,
    /^write an array here/,
  ],
];

describe("config: malformed configs are rejected with the path and the fix", () => {
  const problemsSeen = new Set<string>();
  for (const [name, config, path, problem, fix, suggestion] of cases) {
    it(`rejects ${name}`, () => {
      const error = thrownBy(() => loadConfig(config as never));
      expect(error).toBeInstanceOf(ConfigError);
      const e = error as ConfigError;
      problemsSeen.add(e.problemText.id);
      expect(e.path).toBe(path);
      expect(e.problem).toMatch(problem);
      expect(e.fix).toMatch(fix);
      expect(e.message).toContain(e.fix);
      if (path) expect(e.message).toContain(path);
      expect(e.suggestion).toBe(suggestion);
      const chinese = e.format("zh-CN");
      expect(chinese).toMatch(/^pipl-guard 配置错误：/);
      if (path) expect(chinese).toContain(path);
      expect(englishRuns(chinese)).toEqual([]);
    });
  }

  it("has a row for every taxonomy and cross-reference problem of the catalogue", () => {
    const problems = Object.keys(configMessages).filter((id) =>
      /^(taxonomy|reference)\..*\.problem$/.test(id),
    );
    expect(problems.filter((id) => !problemsSeen.has(id))).toEqual([]);
  });
});
