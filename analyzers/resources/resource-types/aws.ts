/*
 * AWS resource types that store, encrypt or copy personal information.
 *
 * Source (see shared/domain/pipl.md §5): the `.d.ts`/`.js` of `@pulumi/aws` 7.48.0. Provider
 * default encryption (`alwaysEncrypted`): S3 applies SSE-S3 to every new object since 5 January 2023
 * (China regions included; "Amazon S3 now automatically encrypts all new objects", AWS What's New);
 * DynamoDB encrypts every table at rest with an AWS-owned key unless another is chosen; CloudWatch
 * Logs encrypts every log group. For those, only a customer-managed key can be asked
 * (`defaultEncryptionSuffices`, by default for sensitive PI).
 */
import { mainlandRegionList } from "../../regions/mainland-region-list.js";
import type { PropertyConditionInput, ResourceTypeSpecInput } from "../resource-type-spec.js";
import { either, keyFix, together } from "./fix-wording.js";
import { publicAcl, publicPolicy, publicSwitch } from "./exposure-checks.js";
import { on, oneOf, present } from "./property-conditions.js";

/** The mainland regions a copy may go to, as fix messages list them. */
const mainland = {
  en: mainlandRegionList("aws", "en"),
  "zh-CN": mainlandRegionList("aws", "zh-CN"),
};

/** A KMS key you control: present and not an AWS-managed alias. */
const awsCmk = (path: string): PropertyConditionInput[][] => [
  [{ path, notPrefixedBy: ["alias/aws/"] }],
];
const awsLabel = (en: string, zh: string) => ({ en: `AWS ${en}`, "zh-CN": `AWS ${zh}` });

const s3Inline = [
  oneOf("serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault.sseAlgorithm", [
    "AES256",
    "aws:kms",
    "aws:kms:dsse",
  ]),
  oneOf(
    "serverSideEncryptionConfigurations[].rules[].applyServerSideEncryptionByDefaults[].sseAlgorithm",
    ["AES256", "aws:kms", "aws:kms:dsse"],
  ),
];
/** Canned ACLs that let anyone (or any AWS account) read the bucket. */
const s3PublicAcls = ["public-read", "public-read-write", "authenticated-read"];
const s3BucketTypes = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
/** ACL grants to these groups make a bucket public. */
const s3PublicGrantees = [
  "http://acs.amazonaws.com/groups/global/AllUsers",
  "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
];
const s3Acl = (type: string): ResourceTypeSpecInput => ({
  type,
  label: awsLabel("S3 bucket ACL", "S3 存储桶 ACL"),
  regionProperty: "region",
  exposureAttachment: {
    property: "bucket",
    targets: s3BucketTypes,
    targetKeys: ["bucket", "id"],
    exposure: [
      publicAcl("acl", s3PublicAcls, '`acl: "private"`'),
      {
        label: {
          en: "`accessControlPolicy.grants` grant AllUsers or AuthenticatedUsers",
          "zh-CN": "`accessControlPolicy.grants` 授权给 AllUsers 或 AuthenticatedUsers",
        },
        kind: "acl",
        anyOf: [[{ path: "accessControlPolicy.grants[].grantee.uri", equals: s3PublicGrantees }]],
        fix: { en: "grants to named accounts only", "zh-CN": "只授权给指定的账号" },
      },
    ],
  },
});
const rdsPublic = publicSwitch(
  "publiclyAccessible",
  "`publiclyAccessible: true` (a public endpoint)",
  "`publiclyAccessible: true`（公网端点）",
);
/**
 * An OpenSearch or Elasticsearch domain's access policy open to everyone, on a public endpoint: a
 * domain placed in a VPC (`vpcOptions.subnetIds`) is reachable only from inside it.
 */
