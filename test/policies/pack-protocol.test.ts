import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, packDir } from "./support/ensure-built.js";
import {
  startPack,
  type HarnessResource,
  type Level,
  type PackHandle,
} from "./support/pack-harness.mjs";
import { policyNames, secret } from "./support/pack-values.js";

const unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const unknownBool = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";
const unknownString = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const awsBeijing = {
  type: "pulumi:providers:aws",
  urn: "urn:pulumi:dev::infra::pulumi:providers:aws::beijing",
  name: "beijing",
  properties: { region: "cn-north-1" },
};
const rds = (props: Record<string, unknown>, name = "orders"): HarnessResource => ({
  type: "aws:rds/instance:Instance",
  urn: `urn:pulumi:dev::infra::aws:rds/instance:Instance::${name}`,
  name,
  properties: props,
  provider: awsBeijing,
});
// Retention (advisory by default) is judged in its own describe below; elsewhere it is off, so each
// test sees only the policies it is about.
const allMandatory: Record<
  string,
  { enforcementLevel: Level; properties: Record<string, unknown> }
> = Object.fromEntries(
  policyNames.map((n) => [
    n,
    {
      enforcementLevel: n === "pi-store-retention-limited" ? "disabled" : "mandatory",
      properties: {},
    },
  ]),
);

let pack: PackHandle;
beforeAll(async () => {
  ensureBuilt();
  pack = await startPack({
    packDir,
    stackConfig: { "alicloud:region": "cn-hongkong", "aws:region": "cn-north-1" },
  });
});
afterAll(async () => {
  await pack?.close();
});

