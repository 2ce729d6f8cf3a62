import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, packDir } from "./support/ensure-built.js";
import {
  startPack,
  type Diagnostic,
  type HarnessResource,
  type PackHandle,
} from "./support/pack-harness.mjs";
import { policyNames, secret } from "./support/pack-values.js";

/*
 * A value Pulumi holds as a secret reaches the pack in its wire form (`secret`, support/pack-values.ts);
 * every policy must judge it and never print it (CI logs and the Pulumi service keep violation
 * messages). The values are chosen so a leak is easy to spot: each contains "qqsecret".
 */
const mandatory = Object.fromEntries(
  policyNames.map((n) => [
    n,
    {
      // Retention is off except in its own case, so each case sees the policy it is about.
      enforcementLevel:
        n === "pi-store-retention-limited" ? ("disabled" as const) : ("mandatory" as const),
      properties: {},
    },
  ]),
);
const awsProvider = (region: unknown) => ({
  type: "pulumi:providers:aws",
  urn: "urn:pulumi:dev::infra::pulumi:providers:aws::p",
  name: "p",
  properties: { region },
});
const res = (
  type: string,
  name: string,
  properties: Record<string, unknown>,
  extra: Partial<HarnessResource> = {},
): HarnessResource => ({
  type,
  urn: `urn:pulumi:dev::infra::${type}::${name}`,
  name,
  properties,
  provider: awsProvider("cn-north-1"),
  ...extra,
});

/** Every message, both languages, must be free of the secret. */
function expectNoLeak(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) expect(d.message, d.policyName).not.toMatch(/qqsecret|us-west-2/i);
}

let pack: PackHandle;
let secretConfigPack: PackHandle;
beforeAll(async () => {
  ensureBuilt();
  [pack, secretConfigPack] = await Promise.all([
    startPack({ packDir, stackConfig: { "aws:region": "cn-north-1" } }),
    startPack({
      packDir,
      stackConfig: { "aws:region": "us-west-2" },
      env: { PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(["aws:region"]) },
    }),
  ]);
  await pack.configure(mandatory);
  await secretConfigPack.configure(mandatory);
});
afterAll(async () => {
  await Promise.all([pack?.close(), secretConfigPack?.close()]);
});