const domainPolicyOutsideVpc = ((check) => ({
  ...check,
  label: {
    en: `${check.label.en}, on a public endpoint (no \`vpcOptions\`)`,
    "zh-CN": `${check.label["zh-CN"]}，且为公网端点（未设置 \`vpcOptions\`）`,
  },
  anyOf: check.anyOf.map((group) => [
    ...group,
    { path: "vpcOptions.subnetIds", absent: true as const },
  ]),
}))(
  publicPolicy(
    "accessPolicies",
    "an access policy naming the principals who need access, or `vpcOptions` placing the domain in a VPC",
  ),
);
const s3Replication = {
  label: { en: "S3 replication rule", "zh-CN": "S3 复制规则" },
  source: "self" as const,
  destination: {
    resourcePath: "replicationConfiguration.rules[].destination.bucket",
    targetKeys: ["arn"],
  },
  fix: {
    en: `replicate only to a bucket in ${mainland.en}`,
    "zh-CN": `只复制到 ${mainland["zh-CN"]} 的存储桶`,
  },
};
const s3Bucket = (type: string): ResourceTypeSpecInput => ({
  type,
  label: awsLabel("S3 bucket", "S3 存储桶"),
  tagProperties: ["tags", "tagsAll"],
  regionProperty: "region",
  store: {
    encryption: {
      anyOf: s3Inline,
      alwaysEncrypted: true,
      defaultEncryption: {
        en: "SSE-S3 (AES-256, keys Amazon S3 manages), applied to every new object since January 2023",
        "zh-CN": "SSE-S3（AES-256，密钥由 Amazon S3 管理），自 2023 年 1 月起默认用于所有新对象",
      },
      customerManagedKey: [
        present(
          "serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault.kmsMasterKeyId",
        ),
        present(
          "serverSideEncryptionConfigurations[].rules[].applyServerSideEncryptionByDefaults[].kmsMasterKeyId",
        ),
      ],
      fix: {
        en: 'an `aws.s3.BucketServerSideEncryptionConfiguration` for this bucket with `sseAlgorithm: "aws:kms"`',
        "zh-CN":
          '为该存储桶添加 `aws.s3.BucketServerSideEncryptionConfiguration`，`sseAlgorithm: "aws:kms"`',
      },
      customerManagedKeyFix: keyFix("kmsMasterKeyId: {key}", "arn", {
        en: " in the encryption rule",
        "zh-CN": "（加密规则中）",
      }),
    },
  },
  replication: [s3Replication],
  exposure: [
    publicAcl("acl", s3PublicAcls, '`acl: "private"`'),
    publicPolicy("policy", "a bucket policy that names the principals who need access"),
  ],
  retention: {
    sources: [{ path: "lifecycleRules[]", daysPath: "expiration.days", enabledPath: "enabled" }],
    fix: {
      en: "an `aws.s3.BucketLifecycleConfiguration` for this bucket with a rule `expiration: { days }`",
      "zh-CN":
        "为该存储桶添加 `aws.s3.BucketLifecycleConfiguration`，规则中设置 `expiration: { days }`",
    },
  },
  publicAccessBlockedByDefault: {
    en: "Since April 2023 S3 blocks public ACLs and policies on new buckets, so this exposure also needs Block Public Access turned off; nothing in the stack keeps it on (no `aws.s3.BucketPublicAccessBlock` for the bucket).",
    "zh-CN":
      "自 2023 年 4 月起 S3 默认对新存储桶阻止公共 ACL 和策略，此暴露还需关闭“阻止公共访问”；栈中没有保持其开启的 `aws.s3.BucketPublicAccessBlock`。",
  },
});
const s3Sse = (type: string): ResourceTypeSpecInput => ({
  type,
  label: awsLabel("S3 server-side encryption configuration", "S3 服务端加密配置"),
  regionProperty: "region",
  encryptionAttachment: {
    property: "bucket",
    targets: ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"],
    targetKeys: ["bucket", "id"],
    encryption: {
      anyOf: [
        oneOf("rules[].applyServerSideEncryptionByDefault.sseAlgorithm", [
          "AES256",
          "aws:kms",
          "aws:kms:dsse",
        ]),
      ],
      customerManagedKey: [present("rules[].applyServerSideEncryptionByDefault.kmsMasterKeyId")],
      fix: '`rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }]`',
      customerManagedKeyFix: keyFix(
        "applyServerSideEncryptionByDefault.kmsMasterKeyId: {key}",
        "arn",
      ),
    },
  },
});
const awsStore = (
  type: string,
  [en, zh]: [string, string],
  anyOf: PropertyConditionInput[][],
  cmkPath: string,
  fix: string | { en: string; "zh-CN": string },
  {
    alwaysEncrypted,
    ...extra
  }: Partial<ResourceTypeSpecInput> & {
    /** The provider's default encryption, when it always encrypts. */
    alwaysEncrypted?: { en: string; "zh-CN": string };
  } = {},
): ResourceTypeSpecInput => ({
  type,
  label: awsLabel(en, zh),
  tagProperties: ["tags", "tagsAll"],
  regionProperty: "region",
  store: {
    encryption: {
      anyOf: anyOf,
      ...(alwaysEncrypted ? { alwaysEncrypted: true, defaultEncryption: alwaysEncrypted } : {}),
      customerManagedKey: awsCmk(cmkPath),
      fix,
      customerManagedKeyFix: keyFix(`${cmkPath}: {key}`, "arn"),
    },
  },
  ...extra,
});

