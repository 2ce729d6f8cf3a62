import { describe, expect, it } from "vitest";
import { piplPolicies } from "../../policies/index.js";
import { renderFinding } from "../../policies/render-finding.js";
import { awsCn, resource, retentionFindings, testContext } from "./support/evaluate.js";

const unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const pi = { pipl: "mobile" };
const aws = (type: string, props: Record<string, unknown>, name?: string) =>
  resource(type, props, { provider: awsCn, ...(name ? { name } : {}) });
const logGroup = (props: Record<string, unknown>) =>
  aws("aws:cloudwatch/logGroup:LogGroup", { tags: pi, ...props }, "calls");
const bucket = () => aws("aws:s3/bucketV2:BucketV2", { bucket: "kyc", tags: pi }, "kyc");
const lifecycle = (rules: unknown[]) =>
  aws("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", {
    bucket: "kyc",
    rules,
  });

/** Each row: a stack, and the message its tagged store gets (undefined: passes). */
const cases: [string, () => ReturnType<typeof aws>[], string | undefined][] = [
  ["CloudWatch: retentionInDays unset", () => [logGroup({})], "retention.unbounded"],
  [
    "CloudWatch: retentionInDays 0 (never expire)",
    () => [logGroup({ retentionInDays: 0 })],
    "retention.unbounded",
  ],
  ["CloudWatch: retentionInDays 180", () => [logGroup({ retentionInDays: 180 })], undefined],
  ["CloudWatch: untagged and unbounded", () => [logGroup({ tags: { team: "x" } })], undefined],
  [
    "DynamoDB: no TTL",
    () => [aws("aws:dynamodb/table:Table", { tags: pi })],
    "retention.unbounded",
  ],
  [
    "DynamoDB: TTL disabled",
    () => [aws("aws:dynamodb/table:Table", { ttl: { enabled: false }, tags: pi })],
    "retention.unbounded",
  ],
  [
    "DynamoDB: TTL enabled",
    () => [
      aws("aws:dynamodb/table:Table", { ttl: { attributeName: "exp", enabled: true }, tags: pi }),
    ],
    undefined,
  ],
  [
    "Kinesis: the 24-hour default",
    () => [aws("aws:kinesis/stream:Stream", { tags: pi })],
    undefined,
  ],
  ["S3: no lifecycle configuration", () => [bucket()], "retention.unbounded"],
  [
    "S3: an enabled expiration rule",
    () => [bucket(), lifecycle([{ status: "Enabled", expiration: { days: 90 } }])],
    undefined,
  ],
  [
    "S3: a disabled expiration rule",
    () => [bucket(), lifecycle([{ status: "Disabled", expiration: { days: 90 } }])],
    "retention.unbounded",
  ],
  [
    "S3: a rule that only transitions",
    () => [bucket(), lifecycle([{ status: "Enabled", transitions: [{ days: 30 }] }])],
    "retention.unbounded",
  ],
  [
    "OSS: an enabled expiration rule",
    () => [
      resource("alicloud:oss/bucket:Bucket", {
        tags: pi,
        lifecycleRules: [{ enabled: true, expirations: [{ days: 30 }] }],
      }),
    ],
    undefined,
  ],
  [
    "OSS: no lifecycle rule",
    () => [resource("alicloud:oss/bucket:Bucket", { tags: pi })],
    "retention.unbounded",
  ],
  [
    "COS: an expiration rule",
    () => [
      resource("tencentcloud:Cos/bucket:Bucket", {
        tags: pi,
        lifecycleRules: [{ filterPrefix: "", expiration: { days: 30 } }],
      }),
    ],
    undefined,
  ],
  [
    "an RDS instance (retention is the application's)",
    () => [aws("aws:rds/instance:Instance", { tags: pi })],
    undefined,
  ],
];

