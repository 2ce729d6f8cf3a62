import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnalyzedResource } from "../../analyzers/resources/analyzed-resource.js";
import { unknownSentinels } from "../../analyzers/resources/property-value.js";
import { defaultResourceCatalog } from "../../analyzers/resources/resource-catalog.js";
import type { ResourceTypeSpec } from "../../analyzers/resources/resource-type-spec.js";
import { defaultRegionCatalog } from "../../analyzers/regions/region-catalog.js";
import { renderFinding } from "../../policies/render-finding.js";
import {
  checkCategoryTags,
  checkReplication,
  checkResidency,
  encryptionFindings,
  exposureFindings,
  resource,
  retentionFindings,
  testContext,
} from "../policies/support/evaluate.js";
import { storeCases } from "../policies/support/store-cases.js";

/*
 * Property tests of the policy evaluation logic over every resource type of the built-in catalog:
 * whatever the engine sends (missing fields, wrong types, computed sentinels, secret wrappers, huge
 * values, odd spellings), a check returns findings and never throws, answers the same twice, and a
 * known-bad store (PI tag + encryption off, or a foreign region) is never let through.
 */

const runs = Number(process.env.PIPL_FUZZ_RUNS ?? 15);
const context = testContext();
const secretKey = "4dabf18193072939515e22adb298388d";
const secretSig = "1b47061264138c4ac30d75fd1eb44270";
const hugeString = "x".repeat(100_000);
const hugeArray = Array.from({ length: 5_000 }, (_, i) => ({ enabled: i % 2 === 0 }));

const oddRegions = [
  "cn-north-1",
  "CN-NORTH-1",
  " cn-northwest-1 ",
  "cn-north-1\n",
  "cn-beijing",
  "chinaeast2",
  "China East 2",
  "ap-guangzhou",
  "cn-north-4",
  "asia-east2",
  "us-west-2",
  "US-WEST-2",
  "ap-east-1",
  "cn-hongkong",
  "中国北京",
  "",
  " ",
  "cn",
  "null",
  "{}",
];
const oddTags = [
  "resident-id",
  "RESIDENT-ID",
  " resident-id ",
  "resident-id,,mobile",
  "resident-id mobile",
  "resident-id;mobile",
  "resident-ld",
  "identity",
  "identity.resident-id",
  "居民身份证号",
  "",
  " ",
  "none",
  "true",
  '{"pipl":"resident-id"}',
  "__proto__",
  "constructor",
];

const sentinel = fc.constantFrom(...unknownSentinels);
const scalar = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.constantFrom(0, -0, 1, -1, NaN, Infinity, Number.MAX_SAFE_INTEGER),
  fc.double(),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("true", "false", "Enabled", "disabled", "NONE", "aws:kms", "AES256", "KMS"),
  fc.constantFrom(...oddRegions),
  fc.constantFrom(...oddTags),
  sentinel,
  fc.constant(hugeString),
);

/** Any JSON-ish value, with secret wrappers and sentinels at any depth. */
const { value: weird } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom("enabled", "value", "region", "pipl", "constructor")),
      tie("value"),
      { maxKeys: 4 },
    ),
    tie("value").map((value) => ({ [secretKey]: secretSig, value })),
    fc.constant(hugeArray),
    fc.constant([sentinelValue()]),
  ),
}));

function sentinelValue(): string {
  return [...unknownSentinels][0]!;
}

/** The top-level property names a spec reads, so random bags hit the real code paths. */
function knownKeys(spec: ResourceTypeSpec): string[] {
  const paths: string[] = [...spec.tagProperties];
  if (spec.regionProperty) paths.push(spec.regionProperty);
  const enc = [spec.store?.encryption, spec.encryptionAttachment?.encryption];
  for (const e of enc) {
    for (const group of [...(e?.anyOf ?? []), ...(e?.customerManagedKey ?? [])])
      for (const c of group) paths.push(c.path);
  }
  if (spec.encryptionAttachment) paths.push(spec.encryptionAttachment.property);
  for (const link of [
    spec.exposureAttachment,
    spec.publicAccessBlock,
    spec.retentionAttachment,
    spec.firewallRule,
  ])
    if (link?.property) paths.push(link.property);
  if (spec.firewall) {
    const { groupsProperty, port, publicWhen } = spec.firewall;
    paths.push(groupsProperty, ...[port.path, port.enginePath].filter((p) => p !== undefined));
    for (const group of publicWhen ?? []) for (const c of group) paths.push(c.path);
  }
  for (const rules of [spec.firewallGroup, spec.firewallRule]) {
    if (!rules) continue;
    if ("inlineRules" in rules && rules.inlineRules) paths.push(rules.inlineRules);
    const r = rules.rule;
    paths.push(r.protocol, ...r.sources);
    paths.push(...[r.fromPort, r.toPort, r.portRange].filter((p) => p !== undefined));
    for (const group of ("when" in rules ? rules.when : undefined) ?? [])
      for (const c of group) paths.push(c.path);
  }
  for (const check of [...spec.exposure, ...(spec.exposureAttachment?.exposure ?? [])])
    for (const group of check.anyOf) for (const c of group) paths.push(c.path);
  for (const blocks of [spec.publicAccessBlock?.blocks, spec.ownPublicAccessBlock])
    for (const group of [...(blocks?.acl ?? []), ...(blocks?.policy ?? [])])
      for (const c of group) paths.push(c.path);
  for (const source of [
    ...(spec.retention?.sources ?? []),
    ...(spec.retentionAttachment?.sources ?? []),
  ])
    paths.push(source.path);
  for (const r of spec.replication) {
    if (r.when) paths.push(r.when);
    if (typeof r.source === "object") paths.push(r.source.property);
    if (typeof r.destination === "object")
      paths.push(
        "regionPath" in r.destination ? r.destination.regionPath : r.destination.resourcePath,
      );
  }
  return [...new Set(paths.map((p) => p.split(".")[0]!.replace(/\[\]$/, "")))];
}