describe("policy pack over the engine protocol", () => {
  it("starts the way the engine starts it and prints only its port first", () => {
    expect(pack.port).toBeGreaterThan(0);
    expect(pack.stderr()).not.toMatch(/error/i);
  });

  it("describes its policies with levels, schemas and PIPL metadata", async () => {
    const info = await pack.getAnalyzerInfo();
    expect(info).toMatchObject({ name: "pipl-guard", version: "0.1.0", supportsConfig: true });
    const byName = Object.fromEntries(info.policies.map((p) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual(policyNames);
    for (const p of info.policies) {
      expect(p.enforcementLevel).toBe(
        p.name === "pi-store-retention-limited" ? "advisory" : "mandatory",
      );
      expect(p.framework?.name).toBe("PIPL");
      expect(p.url).toMatch(new RegExp(`policies/docs/${p.name}\\.md$`));
      expect(p.remediationSteps.length).toBeGreaterThan(40);
      expect(p.tags).toContain("pipl");
      expect(p.configSchema?.tagKey).toMatchObject({ type: "string", default: "pipl" });
      expect(p.configSchema?.onUnknown).toMatchObject({
        enum: ["advisory", "mandatory"],
        default: "advisory",
      });
    }
    expect(byName["pi-no-cross-border-replication"]?.policyType).toBe("stack");
    expect(byName["pi-store-in-mainland-china"]?.policyType).toBe("resource");
    expect(Object.keys(byName["pi-store-encrypted-at-rest"]?.configSchema ?? {}).sort()).toEqual([
      "configFile",
      "defaultEncryptionSuffices",
      "encryptCategories",
      "onUnknown",
      "requireCustomerManagedKey",
      "tagKey",
    ]);
    expect(byName["pi-store-in-mainland-china"]?.configSchema?.allowedRegions).toMatchObject({
      type: "array",
    });
  });

  it("reports an unencrypted tagged RDS instance as a mandatory violation naming field, category, law and fix", async () => {
    await pack.configure(allMandatory);
    const { diagnostics } = await pack.analyze(
      rds({ storageEncrypted: false, tags: { pipl: "resident-id" } }),
    );
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d).toMatchObject({
      policyName: "pi-store-encrypted-at-rest",
      policyPackName: "pipl-guard",
      enforcementLevel: "mandatory",
      severity: "high",
      urn: rds({}).urn,
    });
    expect(d!.message).toContain("storageEncrypted");
    expect(d!.message).toContain("identity.resident-id");
    expect(d!.message).toContain("PIPL Art. 51");
    expect(d!.message).toContain("Fix: set `storageEncrypted: true`");
    expect(d!.message).toContain("第五十一条");
  });

  it("passes an encrypted store and ignores untagged ones", async () => {
    expect(
      (await pack.analyze(rds({ storageEncrypted: true, tags: { pipl: "resident-id" } })))
        .diagnostics,
    ).toEqual([]);
    expect(
      (await pack.analyze(rds({ storageEncrypted: false, tags: { team: "orders" } }))).diagnostics,
    ).toEqual([]);
  });

  it("judges a secret-wrapped tag value without printing what it names", async () => {
    const { diagnostics } = await pack.analyze(
      rds({ storageEncrypted: false, tags: { pipl: secret("bank-account") } }),
    );
    expect(diagnostics.map((d) => d.policyName)).toEqual(["pi-store-encrypted-at-rest"]);
    expect(diagnostics[0]!.message).toContain("secret value of tags.pipl, not shown");
    expect(diagnostics[0]!.message).toContain("sensitive PI among them");
    expect(diagnostics[0]!.message).not.toMatch(/bank/);
  });

  it("handles unknown values itself, at the onUnknown level, instead of the SDK's generic downgrade", async () => {
    const { diagnostics } = await pack.analyze(
      rds({ storageEncrypted: unknownBool, tags: { pipl: "resident-id" } }),
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      policyName: "pi-store-encrypted-at-rest",
      enforcementLevel: "advisory",
      urn: rds({}).urn,
    });
    expect(diagnostics[0]!.message).toContain("storageEncrypted");
    expect(diagnostics[0]!.message).not.toContain("can't run policy");
    const provider = { ...awsBeijing, properties: { region: unknown } };
    const region = await pack.analyze({
      ...rds({ storageEncrypted: true, tags: { pipl: "phone" } }),
      provider,
    });
    expect(region.diagnostics).toMatchObject([
      { policyName: "pi-store-in-mainland-china", enforcementLevel: "advisory" },
    ]);
    expect(region.diagnostics[0]!.message).toContain("provider region");
  });

  it("lets Configure change levels and options", async () => {
    const broken = rds({ storageEncrypted: false, tags: { pipl: "phone" } });
    const computed = rds({ storageEncrypted: unknownBool, tags: { pipl: "phone" } });
    await pack.configure({
      ...allMandatory,
      "pi-store-encrypted-at-rest": {
        enforcementLevel: "mandatory",
        properties: { onUnknown: "mandatory" },
      },
    });
    expect((await pack.analyze(computed)).diagnostics[0]?.enforcementLevel).toBe("mandatory");
    await pack.configure({
      ...allMandatory,
      "pi-store-encrypted-at-rest": { enforcementLevel: "advisory", properties: {} },
    });
    expect((await pack.analyze(broken)).diagnostics[0]?.enforcementLevel).toBe("advisory");
    await pack.configure({
      ...allMandatory,
      "pi-store-encrypted-at-rest": { enforcementLevel: "disabled", properties: {} },
    });
    expect((await pack.analyze(broken)).diagnostics).toEqual([]);
    await pack.configure({
      ...allMandatory,
      "pi-store-encrypted-at-rest": {
        enforcementLevel: "mandatory",
        properties: { encryptCategories: ["sensitive"] },
      },
    });
    expect((await pack.analyze(broken)).diagnostics).toEqual([]);
    await pack.configure({
      ...allMandatory,
      "pi-store-encrypted-at-rest": {
        enforcementLevel: "mandatory",
        properties: { tagKey: "data-class" },
      },
    });
    expect((await pack.analyze(broken)).diagnostics).toEqual([]);
    const relabelled = rds({ storageEncrypted: false, tags: { "data-class": "phone" } });
    const { diagnostics } = await pack.analyze(relabelled);
    expect(diagnostics).toMatchObject([
      {
        policyName: "pi-store-encrypted-at-rest",
        enforcementLevel: "mandatory",
        urn: relabelled.urn,
      },
    ]);
    expect(diagnostics[0]!.message).toContain("contact.mobile");
    expect(diagnostics[0]!.message).toContain("tag tags.data-class");
    await pack.configure(allMandatory);
  });

  it("reads the region from PULUMI_CONFIG when a resource has no provider, and honours allowedRegions", async () => {
    const oss: HarnessResource = {
      type: "alicloud:oss/bucket:Bucket",
      urn: "urn:pulumi:dev::infra::alicloud:oss/bucket:Bucket::faces",
      name: "faces",
      properties: {
        bucket: "faces",
        serverSideEncryptionRule: { sseAlgorithm: "KMS" },
        tags: { pipl: "face" },
      },
    };
    const { diagnostics } = await pack.analyze(oss);
    expect(diagnostics.map((d) => d.policyName)).toEqual(["pi-store-in-mainland-china"]);
    expect(diagnostics[0]!.message).toContain("cn-hongkong");
    expect(diagnostics[0]!.message).toContain("stack config alicloud:region");
    await pack.configure({
      ...allMandatory,
      "pi-store-in-mainland-china": {
        enforcementLevel: "mandatory",
        properties: { allowedRegions: ["cn-hongkong"] },
      },
    });
    expect((await pack.analyze(oss)).diagnostics).toEqual([]);
    await pack.configure(allMandatory);
  });

  it("reports an unknown category with the closest id", async () => {
    const { diagnostics } = await pack.analyze(
      rds({ storageEncrypted: true, tags: { pipl: "resident-idd" } }),
    );
    expect(diagnostics.map((d) => d.policyName)).toEqual(["pi-category-tags-valid"]);
    expect(diagnostics[0]!.message).toContain("identity.resident-id");
  });

  it("joins S3 encryption and replication in AnalyzeStack through propertyDependencies during preview", async () => {
    const bucket = (name: string, provider = awsBeijing, tags?: object): HarnessResource => ({
      type: "aws:s3/bucket:Bucket",
      urn: `urn:pulumi:dev::infra::aws:s3/bucket:Bucket::${name}`,
      name,
      properties: { bucket: `${name}-1a2b3c`, ...(tags ? { tags } : {}) },
      provider,
    });
    const customers = bucket("customers", awsBeijing, { pipl: "resident-id" });
    // Sensitive PI on S3's default encryption only: reported; the customers bucket's joined
    // configuration names a KMS key still computed in preview, which proves a key of the stack.
    const logs = bucket("call-records", awsBeijing, { pipl: "phone,resident-id" });
    const us = bucket("customers-us", {
      ...awsBeijing,
      urn: `${awsBeijing.urn}-us`,
      name: "oregon",
      properties: { region: "us-west-2" },
    });
    const sse: HarnessResource = {
      type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
      urn: "urn:pulumi:dev::infra::aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration::customers-sse",
      name: "customers-sse",
      properties: {
        bucket: unknown,
        rules: [
          {
            applyServerSideEncryptionByDefault: {
              sseAlgorithm: "aws:kms",
              kmsMasterKeyId: unknown,
            },
          },
        ],
      },
      provider: awsBeijing,
      dependencies: [customers.urn],
      propertyDependencies: { bucket: [customers.urn] },
    };
    const replication: HarnessResource = {
      type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
      urn: "urn:pulumi:dev::infra::aws:s3/bucketReplicationConfig:BucketReplicationConfig::to-oregon",
      name: "to-oregon",
      properties: { bucket: unknown, rules: [{ destination: { bucket: unknown } }] },
      provider: awsBeijing,
      dependencies: [customers.urn, us.urn],
      propertyDependencies: { bucket: [customers.urn], rules: [us.urn] },
    };
    const { diagnostics } = await pack.analyzeStack([customers, logs, us, sse, replication]);
    const got = diagnostics.map((d) => [d.policyName, d.urn, d.enforcementLevel]).sort();
    expect(got).toEqual([
      ["pi-no-cross-border-replication", replication.urn, "mandatory"],
      ["pi-store-encrypted-at-rest", logs.urn, "mandatory"],
    ]);
    const rep = diagnostics.find((d) => d.policyName === "pi-no-cross-border-replication")!;
    expect(rep.message).toContain("us-west-2");
    expect(rep.message).toContain("PIPL Arts. 38–40");
  });

  it("answers each AnalyzeStack from its own request although its stack policies share one reading of the resources", async () => {
    const oregon = {
      ...awsBeijing,
      urn: `${awsBeijing.urn}-oregon`,
      name: "oregon",
      properties: { region: "us-west-2" },
    };
    const stack = (destination: typeof awsBeijing, tag: unknown): HarnessResource[] => {
      const source: HarnessResource = {
        type: "aws:s3/bucket:Bucket",
        urn: "urn:pulumi:dev::infra::aws:s3/bucket:Bucket::members",
        name: "members",
        properties: { bucket: "members-1a2b3c", tags: { pipl: tag } },
        provider: awsBeijing,
      };
      const copy: HarnessResource = {
        type: "aws:s3/bucket:Bucket",
        urn: "urn:pulumi:dev::infra::aws:s3/bucket:Bucket::members-copy",
        name: "members-copy",
        properties: { bucket: "members-copy-4d5e6f" },
        provider: destination,
      };
      const replication: HarnessResource = {
        type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
        urn: "urn:pulumi:dev::infra::aws:s3/bucketReplicationConfig:BucketReplicationConfig::members-copy",
        name: "members-copy",
        properties: { bucket: unknown, rules: [{ destination: { bucket: unknown } }] },
        provider: awsBeijing,
        dependencies: [source.urn, copy.urn],
        propertyDependencies: { bucket: [source.urn], rules: [copy.urn] },
      };
      return [source, copy, replication];
    };
    const summary = async (resources: HarnessResource[]) =>
      (await pack.analyzeStack(resources)).diagnostics
        .map((d) => `${d.policyName} ${d.urn.split("::").pop()} ${d.enforcementLevel}`)
        .sort();
    const abroad = [
      "pi-no-cross-border-replication members-copy mandatory",
      "pi-store-encrypted-at-rest members mandatory",
    ];

    await pack.configure(allMandatory);
    const secretAbroad = await pack.analyzeStack(stack(oregon, secret("resident-id")));
    expect(
      secretAbroad.diagnostics
        .map((d) => `${d.policyName} ${d.urn.split("::").pop()} ${d.enforcementLevel}`)
        .sort(),
    ).toEqual(abroad);
    for (const d of secretAbroad.diagnostics) expect(d.message).not.toContain("resident-id");
    // The same URNs, the copy now in Beijing: only the encryption finding is left.
    expect(await summary(stack(awsBeijing, "resident-id"))).toEqual([
      "pi-store-encrypted-at-rest members mandatory",
    ]);
    // A computed tag: every category assumed, and the messages say why.
    const computed = (await pack.analyzeStack(stack(oregon, unknown))).diagnostics;
    expect(computed.map((d) => d.policyName).sort()).toEqual([
      "pi-no-cross-border-replication",
      "pi-store-encrypted-at-rest",
    ]);
    for (const d of computed) expect(d.message).toContain("computed value of tags.pipl");
    expect(await summary(stack(oregon, "resident-id"))).toEqual(abroad);
  });

  it("rejects invalid options with a clear error naming the option", async () => {
    await pack.configure({
      ...allMandatory,
      "pi-store-encrypted-at-rest": {
        enforcementLevel: "mandatory",
        properties: { onUnknown: "loud" },
      },
    });
    await expect(
      pack.analyze(rds({ storageEncrypted: false, tags: { pipl: "phone" } })),
    ).rejects.toThrow(/invalid config for policy "pi-store-encrypted-at-rest": onUnknown/);
    await pack.configure({
      ...allMandatory,
      "pi-store-encrypted-at-rest": {
        enforcementLevel: "mandatory",
        properties: { encryptCategories: ["resident-idd"] },
      },
    });
    await expect(
      pack.analyze(rds({ storageEncrypted: false, tags: { pipl: "phone" } })),
    ).rejects.toThrow(
      /encryptCategories\[0\]: unknown category 'resident-idd'\. Did you mean 'resident-id'\? Fix: use 'general', 'sensitive'/,
    );
    await pack.configure(allMandatory);
  });

  it("composes into a team's own CommonJS pack next to its own policies", async () => {
    const composed = await startPack({
      packDir: path.join(packDir, "../test/fixtures/composed-pack"),
    });
    try {
      const info = await composed.getAnalyzerInfo();
      expect(info.name).toBe("acme-security");
      expect(info.policies.map((p) => p.name).sort()).toEqual(
        [...policyNames, "acme-no-public-buckets"].sort(),
      );
      const { diagnostics } = await composed.analyze(
        rds({ storageEncrypted: unknownBool, tags: { pipl: "phone" } }),
      );
      expect(diagnostics).toMatchObject([
        { policyName: "pi-store-encrypted-at-rest", enforcementLevel: "mandatory" },
      ]);
    } finally {
      await composed.close();
    }
  });

  it("shuts down on SIGINT", async () => {
    const second = await startPack({ packDir });
    expect(second.readyMs).toBeLessThan(20_000);
    const exit = await second.close();
    expect(exit.signal === "SIGINT" || exit.code !== null).toBe(true);
  });
});