const securityGroup = "aws:ec2/securityGroup:SecurityGroup";
const everyProtocol = ["-1", "all"];
/** The fields of an EC2 ingress rule, inline in a security group or a `SecurityGroupRule`. */
const ec2RuleFields = {
  fromPort: "fromPort",
  toPort: "toPort",
  protocol: "protocol",
  allProtocols: everyProtocol,
  sources: ["cidrBlocks[]", "ipv6CidrBlocks[]"],
};
/**
 * A database reached through security groups, public only with a public endpoint: its own switch
 * (`publicProperty`), or, without one, a resource that exposes it (Aurora's cluster instances).
 */
const databaseFirewall = (
  port: { path: string; enginePath?: string; byEngine?: Record<string, number>; default?: number },
  publicProperty?: string,
) => ({
  groupsProperty: "vpcSecurityGroupIds",
  groupTypes: [securityGroup],
  groupKeys: ["id"],
  port,
  ...(publicProperty
    ? { publicWhen: [[{ path: publicProperty, equals: [true, "true"] }]] }
    : { publicThroughExposers: true }),
});
/** Default ports of RDS engines, by engine name prefix (`aurora-postgresql` before `aurora`). */
const rdsEnginePorts = {
  mysql: 3306,
  mariadb: 3306,
  "aurora-mysql": 3306,
  aurora: 3306,
  postgres: 5432,
  "aurora-postgresql": 5432,
  oracle: 1521,
  sqlserver: 1433,
  db2: 50000,
};