describe("secrets stay secret", () => {
  it("pi-category-tags-valid names a secret tag that is not a category without its value", async () => {
    const { diagnostics } = await pack.analyze(
      res("aws:ebs/volume:Volume", "kyc", {
        encrypted: true,
        tags: { pipl: secret("qqsecret-token,phone") },
      }),
    );
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d!.policyName).toBe("pi-category-tags-valid");
    expect(d!.message).toContain(
      "tags.pipl holds a secret value that is not a PIPL category id or alias (1 unknown token(s)",
    );
    expect(d!.message).toContain("tags.pipl 的机密值不是有效的个人信息类别 ID 或别名");
    expectNoLeak(diagnostics);
  });

  it("keeps a whole secret tags map secret, and judges the PI it names", async () => {
    const { diagnostics } = await pack.analyze(
      res("aws:ebs/volume:Volume", "kyc", {
        encrypted: false,
        tags: secret({ pipl: "resident-id,qqsecret-x" }),
      }),
    );
    expect(diagnostics.map((d) => d.policyName).sort()).toEqual([
      "pi-category-tags-valid",
      "pi-store-encrypted-at-rest",
    ]);
    const enc = diagnostics.find((d) => d.policyName === "pi-store-encrypted-at-rest")!;
    expect(enc.message).toContain(
      "(secret value of tags.pipl, not shown: 1 category, sensitive PI among them)",
    );
    expect(enc.message).not.toContain("resident");
    expectNoLeak(diagnostics);
  });

  it("pi-store-in-mainland-china reports a secret region outside the mainland without naming it", async () => {
    const { diagnostics } = await pack.analyze(
      res(
        "aws:dynamodb/table:Table",
        "payments",
        { serverSideEncryption: { enabled: true }, tags: { pipl: secret("phone") } },
        { provider: awsProvider(secret("us-west-2")) },
      ),
    );
    expect(diagnostics.map((d) => d.policyName)).toEqual(["pi-store-in-mainland-china"]);
    expect(diagnostics[0]!.message).toContain(
      "in region (a secret value, not shown), outside mainland China (region from provider region)",
    );
    expectNoLeak(diagnostics);
  });

  it("does not print a region from a secret stack config key", async () => {
    const { diagnostics } = await secretConfigPack.analyze(
      res(
        "aws:dynamodb/table:Table",
        "payments",
        { serverSideEncryption: { enabled: true }, tags: { pipl: "phone" } },
        { provider: undefined },
      ),
    );
    expect(diagnostics.map((d) => d.policyName)).toEqual(["pi-store-in-mainland-china"]);
    expect(diagnostics[0]!.message).toContain("(a secret value, not shown)");
    expectNoLeak(diagnostics);
  });

  it("pi-no-cross-border-replication names a secret destination without its ARN or region", async () => {
    const bucket = res("aws:s3/bucketV2:BucketV2", "customers", {
      bucket: "customers",
      tags: { pipl: secret("resident-id") },
    });
    const replication = res("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "to-us", {
      bucket: "customers",
      rules: [{ destination: { bucket: secret("arn:aws:s3:::qqsecret-us-bucket") } }],
    });
    const { diagnostics } = await pack.analyzeStack([bucket, replication]);
    const copies = diagnostics.filter((d) => d.policyName === "pi-no-cross-border-replication");
    expect(copies).toHaveLength(1);
    expect(copies[0]!.message).toContain("to a secret destination in region (a secret value");
    expectNoLeak(diagnostics);
  });

  it("pi-store-encrypted-at-rest judges secret encryption settings and a secret key without printing them", async () => {
    const { diagnostics } = await pack.analyze(
      res("aws:rds/instance:Instance", "orders", {
        storageEncrypted: secret(false),
        kmsKeyId: secret("arn:aws-cn:kms:cn-north-1:111122223333:key/qqsecret"),
        tags: { pipl: "phone" },
      }),
    );
    expect(diagnostics.map((d) => d.policyName)).toEqual(["pi-store-encrypted-at-rest"]);
    expect(diagnostics[0]!.message).toContain("is not encrypted at rest");
    expectNoLeak(diagnostics);
  });

  it("pi-store-not-public judges a secret ACL and a secret policy without printing them", async () => {
    const bucket = res("aws:s3/bucketV2:BucketV2", "kyc", {
      bucket: "kyc",
      tags: { pipl: secret("id-card-image") },
    });
    const acl = res("aws:s3/bucketAclV2:BucketAclV2", "kyc-acl", {
      bucket: "kyc",
      acl: secret("public-read"),
    });
    const policy = res("aws:s3/bucketPolicy:BucketPolicy", "kyc-policy", {
      bucket: "kyc",
      policy: secret(
        JSON.stringify({
          Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Sid: "qqsecret" }],
        }),
      ),
    });
    const { diagnostics } = await pack.analyzeStack([bucket, acl, policy]);
    const exposed = diagnostics.filter((d) => d.policyName === "pi-store-not-public");
    expect(exposed).toHaveLength(2);
    expect(exposed[0]!.message).toContain("(secret value of tags.pipl, not shown");
    expectNoLeak(diagnostics);
  });

  it("pi-store-not-public judges a secret port, rule source and public switch without printing them", async () => {
    const group = res("aws:ec2/securityGroup:SecurityGroup", "db-sg", {
      name: "db-sg",
      ingress: [
        {
          protocol: secret("tcp"),
          fromPort: secret(15000),
          toPort: secret(15999),
          cidrBlocks: secret(["0.0.0.0/0"]),
        },
      ],
    });
    const db = res(
      "aws:rds/instance:Instance",
      "users",
      {
        engine: "postgres",
        port: secret(15432),
        storageEncrypted: true,
        publiclyAccessible: secret(true),
        vpcSecurityGroupIds: ["sg-1"],
        tags: { pipl: "phone" },
      },
      { propertyDependencies: { vpcSecurityGroupIds: [group.urn] } },
    );
    const { diagnostics } = await pack.analyzeStack([group, db]);
    const exposed = diagnostics.filter((d) => d.policyName === "pi-store-not-public");
    expect(exposed).toHaveLength(2);
    expect(exposed[1]!.message).toContain("an ingress rule lets every address reach port (secret)");
    for (const d of exposed) expect(d.message).not.toMatch(/0\.0\.0\.0\/0|15432|15000|15999/);
    expectNoLeak(diagnostics);
  });

  it("pi-store-retention-limited judges a secret retention without printing it", async () => {
    await pack.configure({
      ...mandatory,
      "pi-store-retention-limited": {
        enforcementLevel: "mandatory",
        properties: { maxRetentionDays: { general: 90 } },
      },
    });
    const { diagnostics } = await pack.analyze(
      res("aws:cloudwatch/logGroup:LogGroup", "calls", {
        retentionInDays: secret(3653),
        tags: { pipl: secret("phone") },
      }),
    );
    await pack.configure(mandatory);
    expect(diagnostics.map((d) => d.policyName)).toEqual(["pi-store-retention-limited"]);
    expect(diagnostics[0]!.message).toContain("a number of days held as a secret (not shown)");
    expect(diagnostics[0]!.message).not.toContain("3653");
    expectNoLeak(diagnostics);
  });
});
