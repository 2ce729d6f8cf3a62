import { describe, expect, it } from "vitest";
import type { AnalyzedResource } from "../../analyzers/resources/analyzed-resource.js";
import { renderFinding } from "../../policies/render-finding.js";
import { awsCn, checkReplication, resource, testContext } from "./support/evaluate.js";

const tags = { pipl: "resident-id" };
const awsAt = (region: string) => ({
  type: "pulumi:providers:aws",
  urn: `urn:p::aws-${region}`,
  name: region,
  props: { region },
});
const link = (r: AnalyzedResource, prop: string, ...targets: AnalyzedResource[]) => {
  r.propertyDependencies = { ...r.propertyDependencies, [prop]: targets };
  r.dependencies = [...(r.dependencies ?? []), ...targets];
  return r;
};
const messages = (rs: AnalyzedResource[], ctx = testContext()) =>
  checkReplication(rs, ctx).map((f) => f.message);

describe("pi-no-cross-border-replication", () => {
  describe("S3 replication configuration", () => {
    const stack = (destRegion: string, sourceTags: Record<string, string> | undefined = tags) => {
      const source = resource(
        "aws:s3/bucket:Bucket",
        { bucket: "src", ...(sourceTags ? { tags: sourceTags } : {}) },
        { provider: awsCn },
      );
      const dest = resource(
        "aws:s3/bucket:Bucket",
        { bucket: "dst" },
        { provider: awsAt(destRegion) },
      );
      const rep = resource(
        "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
        {
          bucket: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
          rules: [{ destination: { bucket: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } }],
        },
        { provider: awsCn },
      );
      link(rep, "bucket", source);
      link(rep, "rules", dest);
      return [source, dest, rep];
    };
    it("passes replication between the two mainland regions", () => {
      expect(messages(stack("cn-northwest-1"))).toEqual([]);
    });
    it("reports replication to a foreign region, joined through propertyDependencies during preview", () => {
      const findings = checkReplication(stack("us-west-2"), testContext());
      expect(findings.map((f) => f.message)).toEqual(["replication.outside"]);
      const text = renderFinding(findings[0]!);
      expect(text).toContain("S3 replication rule");
      expect(text).toContain("us-west-2");
      expect(text).toContain("identity.resident-id");
      expect(text).toContain("PIPL Arts. 38–40");
      expect(text).toContain("Fix: replicate only to a bucket in cn-north-1 or cn-northwest-1");
    });
    it("reads a destination whose region output is still computed by its provider's region", () => {
      const [source, dest, rep] = stack("us-west-2");
      dest!.props.region = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
      expect(messages([source!, dest!, rep!])).toEqual(["replication.outside"]);
    });
    it("ignores replication of untagged buckets", () => {
      expect(messages(stack("us-west-2", {}))).toEqual([]);
    });
    it("judges a known destination ARN outside the stack by its partition", () => {
      const source = resource("aws:s3/bucket:Bucket", { bucket: "src", tags }, { provider: awsCn });
      const rep = (arn: string) =>
        resource(
          "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
          { bucket: "src", rules: [{ destination: { bucket: arn } }] },
          { provider: awsCn },
        );
      expect(messages([source, rep("arn:aws-cn:s3:::backup-bucket")])).toEqual([]);
      const [f] = checkReplication([source, rep("arn:aws:s3:::global-bucket")], testContext());
      expect(f?.message).toBe("replication.outside");
      expect(renderFinding(f!)).toMatch(
        /in region aws, outside mainland China \(from .*destination\.bucket \(ARN partition\)\)/,
      );
      expect(renderFinding(f!, "zh-CN")).toMatch(/境外区域 aws 的.*（ARN 分区）/);
    });
    it("reports a destination that is computed and linked to nothing at the onUnknown level", () => {
      const source = resource("aws:s3/bucket:Bucket", { bucket: "src", tags }, { provider: awsCn });
      const rep = resource("aws:s3/bucketReplicationConfig:BucketReplicationConfig", {
        bucket: "src",
        rules: [{ destination: { bucket: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } }],
      });
      const [f] = checkReplication([source, rep], testContext());
      expect(f).toMatchObject({ message: "replication.unknown", dependsOnUnknown: true });
    });
  });

  it("reports DynamoDB global-table replicas outside the mainland", () => {
    const table = (regions: string[]) =>
      resource(
        "aws:dynamodb/table:Table",
        { tags, replicas: regions.map((regionName) => ({ regionName })) },
        { provider: awsCn },
      );
    expect(messages([table(["cn-northwest-1"])])).toEqual([]);
    const [f] = checkReplication([table(["cn-northwest-1", "ap-east-1"])], testContext());
    expect(renderFinding(f!)).toContain("ap-east-1 (Hong Kong)");
  });

  it("reports an RDS read replica created in a foreign region", () => {
    const primary = resource(
      "aws:rds/instance:Instance",
      { identifier: "pi-db", tags, storageEncrypted: true },
      { provider: awsCn },
    );
    const replica = (region: string) =>
      resource(
        "aws:rds/instance:Instance",
        { replicateSourceDb: "pi-db", storageEncrypted: true },
        { provider: awsAt(region) },
      );
    expect(messages([primary, replica("cn-northwest-1")])).toEqual([]);
    expect(messages([primary, replica("ap-southeast-1")])).toEqual(["replication.outside"]);
    expect(
      messages([
        primary,
        resource(
          "aws:rds/instance:Instance",
          { storageEncrypted: true },
          { provider: awsAt("us-east-1") },
        ),
      ]),
    ).toEqual([]);
  });

  it("reports RDS automated-backup replication to a foreign region", () => {
    const db = resource(
      "aws:rds/instance:Instance",
      { tags, storageEncrypted: true },
      { provider: awsCn },
    );
    const rep = link(
      resource(
        "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
        { sourceDbInstanceArn: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" },
        { provider: awsAt("eu-west-1") },
      ),
      "sourceDbInstanceArn",
      db,
    );
    expect(messages([db, rep])).toEqual(["replication.outside"]);
  });

  it("reports AWS Backup copy actions to a foreign vault, finding the PI through the plan's selection", () => {
    const db = resource(
      "aws:rds/instance:Instance",
      { tags, storageEncrypted: true },
      { provider: awsCn },
    );
    const plan = (vaultArn: string) =>
      resource(
        "aws:backup/plan:Plan",
        { rules: [{ copyActions: [{ destinationVaultArn: vaultArn }] }] },
        { provider: awsCn },
      );
    const stack = (vaultArn: string) => {
      const p = plan(vaultArn);
      const selection = link(
        link(
          resource("aws:backup/selection:Selection", {
            planId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
          }),
          "planId",
          p,
        ),
        "resources",
        db,
      );
      return [db, p, selection];
    };
    expect(
      messages(stack("arn:aws-cn:backup:cn-northwest-1:111122223333:backup-vault:copy")),
    ).toEqual([]);
    expect(messages(stack("arn:aws:backup:ap-northeast-1:111122223333:backup-vault:copy"))).toEqual(
      ["replication.outside"],
    );
    expect(
      messages([db, plan("arn:aws:backup:ap-northeast-1:111122223333:backup-vault:copy")]),
    ).toEqual([]);
  });

  it("reports Alibaba OSS cross-region replication to cn-hongkong", () => {
    const alicloud = {
      type: "pulumi:providers:alicloud",
      urn: "urn:p::ali",
      name: "ali",
      props: { region: "cn-hangzhou" },
    };
    const bucket = resource(
      "alicloud:oss/bucket:Bucket",
      { bucket: "pi-oss", tags },
      { provider: alicloud },
    );
    const rep = (location: string) =>
      resource(
        "alicloud:oss/bucketReplication:BucketReplication",
        { bucket: "pi-oss", destination: { bucket: "copy", location } },
        { provider: alicloud },
      );
    expect(messages([bucket, rep("oss-cn-shanghai")])).toEqual([]);
    const [f] = checkReplication([bucket, rep("oss-cn-hongkong")], testContext());
    expect(renderFinding(f!)).toContain("cn-hongkong (Hong Kong)");
  });
});