describe("pi-store-retention-limited", () => {
  for (const [name, stack, message] of cases)
    it(`${message ? "reports" : "passes"}: ${name}`, () => {
      expect(retentionFindings(stack()).map((f) => f.message)).toEqual(message ? [message] : []);
    });

  it("says the store keeps PI forever, naming the property, categories, law and fix", () => {
    const [f] = retentionFindings([logGroup({})]);
    const text = renderFinding(f!);
    expect(f!.urn).toBe(logGroup({}).urn);
    expect(text).toContain('"calls" (AWS CloudWatch log group, aws:cloudwatch/logGroup:LogGroup)');
    expect(text).toContain("contact.mobile");
    expect(text).toContain("`retentionInDays` unset; the provider keeps data until it is deleted");
    expect(text).toContain("PIPL Art. 19");
    expect(text).toContain("Fix: set `retentionInDays` to the period your purpose needs.");
    expect(text).toContain("第四十七条");
  });

  it("applies the strictest maxRetentionDays entry that covers the categories", () => {
    const options = { maxRetentionDays: { general: 365, "contact.mobile": 90, sensitive: 30 } };
    const [f] = retentionFindings([logGroup({ retentionInDays: 180 })], testContext(options));
    expect(f?.message).toBe("retention.too-long");
    expect(renderFinding(f!)).toContain(
      "for 180 days (retentionInDays), longer than the 90 days maxRetentionDays allows for contact.mobile",
    );
    expect(retentionFindings([logGroup({ retentionInDays: 60 })], testContext(options))).toEqual(
      [],
    );
    // A sensitivity names its scope in the message's language.
    const sensitive = { maxRetentionDays: { sensitive: 30 } };
    const idCard = logGroup({ retentionInDays: 180, tags: { pipl: "resident-id" } });
    const [g] = retentionFindings([idCard], testContext(sensitive));
    expect(renderFinding(g!)).toContain("maxRetentionDays allows for sensitive PI");
    expect(renderFinding(g!, "zh-CN")).toContain(
      "超过 maxRetentionDays 对 敏感个人信息 允许的 30 天",
    );
  });

  it("checks a provider default against the maximum (Kinesis: 24 hours)", () => {
    const stream = aws("aws:kinesis/stream:Stream", { retentionPeriod: 168, tags: pi });
    const [f] = retentionFindings([stream], testContext({ maxRetentionDays: { general: 3 } }));
    expect(renderFinding(f!)).toContain("for 7 days (retentionPeriod)");
    const byDefault = aws("aws:kinesis/stream:Stream", { tags: pi });
    expect(
      retentionFindings([byDefault], testContext({ maxRetentionDays: { general: 3 } })),
    ).toEqual([]);
  });

  it("lets the longest of several S3 rules decide", () => {
    const stack = [
      bucket(),
      lifecycle([
        { status: "Enabled", expiration: { days: 7 } },
        { status: "Enabled", expiration: { days: 400 } },
      ]),
    ];
    const [f] = retentionFindings(stack, testContext({ maxRetentionDays: { general: 365 } }));
    expect(renderFinding(f!)).toContain("for 400 days");
  });

  it("reports a computed retention at the onUnknown level, and a computed tag map only when unbounded", () => {
    expect(retentionFindings([logGroup({ retentionInDays: unknown })])).toMatchObject([
      { message: "retention.unknown", dependsOnUnknown: true },
    ]);
    const computedTags = { tags: "dd056dcd-154b-4c76-9bd3-c8f88648b5ff" };
    expect(retentionFindings([logGroup(computedTags)])).toMatchObject([
      { message: "tags.unknown-map", dependsOnUnknown: true },
    ]);
    expect(retentionFindings([logGroup({ ...computedTags, retentionInDays: 30 })])).toEqual([]);
  });

  it("is advisory by default and names an unknown maxRetentionDays key clearly", () => {
    const policy = piplPolicies({ env: {} }).find((p) => p.name === "pi-store-retention-limited");
    expect(policy?.enforcementLevel).toBe("advisory");
    expect(() =>
      piplPolicies({ env: {}, policies: { maxRetentionDays: { "resident-idd": 30 } } }),
    ).toThrow(/maxRetentionDays\.resident-idd.*resident-id/s);
  });
});