describe("a PI-tagged resource of a type the pack does not model", () => {
  const memorydb: HarnessResource = {
    type: "aws:memorydb/cluster:Cluster",
    urn: "urn:pulumi:dev::infra::aws:memorydb/cluster:Cluster::sessions",
    name: "sessions",
    properties: { nodeType: "db.t4g.small", tags: { pipl: "phone" } },
    provider: awsBeijing,
  };

  it("is reported at the onUnknown level, naming the type token and the resourceTypes config", async () => {
    await pack.configure(allMandatory);
    const { diagnostics } = await pack.analyze(memorydb);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      policyName: "pi-store-encrypted-at-rest",
      enforcementLevel: "advisory",
      urn: memorydb.urn,
    });
    expect(diagnostics[0]!.message).toContain(
      "does not know the resource type `aws:memorydb/cluster:Cluster`",
    );
    expect(diagnostics[0]!.message).toContain("`resourceTypes` entry in the pipl-guard config");
    await pack.configure({
      ...allMandatory,
      "pi-store-encrypted-at-rest": {
        enforcementLevel: "mandatory",
        properties: { onUnknown: "mandatory" },
      },
    });
    expect((await pack.analyze(memorydb)).diagnostics[0]?.enforcementLevel).toBe("mandatory");
    await pack.configure(allMandatory);
  });
});