const specs = defaultResourceCatalog.specs;
const typeArb = fc.constantFrom(
  ...specs.map((s) => s.type),
  "random:mod:Thing",
  "pulumi:pulumi:Stack",
);

function propsFor(spec: ResourceTypeSpec | undefined): fc.Arbitrary<Record<string, unknown>> {
  const known = spec ? knownKeys(spec) : [];
  const keys = known.length > 0 ? known : ["tags", "region"];
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...keys) },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.constantFrom("toString", "constructor", "hasOwnProperty") },
  );
  const tagBag = fc.dictionary(
    fc.constantFrom("pipl", "PIPL", "team", "pipl "),
    fc.oneof(fc.constantFrom(...oddTags), weird),
  );
  const tagKeys = spec?.tagProperties ?? ["tags"];
  return fc
    .tuple(
      fc.dictionary(key, weird, { maxKeys: 8 }),
      fc.subarray(tagKeys),
      tagBag,
      fc.option(fc.constantFrom(...oddRegions)),
    )
    .map(([bag, tagProps, tags, region]) => {
      const props: Record<string, unknown> = { ...bag };
      for (const t of tagProps) setPath(props, t, tags);
      if (region !== null && spec?.regionProperty) setPath(props, spec.regionProperty, region);
      return props;
    });
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let o = target;
  for (const p of parts.slice(0, -1)) {
    const next = o[p];
    o[p] = next !== null && typeof next === "object" && !Array.isArray(next) ? next : {};
    o = o[p] as Record<string, unknown>;
  }
  o[parts.at(-1)!] = value;
}

const providerArb = fc.option(
  fc.record({
    type: fc.constantFrom(
      "pulumi:providers:aws",
      "pulumi:providers:alicloud",
      "pulumi:providers:x",
    ),
    urn: fc.constant("urn:pulumi:dev::infra::pulumi:providers:aws::p"),
    name: fc.constant("p"),
    props: fc.dictionary(
      fc.constantFrom("region", "location", "x"),
      fc.oneof(weird, fc.constantFrom(...oddRegions)),
    ),
  }),
  { nil: undefined },
);

const resourceArb = (spec: ResourceTypeSpec | undefined, type: string) =>
  fc
    .tuple(propsFor(spec), providerArb)
    .map(([props, provider]) => resource(type, props, provider ? { provider } : {}));

const anyResource = typeArb.chain((type) => resourceArb(defaultResourceCatalog.get(type), type));

/** Every check, both phases, over a stack; rendered so a bad message key or param shows too. */
function verdict(stack: AnalyzedResource[]): string[] {
  const findings = [
    ...encryptionFindings(stack, context),
    ...stack.flatMap((r) => checkResidency(r, context)),
    ...stack.flatMap((r) => checkCategoryTags(r, context)),
    ...checkReplication(stack, context),
    ...exposureFindings(stack, context),
    ...retentionFindings(stack, context),
  ];
  return findings.map((f) => `${f.urn} ${f.message} ${f.dependsOnUnknown} ${renderFinding(f)}`);
}

/** A stack around one resource of `spec`, with random dependencies between its members. */
const stackArb = (spec: ResourceTypeSpec) =>
  fc
    .tuple(resourceArb(spec, spec.type), fc.array(anyResource, { maxLength: 2 }), fc.boolean())
    .map(([main, others, link]) => {
      const stack = [main, ...others];
      if (link && others.length > 0) {
        for (const o of others) {
          o.dependencies = [main];
          o.propertyDependencies = Object.fromEntries(Object.keys(o.props).map((k) => [k, [main]]));
        }
      }
      return stack;
    });

describe("policies: random property bags never crash and always answer the same", () => {
  it("models at least one type per provider in the catalog", () => {
    expect(new Set(specs.map((s) => defaultResourceCatalog.providerOf(s.type)))).toEqual(
      new Set(["aws", "alicloud", "azure-native", "tencentcloud", "huaweicloud", "gcp"]),
    );
  });

  for (const spec of specs) {
    it(`${spec.type}: no exception, deterministic verdict`, () => {
      fc.assert(
        fc.property(stackArb(spec), (stack) => {
          const first = verdict(stack);
          expect(verdict(stack)).toEqual(first);
          for (const line of first) expect(line).not.toMatch(/\{\w+\}/);
        }),
        { numRuns: runs },
      );
    });
  }
});