/** Built-in AWS resource types. */
export const awsResourceTypes: readonly ResourceTypeSpecInput[] = [
  s3Bucket("aws:s3/bucket:Bucket"),
  s3Bucket("aws:s3/bucketV2:BucketV2"),
  s3Sse("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration"),
  s3Sse(
    "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
  ),
  ...(
    [
      ["aws:opensearch/domainPolicy:DomainPolicy", "aws:opensearch/domain:Domain", "OpenSearch"],
      [
        "aws:elasticsearch/domainPolicy:DomainPolicy",
        "aws:elasticsearch/domain:Domain",
        "Elasticsearch",
      ],
    ] as const
  ).map(([type, target, name]): ResourceTypeSpecInput => ({
    type,
    label: awsLabel(`${name} domain policy`, `${name} 域访问策略`),
    regionProperty: "region",
    exposureAttachment: {
      property: "domainName",
      targets: [target],
      targetKeys: ["domainName"],
      exposure: [
        publicPolicy("accessPolicies", "an access policy naming the principals who need access"),
      ],
    },
  })),
  ...[
    "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
    "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2",
  ].map((type): ResourceTypeSpecInput => ({
    type,
    label: awsLabel("S3 lifecycle configuration", "S3 生命周期配置"),
    regionProperty: "region",
    retentionAttachment: {
      property: "bucket",
      targets: s3BucketTypes,
      targetKeys: ["bucket", "id"],
      sources: [{ path: "rules[]", daysPath: "expiration.days", enabledPath: "status" }],
    },
  })),
  s3Acl("aws:s3/bucketAcl:BucketAcl"),
  s3Acl("aws:s3/bucketAclV2:BucketAclV2"),
  {
    type: "aws:s3/bucketPolicy:BucketPolicy",
    label: awsLabel("S3 bucket policy", "S3 存储桶策略"),
    regionProperty: "region",
    exposureAttachment: {
      property: "bucket",
      targets: s3BucketTypes,
      targetKeys: ["bucket", "id"],
      exposure: [
        publicPolicy(
          "policy",
          "name the principals who need access, or add a limiting `Condition`",
        ),
      ],
    },
  },
  {
    type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    label: awsLabel("S3 Block Public Access", "S3 阻止公共访问"),
    regionProperty: "region",
    publicAccessBlock: {
      property: "bucket",
      targets: s3BucketTypes,
      targetKeys: ["bucket", "id"],
      blocks: {
        acl: [on("ignorePublicAcls"), on("blockPublicAcls")],
        policy: [on("restrictPublicBuckets"), on("blockPublicPolicy")],
      },
    },
  },
  {
    type: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
    label: awsLabel("account-level S3 Block Public Access", "账户级 S3 阻止公共访问"),
    tagProperties: [],
    publicAccessBlock: {
      targets: s3BucketTypes,
      blocks: {
        acl: [on("ignorePublicAcls"), on("blockPublicAcls")],
        policy: [on("restrictPublicBuckets"), on("blockPublicPolicy")],
      },
    },
  },
  ...["aws:s3/bucketReplicationConfig:BucketReplicationConfig"].map(
    (type): ResourceTypeSpecInput => ({
      type,
      label: awsLabel("S3 replication configuration", "S3 复制配置"),
      regionProperty: "region",
      replication: [
        {
          ...s3Replication,
          source: { property: "bucket" },
          destination: { resourcePath: "rules[].destination.bucket", targetKeys: ["arn"] },
        },
      ],
    }),
  ),
  awsStore(
    "aws:rds/instance:Instance",
    ["RDS instance", "RDS 实例"],
    [on("storageEncrypted")],
    "kmsKeyId",
    "`storageEncrypted: true`",
    {
      replication: [
        {
          label: { en: "RDS read replica", "zh-CN": "RDS 只读副本" },
          source: { property: "replicateSourceDb" },
          destination: "self",
          when: "replicateSourceDb",
          fix: {
            en: `create the read replica in ${mainland.en}`,
            "zh-CN": `在 ${mainland["zh-CN"]} 创建只读副本`,
          },
        },
      ],
      exposure: [rdsPublic],
      firewall: databaseFirewall(
        { path: "port", enginePath: "engine", byEngine: rdsEnginePorts },
        "publiclyAccessible",
      ),
    },
  ),
  awsStore(
    "aws:rds/cluster:Cluster",
    ["RDS cluster", "RDS 集群"],
    [on("storageEncrypted"), oneOf("engineMode", ["serverless"])],
    "kmsKeyId",
    "`storageEncrypted: true`",
    {
      firewall: databaseFirewall({ path: "port", enginePath: "engine", byEngine: rdsEnginePorts }),
    },
  ),
  {
    type: "aws:rds/clusterInstance:ClusterInstance",
    label: awsLabel("RDS cluster instance", "RDS 集群实例"),
    tagProperties: ["tags", "tagsAll"],
    regionProperty: "region",
    exposureAttachment: {
      property: "clusterIdentifier",
      targets: ["aws:rds/cluster:Cluster"],
      targetKeys: ["clusterIdentifier", "id"],
      exposure: [rdsPublic],
    },
  },
  {
    type: "aws:rds/snapshot:Snapshot",
    label: awsLabel("RDS snapshot", "RDS 快照"),
    tagProperties: ["tags", "tagsAll"],
    regionProperty: "region",
    exposureAttachment: {
      property: "dbInstanceIdentifier",
      targets: ["aws:rds/instance:Instance"],
      targetKeys: ["identifier", "id"],
      exposure: [
        {
          label: {
            en: 'a snapshot shared with `sharedAccounts: ["all"]` (any AWS account can restore it)',
            "zh-CN": '以 `sharedAccounts: ["all"]` 共享的快照（任何 AWS 账号都可恢复）',
          },
          kind: "sharing",
          anyOf: [[{ path: "sharedAccounts[]", equals: ["all"] }]],
          fix: {
            en: "`sharedAccounts` listing the account ids that need it",
            "zh-CN": "`sharedAccounts` 只列出需要它的账号 ID",
          },
        },
      ],
    },
  },
  awsStore(
    "aws:rds/globalCluster:GlobalCluster",
    ["RDS global cluster", "RDS 全局集群"],
    [on("storageEncrypted")],
    "kmsKeyId",
    "`storageEncrypted: true`",
  ),
  {
    type: "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
    label: awsLabel("RDS automated-backup replication", "RDS 自动备份复制"),
    regionProperty: "region",
    replication: [
      {
        label: { en: "RDS automated-backup replication", "zh-CN": "RDS 自动备份复制" },
        source: { property: "sourceDbInstanceArn" },
        destination: "self",
        fix: {
          en: `replicate automated backups only to ${mainland.en}`,
          "zh-CN": `只把自动备份复制到 ${mainland["zh-CN"]}`,
        },
      },
    ],
  },
  awsStore(
    "aws:dynamodb/table:Table",
    ["DynamoDB table", "DynamoDB 表"],
    [on("serverSideEncryption.enabled")],
    "serverSideEncryption.kmsKeyArn",
    "`serverSideEncryption: { enabled: true }`",
    {
      alwaysEncrypted: {
        en: "an AWS-owned key (DynamoDB encrypts every table at rest)",
        "zh-CN": "AWS 自有密钥（DynamoDB 对所有表静态加密）",
      },
      // Without TTL a table keeps every item until the application deletes it.
      retention: {
        sources: [{ path: "ttl.enabled", lengthUnknown: true }],
        fix: {
          en: '`ttl: { attributeName: "expiresAt", enabled: true }` (items expire at that time)',
          "zh-CN": '`ttl: { attributeName: "expiresAt", enabled: true }`（条目到该时间即过期）',
        },
      },
      replication: [
        {
          label: { en: "DynamoDB global-table replica", "zh-CN": "DynamoDB 全局表副本" },
          source: "self",
          destination: { regionPath: "replicas[].regionName" },
          fix: {
            en: `keep \`replicas[].regionName\` in ${mainland.en}`,
            "zh-CN": `\`replicas[].regionName\` 只用 ${mainland["zh-CN"]}`,
          },
        },
      ],
    },
  ),
  {
    type: "aws:dynamodb/tableReplica:TableReplica",
    label: awsLabel("DynamoDB table replica", "DynamoDB 表副本"),
    tagProperties: ["tags", "tagsAll"],
    regionProperty: "region",
    replication: [
      {
        label: { en: "DynamoDB global-table replica", "zh-CN": "DynamoDB 全局表副本" },
        source: { property: "globalTableArn" },
        destination: "self",
        fix: {
          en: `create the replica in ${mainland.en}`,
          "zh-CN": `在 ${mainland["zh-CN"]} 创建副本`,
        },
      },
    ],
  },
  awsStore(
    "aws:ebs/volume:Volume",
    ["EBS volume", "EBS 卷"],
    [on("encrypted")],
    "kmsKeyId",
    "`encrypted: true`",
  ),
  awsStore(
    "aws:efs/fileSystem:FileSystem",
    ["EFS file system", "EFS 文件系统"],
    [on("encrypted")],
    "kmsKeyId",
    "`encrypted: true`",
  ),
  awsStore(
    "aws:elasticache/replicationGroup:ReplicationGroup",
    ["ElastiCache replication group", "ElastiCache 复制组"],
    [
      on("atRestEncryptionEnabled"),
      [
        { path: "engine", equals: ["valkey"] },
        { path: "atRestEncryptionEnabled", equals: [true, "true"], whenAbsent: "pass" },
      ],
    ],
    "kmsKeyId",
    "`atRestEncryptionEnabled: true`",
  ),
  {
    type: "aws:elasticache/serverlessCache:ServerlessCache",
    label: awsLabel("ElastiCache serverless cache", "ElastiCache 无服务器缓存"),
    tagProperties: ["tags", "tagsAll"],
    regionProperty: "region",
    store: {
      encryption: {
        alwaysEncrypted: true,
        customerManagedKey: awsCmk("kmsKeyId"),
        fix: { en: "nothing (always encrypted)", "zh-CN": "无需设置（始终加密）" },
        customerManagedKeyFix: keyFix("kmsKeyId: {key}", "arn"),
      },
    },
  },
  awsStore(
    "aws:redshift/cluster:Cluster",
    ["Redshift cluster", "Redshift 集群"],
    [[{ path: "encrypted", equals: [true, "true"], whenAbsent: "pass" }]],
    "kmsKeyId",
    '`encrypted: "true"`',
    {
      exposure: [rdsPublic],
      firewall: databaseFirewall({ path: "port", default: 5439 }, "publiclyAccessible"),
    },
  ),
  {
    type: securityGroup,
    label: awsLabel("security group", "安全组"),
    tagProperties: ["tags", "tagsAll"],
    regionProperty: "region",
    firewallGroup: {
      inlineRules: "ingress",
      rule: ec2RuleFields,
    },
  },
  {
    type: "aws:ec2/securityGroupRule:SecurityGroupRule",
    label: awsLabel("security group rule", "安全组规则"),
    tagProperties: [],
    regionProperty: "region",
    firewallRule: {
      property: "securityGroupId",
      targets: [securityGroup],
      targetKeys: ["id"],
      when: [[{ path: "type", equals: ["ingress"] }]],
      rule: ec2RuleFields,
    },
  },
  {
    type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
    label: awsLabel("security group ingress rule", "安全组入站规则"),
    tagProperties: ["tags", "tagsAll"],
    regionProperty: "region",
    firewallRule: {
      property: "securityGroupId",
      targets: [securityGroup],
      targetKeys: ["id"],
      rule: {
        fromPort: "fromPort",
        toPort: "toPort",
        protocol: "ipProtocol",
        allProtocols: everyProtocol,
        sources: ["cidrIpv4", "cidrIpv6"],
      },
    },
  },
  awsStore(
    "aws:kinesis/stream:Stream",
    ["Kinesis stream", "Kinesis 数据流"],
    [oneOf("encryptionType", ["KMS"])],
    "kmsKeyId",
    together('encryptionType: "KMS"', "kmsKeyId"),
    {
      // `retentionPeriod` is in hours; the service default is 24.
      retention: {
        sources: [{ path: "retentionPeriod", unit: "hours" }],
        defaultDays: 1,
        fix: "`retentionPeriod: <hours>`",
      },
    },
  ),
  {
    type: "aws:cloudwatch/logGroup:LogGroup",
    label: awsLabel("CloudWatch log group", "CloudWatch 日志组"),
    tagProperties: ["tags", "tagsAll"],
    regionProperty: "region",
    store: {
      encryption: {
        // CloudWatch Logs encrypts every log group; `kmsKeyId` makes the key yours.
        alwaysEncrypted: true,
        defaultEncryption: {
          en: "CloudWatch Logs server-side encryption (every log group)",
          "zh-CN": "CloudWatch Logs 服务端加密（所有日志组）",
        },
        customerManagedKey: awsCmk("kmsKeyId"),
        fix: { en: "nothing (always encrypted)", "zh-CN": "无需设置（始终加密）" },
        customerManagedKeyFix: keyFix("kmsKeyId: {key}", "arn"),
      },
    },
    // `retentionInDays` unset or 0: never expire.
    retention: {
      sources: [{ path: "retentionInDays", zeroMeansForever: true }],
      fix: {
        en: "set `retentionInDays` to the period your purpose needs",
        "zh-CN": "将 `retentionInDays` 设为处理目的所需的期限",
      },
    },
  },
  awsStore(
    "aws:sqs/queue:Queue",
    ["SQS queue", "SQS 队列"],
    [on("sqsManagedSseEnabled"), present("kmsMasterKeyId")],
    "kmsMasterKeyId",
    either("sqsManagedSseEnabled: true", "kmsMasterKeyId"),
  ),
  awsStore(
    "aws:sns/topic:Topic",
    ["SNS topic", "SNS 主题"],
    [present("kmsMasterKeyId")],
    "kmsMasterKeyId",
    keyFix("kmsMasterKeyId: {key}", "arn"),
  ),
  awsStore(
    "aws:opensearch/domain:Domain",
    ["OpenSearch domain", "OpenSearch 域"],
    [on("encryptAtRest.enabled")],
    "encryptAtRest.kmsKeyId",
    "`encryptAtRest: { enabled: true }`",
    { exposure: [domainPolicyOutsideVpc] },
  ),
  awsStore(
    "aws:elasticsearch/domain:Domain",
    ["Elasticsearch domain", "Elasticsearch 域"],
    [on("encryptAtRest.enabled")],
    "encryptAtRest.kmsKeyId",
    "`encryptAtRest: { enabled: true }`",
    { exposure: [domainPolicyOutsideVpc] },
  ),
  awsStore(
    "aws:docdb/cluster:Cluster",
    ["DocumentDB cluster", "DocumentDB 集群"],
    [on("storageEncrypted")],
    "kmsKeyId",
    "`storageEncrypted: true`",
  ),
  awsStore(
    "aws:neptune/cluster:Cluster",
    ["Neptune cluster", "Neptune 集群"],
    [on("storageEncrypted")],
    "kmsKeyArn",
    "`storageEncrypted: true`",
  ),
  {
    type: "aws:backup/vault:Vault",
    label: awsLabel("Backup vault", "Backup 备份库"),
    tagProperties: ["tags", "tagsAll"],
    regionProperty: "region",
    store: {
      encryption: {
        alwaysEncrypted: true,
        customerManagedKey: awsCmk("kmsKeyArn"),
        fix: { en: "nothing (always encrypted)", "zh-CN": "无需设置（始终加密）" },
        customerManagedKeyFix: keyFix("kmsKeyArn: {key}", "arn"),
      },
    },
  },
  {
    type: "aws:backup/plan:Plan",
    label: awsLabel("Backup plan", "Backup 备份计划"),
    tagProperties: ["tags", "tagsAll"],
    regionProperty: "region",
    replication: [
      {
        label: { en: "AWS Backup copy action", "zh-CN": "AWS Backup 复制操作" },
        source: "self",
        sourceVia: {
          type: "aws:backup/selection:Selection",
          linkProperty: "planId",
          sourcesProperty: "resources",
        },
        destination: {
          resourcePath: "rules[].copyActions[].destinationVaultArn",
          targetKeys: ["arn"],
        },
        fix: {
          en: `copy only to a backup vault in ${mainland.en}`,
          "zh-CN": `只复制到 ${mainland["zh-CN"]} 的备份库`,
        },
      },
    ],
  },
];