describe("pi-store-not-public over the engine protocol", () => {
  const s3 = (type: string, name: string, props: Record<string, unknown>): HarnessResource => ({
    type,
    urn: `urn:pulumi:dev::infra::${type}::${name}`,
    name,
    properties: props,
    provider: awsBeijing,
  });

  it("reports an open whitelist in Analyze, mandatory, and a computed RDS endpoint in AnalyzeStack at the onUnknown level", async () => {
    await pack.configure(allMandatory);
    const whitelist = await pack.analyze({
      type: "alicloud:rds/instance:Instance",
      urn: "urn:pulumi:dev::infra::alicloud:rds/instance:Instance::members",
      name: "members",
      properties: { tdeStatus: "Enabled", securityIps: ["0.0.0.0/0"], tags: { pipl: "phone" } },
    });
    const open = whitelist.diagnostics.filter((d) => d.policyName === "pi-store-not-public");
    expect(open).toMatchObject([{ enforcementLevel: "mandatory", severity: "critical" }]);
    expect(open[0]!.message).toContain("`securityIps` contains 0.0.0.0/0 (every address)");
    // RDS instances are joined with their snapshots, so Analyze leaves them to AnalyzeStack.
    const endpoint = rds({
      storageEncrypted: true,
      publiclyAccessible: unknownBool,
      tags: { pipl: "phone" },
    });
    expect((await pack.analyze(endpoint)).diagnostics).toEqual([]);
    const stack = await pack.analyzeStack([endpoint]);
    expect(stack.diagnostics.filter((d) => d.policyName === "pi-store-not-public")).toMatchObject([
      { enforcementLevel: "advisory", urn: endpoint.urn },
    ]);
  });

  it("joins a public BucketAclV2 and a Block Public Access resource to a tagged bucket in AnalyzeStack", async () => {
    const bucket = s3("aws:s3/bucketV2:BucketV2", "kyc", {
      bucket: "kyc",
      tags: { pipl: "id-card-image" },
    });
    const acl = s3("aws:s3/bucketAclV2:BucketAclV2", "kyc-acl", {
      bucket: "kyc",
      acl: "public-read",
    });
    const publicOnes = (await pack.analyzeStack([bucket, acl])).diagnostics.filter(
      (d) => d.policyName === "pi-store-not-public",
    );
    expect(publicOnes).toHaveLength(1);
    expect(publicOnes[0]).toMatchObject({ urn: bucket.urn, enforcementLevel: "mandatory" });
    expect(publicOnes[0]!.message).toContain("Since April 2023 S3 blocks public ACLs");
    const blockAll = s3("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "kyc-block", {
      bucket: "kyc",
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    const blocked = await pack.analyzeStack([bucket, acl, blockAll]);
    expect(blocked.diagnostics.filter((d) => d.policyName === "pi-store-not-public")).toEqual([]);
    const untagged = await pack.analyzeStack([{ ...bucket, properties: { bucket: "kyc" } }, acl]);
    expect(untagged.diagnostics.filter((d) => d.policyName === "pi-store-not-public")).toEqual([]);
  });

  it("joins a public RDS instance to the security group rule that opens its port, during preview", async () => {
    await pack.configure(allMandatory);
    const group = s3("aws:ec2/securityGroup:SecurityGroup", "db-sg", { name: "db-sg" });
    const rule = {
      ...s3("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "mysql-any", {
        securityGroupId: unknownString,
        ipProtocol: "tcp",
        fromPort: 3306,
        toPort: 3306,
        cidrIpv4: "0.0.0.0/0",
      }),
      propertyDependencies: { securityGroupId: [group.urn] },
    };
    const db = {
      ...rds({
        engine: "mysql",
        storageEncrypted: true,
        publiclyAccessible: true,
        vpcSecurityGroupIds: [unknownString],
        tags: { pipl: "phone" },
      }),
      propertyDependencies: { vpcSecurityGroupIds: [group.urn] },
    };
    const found = (await pack.analyzeStack([group, rule, db])).diagnostics.filter(
      (d) => d.policyName === "pi-store-not-public",
    );
    expect(found.map((d) => [d.urn, d.enforcementLevel])).toEqual([
      [db.urn, "mandatory"],
      [db.urn, "mandatory"],
    ]);
    expect(found[1]!.message).toContain("an ingress rule lets 0.0.0.0/0 reach port 3306");
    expect(found[1]!.message).toContain('"mysql-any" (AWS security group ingress rule');
    const closed = { ...rule, properties: { ...rule.properties, cidrIpv4: "10.0.0.0/8" } };
    expect(
      (await pack.analyzeStack([group, closed, db])).diagnostics.filter(
        (d) => d.policyName === "pi-store-not-public",
      ),
    ).toHaveLength(1);
  });
});