const noiseArb = fc.dictionary(
  fc.string({ minLength: 1 }).map((k) => `zz-noise-${k}`),
  weird,
  { maxKeys: 5 },
);

describe("policies: a known-bad store never passes, whatever surrounds it", () => {
  for (const c of storeCases) {
    for (const b of c.broken) {
      it(`${c.type}: ${b.name} is reported with unrelated noise and neighbours`, () => {
        fc.assert(
          fc.property(noiseArb, fc.array(anyResource, { maxLength: 2 }), (noise, neighbours) => {
            const stack = b.stack();
            for (const r of stack) Object.assign(r.props, noise);
            const findings = encryptionFindings([...stack, ...neighbours], context).filter((f) =>
              stack.some((r) => r.urn === f.urn),
            );
            expect(findings.length).toBeGreaterThan(0);
          }),
          { numRuns: Math.ceil(runs / 2) },
        );
      });
    }
  }
});

/** Regions outside mainland China per provider, in spellings a user might write. */
const foreignRegions: Record<string, string[]> = {
  aws: ["us-west-2", "US-WEST-2", " us-west-2 ", "ap-east-1", "eu-central-1"],
  alicloud: ["cn-hongkong", "us-west-1", "ap-southeast-1", "CN-HONGKONG"],
  "azure-native": ["westus", "eastasia", "West US", "EastAsia"],
  tencentcloud: ["ap-hongkong", "na-siliconvalley", "AP-HONGKONG"],
  huaweicloud: ["ap-southeast-1", "af-south-1", "AP-SOUTHEAST-1"],
  gcp: ["us-central1", "asia-east2", "US-CENTRAL1"],
};

describe("policies: a known-public store never passes, whatever surrounds it", () => {
  const awsCn = {
    type: "pulumi:providers:aws",
    urn: "urn:pulumi:dev::infra::pulumi:providers:aws::cn",
    name: "cn",
    props: { region: "cn-north-1" },
  };
  const publicStores: [string, () => AnalyzedResource[]][] = [
    [
      "RDS publiclyAccessible",
      () => [
        resource(
          "aws:rds/instance:Instance",
          { publiclyAccessible: true, tags: { pipl: "resident-id" } },
          { provider: awsCn },
        ),
      ],
    ],
    [
      "S3 public-read ACL resource",
      () => [
        resource(
          "aws:s3/bucketV2:BucketV2",
          { bucket: "kyc", tags: { pipl: "resident-id" } },
          { provider: awsCn, name: "kyc" },
        ),
        resource("aws:s3/bucketAclV2:BucketAclV2", { bucket: "kyc", acl: "public-read" }),
      ],
    ],
    [
      "Alibaba Cloud RDS whitelist 0.0.0.0/0",
      () => [
        resource("alicloud:rds/instance:Instance", {
          securityIps: ["0.0.0.0/0"],
          tags: { pipl: "resident-id" },
        }),
      ],
    ],
  ];
  for (const [name, stack] of publicStores)
    it(`${name} is reported with unrelated noise and neighbours`, () => {
      fc.assert(
        fc.property(noiseArb, fc.array(anyResource, { maxLength: 2 }), (noise, neighbours) => {
          const own = stack();
          for (const r of own) Object.assign(r.props, noise);
          const findings = exposureFindings([...own, ...neighbours], context).filter((f) =>
            own.some((r) => r.urn === f.urn),
          );
          expect(findings.map((f) => f.message)).toContain("exposure.public");
        }),
        { numRuns: Math.ceil(runs / 2) },
      );
    });
});

describe("policies: PI in a foreign region never passes", () => {
  // Resources that hold no tag of their own (GCS IAM bindings) expose or bound a store; they are
  // not stores whose residency is judged.
  for (const spec of specs.filter((s) => s.tagProperties.length > 0)) {
    const provider = defaultResourceCatalog.providerOf(spec.type);
    const regionSpec = defaultRegionCatalog.forProvider(provider)!;
    it(`${spec.type}: tagged PI outside the mainland is reported`, () => {
      expect(regionSpec).toBeDefined();
      fc.assert(
        fc.property(
          fc.constantFrom(...foreignRegions[provider]!),
          fc.boolean(),
          noiseArb,
          (region, onProvider, noise) => {
            const props: Record<string, unknown> = { ...noise };
            setPath(props, spec.tagProperties[0]!, { pipl: "resident-id" });
            const viaProvider = onProvider || !spec.regionProperty;
            if (!viaProvider) setPath(props, spec.regionProperty!, region);
            const r = resource(spec.type, props, {
              provider: {
                type: `pulumi:providers:${provider}`,
                urn: `urn:pulumi:dev::infra::pulumi:providers:${provider}::p`,
                name: "p",
                props: { [regionSpec.providerRegionProperty]: viaProvider ? region : "x" },
              },
            });
            const findings = checkResidency(r, context);
            expect(findings.map((f) => f.message)).toContain("residency.outside");
          },
        ),
        { numRuns: Math.ceil(runs / 2) },
      );
    });
  }
});
