import { describe, expect, it } from "vitest";
import { renderFinding } from "../../policies/render-finding.js";
import { awsCn, exposureFindings, resource, testContext } from "./support/evaluate.js";

const unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const pi = { pipl: "resident-id" };
const aws = (type: string, props: Record<string, unknown>, name?: string) =>
  resource(type, props, { provider: awsCn, ...(name ? { name } : {}) });
const bucket = (tags: Record<string, unknown> | null = pi, extra = {}) =>
  aws("aws:s3/bucketV2:BucketV2", { bucket: "kyc", ...(tags ? { tags } : {}), ...extra }, "kyc");
const acl = (value: unknown) =>
  aws("aws:s3/bucketAclV2:BucketAclV2", { bucket: "kyc", acl: value });
const policy = (statement: Record<string, unknown>) =>
  aws("aws:s3/bucketPolicy:BucketPolicy", {
    bucket: "kyc",
    policy: JSON.stringify({ Version: "2012-10-17", Statement: [statement] }),
  });
const everyoneReads = { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" };
const block = (flags: Record<string, unknown>) =>
  aws("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", { bucket: "kyc", ...flags });

/** Each row: a stack, and whether the tagged store in it is public (contrasting pairs side by side). */
const cases: [string, () => ReturnType<typeof aws>[], boolean][] = [
  ["S3: a public-read BucketAclV2", () => [bucket(), acl("public-read")], true],
  ["S3: a private BucketAclV2", () => [bucket(), acl("private")], false],
  ["S3: an inline authenticated-read acl", () => [bucket(pi, { acl: "authenticated-read" })], true],
  [
    "S3: an inline log-delivery-write acl",
    () => [bucket(pi, { acl: "log-delivery-write" })],
    false,
  ],
  ["S3: a policy allowing Principal *", () => [bucket(), policy(everyoneReads)], true],
  [
    "S3: a policy allowing { AWS: ['*'] }",
    () => [bucket(), policy({ ...everyoneReads, Principal: { AWS: ["*"] } })],
    true,
  ],
  [
    "S3: a policy allowing * under a VPC-endpoint condition",
    () => [
      bucket(),
      policy({ ...everyoneReads, Condition: { StringEquals: { "aws:SourceVpce": "vpce-1" } } }),
    ],
    false,
  ],
  [
    "S3: a policy allowing one account",
    () => [bucket(), policy({ ...everyoneReads, Principal: { AWS: "arn:aws-cn:iam::1:root" } })],
    false,
  ],
  [
    "S3: a Deny statement for *",
    () => [bucket(), policy({ ...everyoneReads, Effect: "Deny" })],
    false,
  ],
  [
    "S3: a public ACL under an account-level ignorePublicAcls",
    () => [
      bucket(),
      acl("public-read"),
      aws("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", { ignorePublicAcls: true }),
    ],
    false,
  ],
  [
    "S3: a public ACL, with an account-level block of another provider's account",
    () => [
      bucket(),
      acl("public-read"),
      resource(
        "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
        { ignorePublicAcls: true, blockPublicAcls: true },
        { provider: { ...awsCn, urn: `${awsCn.urn}-other-account` } },
      ),
    ],
    true,
  ],
  [
    "S3: a public policy under an account-level block of ACLs only",
    () => [
      bucket(),
      policy(everyoneReads),
      aws("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", { blockPublicAcls: true }),
    ],
    true,
  ],
  [
    "S3: a public ACL under ignorePublicAcls",
    () => [bucket(), acl("public-read"), block({ ignorePublicAcls: true })],
    false,
  ],
  [
    "S3: a public ACL when the block only restricts policies",
    () => [bucket(), acl("public-read"), block({ restrictPublicBuckets: true })],
    true,
  ],
  [
    "S3: a public policy under restrictPublicBuckets",
    () => [bucket(), policy(everyoneReads), block({ restrictPublicBuckets: true })],
    false,
  ],
  ["S3: an untagged public website bucket", () => [bucket(null), acl("public-read")], false],
  [
    "RDS: publiclyAccessible true",
    () => [aws("aws:rds/instance:Instance", { publiclyAccessible: true, tags: pi })],
    true,
  ],
  [
    "RDS: publiclyAccessible false",
    () => [aws("aws:rds/instance:Instance", { publiclyAccessible: false, tags: pi })],
    false,
  ],
  [
    "RDS: a snapshot shared with all",
    () => [
      aws("aws:rds/instance:Instance", { identifier: "customers", tags: pi }),
      aws("aws:rds/snapshot:Snapshot", {
        dbInstanceIdentifier: "customers",
        sharedAccounts: ["all"],
      }),
    ],
    true,
  ],
  [
    "RDS: a snapshot shared with one account",
    () => [
      aws("aws:rds/instance:Instance", { identifier: "customers", tags: pi }),
      aws("aws:rds/snapshot:Snapshot", {
        dbInstanceIdentifier: "customers",
        sharedAccounts: ["111122223333"],
      }),
    ],
    false,
  ],
  [
    "Aurora: a publicly accessible cluster instance",
    () => [
      aws("aws:rds/cluster:Cluster", { clusterIdentifier: "orders", tags: pi }),
      aws("aws:rds/clusterInstance:ClusterInstance", {
        clusterIdentifier: "orders",
        publiclyAccessible: true,
      }),
    ],
    true,
  ],
  [
    "OpenSearch: an access policy allowing *",
    () => [
      aws("aws:opensearch/domain:Domain", {
        accessPolicies: JSON.stringify({ Statement: [{ ...everyoneReads, Action: "es:*" }] }),
        tags: pi,
      }),
    ],
    true,
  ],
  [
    "OpenSearch: an access policy allowing *, in a VPC",
    () => [
      aws("aws:opensearch/domain:Domain", {
        accessPolicies: JSON.stringify({ Statement: [{ ...everyoneReads, Action: "es:*" }] }),
        vpcOptions: { subnetIds: ["subnet-1"], securityGroupIds: ["sg-1"] },
        tags: pi,
      }),
    ],
    false,
  ],
  [
    "Elasticsearch: an access policy allowing *, with empty vpcOptions",
    () => [
      aws("aws:elasticsearch/domain:Domain", {
        accessPolicies: JSON.stringify({ Statement: [{ ...everyoneReads, Action: "es:*" }] }),
        vpcOptions: { subnetIds: [] },
        tags: pi,
      }),
    ],
    true,
  ],
  [
    "Alibaba RDS: 0.0.0.0/0 in securityIps",
    () => [resource("alicloud:rds/instance:Instance", { securityIps: ["0.0.0.0/0"], tags: pi })],
    true,
  ],
  [
    "Alibaba RDS: a private subnet in securityIps",
    () => [resource("alicloud:rds/instance:Instance", { securityIps: ["10.0.0.0/8"], tags: pi })],
    false,
  ],
  [
    "Alibaba MongoDB: 0.0.0.0/0 in securityIpLists",
    () => [
      resource("alicloud:mongodb/instance:Instance", { securityIpLists: ["0.0.0.0/0"], tags: pi }),
    ],
    true,
  ],
  [
    "OSS: a public-read BucketAcl",
    () => [
      resource("alicloud:oss/bucket:Bucket", { bucket: "m", tags: pi }, { name: "m" }),
      resource("alicloud:oss/bucketAcl:BucketAcl", { bucket: "m", acl: "public-read" }),
    ],
    true,
  ],
  [
    "OSS: a public-read BucketAcl under blockPublicAccess",
    () => [
      resource("alicloud:oss/bucket:Bucket", { bucket: "m", tags: pi }, { name: "m" }),
      resource("alicloud:oss/bucketAcl:BucketAcl", { bucket: "m", acl: "public-read" }),
      resource("alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock", {
        bucket: "m",
        blockPublicAccess: true,
      }),
    ],
    false,
  ],
  [
    "COS: public-read-write acl",
    () => [resource("tencentcloud:Cos/bucket:Bucket", { acl: "public-read-write", tags: pi })],
    true,
  ],
  [
    "Tencent MySQL: internetService 1",
    () => [resource("tencentcloud:Mysql/instance:Instance", { internetService: 1, tags: pi })],
    true,
  ],
  [
    "Tencent MySQL: internetService 0",
    () => [resource("tencentcloud:Mysql/instance:Instance", { internetService: 0, tags: pi })],
    false,
  ],
  [
    "OBS: public-read acl",
    () => [resource("huaweicloud:Obs/bucket:Bucket", { acl: "public-read", tags: pi })],
    true,
  ],
  [
    "Azure: a Container-public blob container",
    () => [
      resource("azure-native:storage:StorageAccount", { accountName: "kyc", tags: pi }),
      resource("azure-native:storage:BlobContainer", {
        accountName: "kyc",
        publicAccess: "Container",
      }),
    ],
    true,
  ],
  [
    "Azure: a private blob container",
    () => [
      resource("azure-native:storage:StorageAccount", { accountName: "kyc", tags: pi }),
      resource("azure-native:storage:BlobContainer", { accountName: "kyc", publicAccess: "None" }),
    ],
    false,
  ],
  [
    "GCS: allUsers in an IAM binding",
    () => [
      resource("gcp:storage/bucket:Bucket", { name: "kyc", labels: pi }),
      resource("gcp:storage/bucketIAMBinding:BucketIAMBinding", {
        bucket: "kyc",
        role: "roles/storage.objectViewer",
        members: ["allUsers"],
      }),
    ],
    true,
  ],
  [
    "GCS: allUsers under publicAccessPrevention enforced",
    () => [
      resource("gcp:storage/bucket:Bucket", {
        name: "kyc",
        labels: pi,
        publicAccessPrevention: "enforced",
      }),
      resource("gcp:storage/bucketIAMMember:BucketIAMMember", {
        bucket: "kyc",
        role: "roles/storage.objectViewer",
        member: "allUsers",
      }),
    ],
    false,
  ],
];

describe("pi-store-not-public", () => {
  for (const [name, stack, isPublic] of cases)
    it(`${isPublic ? "reports" : "passes"}: ${name}`, () => {
      const findings = exposureFindings(stack());
      if (!isPublic) expect(findings).toEqual([]);
      else {
        expect(findings.map((f) => f.message)).toEqual(["exposure.public"]);
        expect(findings[0]!.dependsOnUnknown).toBe(false);
      }
    });

  describe("security groups guarding a database", () => {
    const sg = (ingress: Record<string, unknown>[] = []) =>
      aws("aws:ec2/securityGroup:SecurityGroup", { name: "db-sg", ingress }, "db-sg");
    const db = (props: Record<string, unknown>, group = sg()) => ({
      ...aws(
        "aws:rds/instance:Instance",
        { engine: "mysql", vpcSecurityGroupIds: [unknown], tags: pi, ...props },
        "users-db",
      ),
      propertyDependencies: { vpcSecurityGroupIds: [group] },
    });
    const world = (port: number, extra = {}) => ({
      protocol: "tcp",
      fromPort: port,
      toPort: port,
      cidrBlocks: ["0.0.0.0/0"],
      ...extra,
    });
    const messages = (stack: ReturnType<typeof aws>[]) =>
      exposureFindings(stack).map((f) => `${f.message} ${renderFinding(f).split(": ")[1] ?? ""}`);

    it("reports an inline rule opening the engine's port to everyone, with the public endpoint", () => {
      const group = sg([world(3306)]);
      const findings = exposureFindings([group, db({ publiclyAccessible: true }, group)]);
      expect(findings.map((f) => f.message)).toEqual(["exposure.public", "exposure.public"]);
      const text = renderFinding(findings[1]!);
      expect(text).toContain("an ingress rule lets 0.0.0.0/0 reach port 3306");
      expect(text).toContain('"db-sg" (AWS security group, aws:ec2/securityGroup:SecurityGroup)');
      expect(text).toContain("limit the rule's source to the addresses of your application");
    });

    it("stays silent on an open group when the database has no public endpoint", () => {
      const group = sg([world(3306)]);
      expect(exposureFindings([group, db({ publiclyAccessible: false }, group)])).toEqual([]);
    });

    it("judges the port: its own, the engine's default, and rules for other ports or protocols", () => {
      const on = (ingress: Record<string, unknown>[], props = {}) => {
        const group = sg(ingress);
        return exposureFindings([group, db({ publiclyAccessible: true, ...props }, group)]).length;
      };
      expect(on([world(5432)], { engine: "postgres" })).toBe(2);
      expect(on([world(5432)])).toBe(1);
      expect(on([world(6000)], { port: 6000 })).toBe(2);
      expect(on([world(0, { protocol: "-1", toPort: 0 })])).toBe(2);
      expect(on([world(3306, { protocol: "udp" })])).toBe(1);
      expect(on([world(3300, { toPort: 3310 })])).toBe(2);
      expect(on([world(3306, { cidrBlocks: ["10.0.0.0/8"] })])).toBe(1);
      expect(on([world(3306, { cidrBlocks: [], ipv6CidrBlocks: ["::/0"] })])).toBe(2);
    });

    it("joins separate SecurityGroupRule and SecurityGroupIngressRule resources to the group", () => {
      const group = sg();
      const rule = (type: string, props: Record<string, unknown>) => ({
        ...aws(type, { securityGroupId: unknown, ...props }),
        propertyDependencies: { securityGroupId: [group] },
      });
      const legacy = rule("aws:ec2/securityGroupRule:SecurityGroupRule", {
        type: "ingress",
        ...world(3306),
      });
      const egress = rule("aws:ec2/securityGroupRule:SecurityGroupRule", {
        type: "egress",
        ...world(3306),
      });
      const modern = rule("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", {
        ipProtocol: "tcp",
        fromPort: 3306,
        toPort: 3306,
        cidrIpv6: "::/0",
      });
      const store = db({ publiclyAccessible: true }, group);
      expect(messages([group, store, legacy, egress, modern])).toHaveLength(3);
      expect(exposureFindings([group, store, egress])).toHaveLength(1);
      const [, viaRule] = exposureFindings([group, store, modern]);
      expect(renderFinding(viaRule!)).toContain("lets ::/0 reach port 3306");
      expect(renderFinding(viaRule!)).toContain("aws:vpc/securityGroupIngressRule");
    });

    it("reports a computed source, port or public switch at the onUnknown level", () => {
      const group = sg([world(3306, { cidrBlocks: [unknown] })]);
      const [, rule] = exposureFindings([group, db({ publiclyAccessible: true }, group)]);
      expect(rule).toMatchObject({ message: "exposure.unknown", dependsOnUnknown: true });
      expect(renderFinding(rule!)).toContain("cidrBlocks[]");
      const open = sg([world(3306)]);
      const [maybe] = exposureFindings([open, db({ publiclyAccessible: unknown }, open)]);
      expect(maybe).toMatchObject({ message: "exposure.unknown", dependsOnUnknown: true });
      expect(renderFinding(maybe!)).toContain("publiclyAccessible");
    });

    it("reports an Aurora cluster whose cluster instance is public, through the cluster's groups", () => {
      const group = sg([world(5432)]);
      const cluster = {
        ...aws(
          "aws:rds/cluster:Cluster",
          {
            engine: "aurora-postgresql",
            clusterIdentifier: "members",
            storageEncrypted: true,
            vpcSecurityGroupIds: [unknown],
            tags: pi,
          },
          "members",
        ),
        propertyDependencies: { vpcSecurityGroupIds: [group] },
      };
      const instance = (publiclyAccessible: unknown) =>
        aws("aws:rds/clusterInstance:ClusterInstance", {
          clusterIdentifier: "members",
          publiclyAccessible,
        });
      const open = exposureFindings([group, cluster, instance(true)]);
      expect(open.map((f) => f.message)).toEqual(["exposure.public", "exposure.public"]);
      expect(renderFinding(open[1]!)).toContain("lets 0.0.0.0/0 reach port 5432");
      expect(exposureFindings([group, cluster, instance(false)])).toEqual([]);
      expect(exposureFindings([group, cluster])).toEqual([]);
      const [, maybe] = exposureFindings([group, cluster, instance(unknown)]);
      expect(maybe).toMatchObject({ message: "exposure.unknown", dependsOnUnknown: true });
    });

    it("reports a public Redshift cluster and its open port 5439", () => {
      const group = sg([world(5439)]);
      const cluster = {
        ...aws("aws:redshift/cluster:Cluster", {
          publiclyAccessible: true,
          vpcSecurityGroupIds: [unknown],
          tags: pi,
        }),
        propertyDependencies: { vpcSecurityGroupIds: [group] },
      };
      expect(exposureFindings([group, cluster]).map((f) => f.message)).toEqual([
        "exposure.public",
        "exposure.public",
      ]);
    });
  });

  it("names the store, the exposure, the resource causing it, the categories, law and fix", () => {
    const [f] = exposureFindings([bucket(), acl("public-read")]);
    const text = renderFinding(f!);
    expect(f!.urn).toBe(bucket().urn);
    expect(text).toContain(
      '"kyc" (AWS S3 bucket, aws:s3/bucketV2:BucketV2) holds personal information',
    );
    expect(text).toContain("identity.resident-id");
    expect(text).toContain('`acl` is "public-read" or "public-read-write" or "authenticated-read"');
    expect(text).toContain("aws:s3/bucketAclV2:BucketAclV2");
    expect(text).toContain("PIPL Art. 51");
    expect(text).toContain('Fix: `acl: "private"`');
    expect(text).toContain("第五十一条");
  });

  it("says S3 blocks public ACLs by default when no Block Public Access resource is in the stack", () => {
    const [alone] = exposureFindings([bucket(), acl("public-read")]);
    expect(renderFinding(alone!)).toContain("Since April 2023 S3 blocks public ACLs and policies");
    const [withBlock] = exposureFindings([
      bucket(),
      acl("public-read"),
      block({ ignorePublicAcls: false }),
    ]);
    expect(renderFinding(withBlock!)).not.toContain("Since April 2023");
  });

  it("reports a computed ACL, policy or block flag at the onUnknown level, naming the field", () => {
    const [a] = exposureFindings([bucket(), acl(unknown)]);
    expect(a).toMatchObject({ message: "exposure.unknown", dependsOnUnknown: true });
    expect(renderFinding(a!)).toContain("depends on acl");
    const [p] = exposureFindings([
      bucket(),
      aws("aws:s3/bucketPolicy:BucketPolicy", { bucket: "kyc", policy: unknown }),
    ]);
    expect(p).toMatchObject({ message: "exposure.unknown", dependsOnUnknown: true });
    const [b] = exposureFindings([
      bucket(),
      acl("public-read"),
      block({ ignorePublicAcls: "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7" }),
    ]);
    expect(b).toMatchObject({ message: "exposure.unknown", dependsOnUnknown: true });
    expect(renderFinding(b!)).toContain("ignorePublicAcls");
  });

  it("reports a computed tag map only when something makes the store public", () => {
    const computed = aws(
      "aws:rds/instance:Instance",
      { publiclyAccessible: true, tags: "dd056dcd-154b-4c76-9bd3-c8f88648b5ff" },
      "db",
    );
    expect(exposureFindings([computed])).toMatchObject([
      { message: "tags.unknown-map", dependsOnUnknown: true },
    ]);
    expect(
      exposureFindings([{ ...computed, props: { ...computed.props, publiclyAccessible: false } }]),
    ).toEqual([]);
  });

  it("honours a configurable tag key", () => {
    const r = aws("aws:rds/instance:Instance", { publiclyAccessible: true, tags: { pi: "phone" } });
    expect(exposureFindings([r])).toEqual([]);
    expect(exposureFindings([r], testContext({ tagKey: "pi" }))).toHaveLength(1);
  });

  it("joins by dependency when names are still computed", () => {
    const b = bucket(pi, { bucket: unknown });
    const a = { ...acl("public-read"), props: { bucket: unknown, acl: "public-read" } };
    const joined = { ...a, dependencies: [b], propertyDependencies: { bucket: [b] } };
    expect(exposureFindings([b, joined]).map((f) => f.message)).toEqual(["exposure.public"]);
  });
});