describe("pi-store-retention-limited over the engine protocol", () => {
  const logGroup = (props: Record<string, unknown>): HarnessResource => ({
    type: "aws:cloudwatch/logGroup:LogGroup",
    urn: "urn:pulumi:dev::infra::aws:cloudwatch/logGroup:LogGroup::calls",
    name: "calls",
    properties: { tags: { pipl: "phone" }, ...props },
    provider: awsBeijing,
  });

  it("advises on a log group that never expires, and a computed retention at the onUnknown level", async () => {
    await pack.configure(
      Object.fromEntries(
        policyNames.map((n) => [
          n,
          n === "pi-store-retention-limited" ? { enforcementLevel: "advisory" } : allMandatory[n]!,
        ]),
      ),
    );
    const forever = await pack.analyze(logGroup({}));
    expect(forever.diagnostics).toMatchObject([
      {
        policyName: "pi-store-retention-limited",
        enforcementLevel: "advisory",
        severity: "medium",
      },
    ]);
    expect(forever.diagnostics[0]!.message).toContain("keeps it indefinitely");
    const computed = await pack.analyze(logGroup({ retentionInDays: unknown }));
    expect(computed.diagnostics).toMatchObject([
      { policyName: "pi-store-retention-limited", enforcementLevel: "advisory" },
    ]);
    expect(computed.diagnostics[0]!.message).toContain("depends on retentionInDays");
  });

  it("enforces maxRetentionDays from --policy-pack-config as mandatory", async () => {
    await pack.configure({
      ...allMandatory,
      "pi-store-retention-limited": {
        enforcementLevel: "mandatory",
        properties: { maxRetentionDays: { general: 90 } },
      },
    });
    const { diagnostics } = await pack.analyze(logGroup({ retentionInDays: 365 }));
    expect(diagnostics).toMatchObject([
      { policyName: "pi-store-retention-limited", enforcementLevel: "mandatory" },
    ]);
    expect(diagnostics[0]!.message).toContain(
      "for 365 days (retentionInDays), longer than the 90 days maxRetentionDays allows for general PI",
    );
    expect((await pack.analyze(logGroup({ retentionInDays: 30 }))).diagnostics).toEqual([]);
    await pack.configure(allMandatory);
  });
});
