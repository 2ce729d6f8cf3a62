/*
 * Pulumi resource types that store, encrypt or copy personal information, keyed by type token.
 *
 * Sources (see shared/domain/pipl.md §5): the `.d.ts`/`.js` of `@pulumi/aws` 7.48.0,
 * `@pulumi/alicloud` 3.108.0, `@pulumi/azure-native` 3.28.0, `@pulumi/gcp`, and the `sdk/nodejs` trees
 * of tencentcloudstack/pulumi-tencentcloud and huaweicloud/pulumi-huaweicloud. Property names are
 * the SDK's camelCase input names, which is what the policy engine receives. Defaults quote the
 * SDK doc comments ("default is `false`"). Deliberate strictness, so a reviewer can disagree in one
 * place: DynamoDB's AWS-owned key (`serverSideEncryption.enabled: false`) is not accepted, because
 * it leaves no key, policy or audit trail in the account to show the Art. 51 measure.
 */
import type { PropertyConditionInput, ResourceTypeSpecInput } from "./resource-type-spec.js";

const on = (path: string): PropertyConditionInput[] => [{ path, equals: [true, "true"] }];
const oneOf = (path: string, values: (string | number)[]): PropertyConditionInput[] => [
  { path, equals: values },
];
const present = (path: string): PropertyConditionInput[] => [{ path }];
/** A KMS key you control: present and not an AWS-managed alias. */
const awsCmk = (path: string): PropertyConditionInput[][] => [
  [{ path, notPrefixedBy: ["alias/aws/"] }],
];
const awsLabel = (en: string, zh: string) => ({ en: `AWS ${en}`, "zh-CN": `AWS ${zh}` });

/** What a key placeholder in a fix stands for, per language. */
const keyNames = {
  arn: { en: "your KMS key ARN", "zh-CN": "自管 KMS 密钥 ARN" },
  id: { en: "your KMS key id", "zh-CN": "自管 KMS 密钥 ID" },
  gcp: { en: "your Cloud KMS key", "zh-CN": "自管 Cloud KMS 密钥" },
} as const;
/** `` `kmsKeyId: <your KMS key ARN>` `` worded per language; `code` holds `{key}` for the placeholder. */
const keyFix = (code: string, key: keyof typeof keyNames, after = { en: "", "zh-CN": "" }) => ({
  en: `\`${code.replace("{key}", `<${keyNames[key].en}>`)}\`${after.en}`,
  "zh-CN": `\`${code.replace("{key}", `<${keyNames[key]["zh-CN"]}>`)}\`${after["zh-CN"]}`,
});
/** Two settings that each fix it: `` `a` or `b` `` / `` `a` 或 `b` ``. */
const either = (a: string, b: string) => ({
  en: `\`${a}\` or \`${b}\``,
  "zh-CN": `\`${a}\` 或 \`${b}\``,
});
/** Two settings needed together: `` `a` with `b` `` / `` `a`，并设置 `b` ``. */
const together = (a: string, b: string) => ({
  en: `\`${a}\` with \`${b}\``,
  "zh-CN": `\`${a}\`，并设置 \`${b}\``,
});

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
const s3Replication = {
  label: { en: "S3 replication rule", "zh-CN": "S3 复制规则" },
  source: "self" as const,
  destination: {
    resourcePath: "replicationConfiguration.rules[].destination.bucket",
    targetKeys: ["arn"],
  },
  fix: {
    en: "replicate only to a bucket in cn-north-1 or cn-northwest-1",
    "zh-CN": "只复制到 cn-north-1 或 cn-northwest-1 的存储桶",
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
  extra: Partial<ResourceTypeSpecInput> = {},
): ResourceTypeSpecInput => ({
  type,
  label: awsLabel(en, zh),
  tagProperties: ["tags", "tagsAll"],
  regionProperty: "region",
  store: {
    encryption: {
      anyOf: anyOf,
      customerManagedKey: awsCmk(cmkPath),
      fix,
      customerManagedKeyFix: keyFix(`${cmkPath}: {key}`, "arn"),
    },
  },
  ...extra,
});

/** Built-in resource types. */
export const resourceTypes: readonly ResourceTypeSpecInput[] = [
  // ---- AWS ----
  s3Bucket("aws:s3/bucket:Bucket"),
  s3Bucket("aws:s3/bucketV2:BucketV2"),
  s3Sse("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration"),
  s3Sse(
    "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
  ),
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
            en: "create the read replica in cn-north-1 or cn-northwest-1",
            "zh-CN": "在 cn-north-1 或 cn-northwest-1 创建只读副本",
          },
        },
      ],
    },
  ),
  awsStore(
    "aws:rds/cluster:Cluster",
    ["RDS cluster", "RDS 集群"],
    [on("storageEncrypted"), oneOf("engineMode", ["serverless"])],
    "kmsKeyId",
    "`storageEncrypted: true`",
  ),
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
          en: "replicate automated backups only to cn-north-1 or cn-northwest-1",
          "zh-CN": "只把自动备份复制到 cn-north-1 或 cn-northwest-1",
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
      replication: [
        {
          label: { en: "DynamoDB global-table replica", "zh-CN": "DynamoDB 全局表副本" },
          source: "self",
          destination: { regionPath: "replicas[].regionName" },
          fix: {
            en: "keep `replicas[].regionName` in cn-north-1 or cn-northwest-1",
            "zh-CN": "`replicas[].regionName` 只用 cn-north-1 或 cn-northwest-1",
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
          en: "create the replica in cn-north-1 or cn-northwest-1",
          "zh-CN": "在 cn-north-1 或 cn-northwest-1 创建副本",
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
  ),
  awsStore(
    "aws:kinesis/stream:Stream",
    ["Kinesis stream", "Kinesis 数据流"],
    [oneOf("encryptionType", ["KMS"])],
    "kmsKeyId",
    together('encryptionType: "KMS"', "kmsKeyId"),
  ),
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
  ),
  awsStore(
    "aws:elasticsearch/domain:Domain",
    ["Elasticsearch domain", "Elasticsearch 域"],
    [on("encryptAtRest.enabled")],
    "encryptAtRest.kmsKeyId",
    "`encryptAtRest: { enabled: true }`",
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
          en: "copy only to a backup vault in cn-north-1 or cn-northwest-1",
          "zh-CN": "只复制到 cn-north-1 或 cn-northwest-1 的备份库",
        },
      },
    ],
  },
  // ---- Alibaba Cloud ----
  {
    type: "alicloud:oss/bucket:Bucket",
    label: { en: "Alibaba Cloud OSS bucket", "zh-CN": "阿里云 OSS 存储桶" },
    store: {
      encryption: {
        anyOf: [oneOf("serverSideEncryptionRule.sseAlgorithm", ["AES256", "KMS", "SM4"])],
        customerManagedKey: [present("serverSideEncryptionRule.kmsMasterKeyId")],
        fix: {
          en: '`serverSideEncryptionRule: { sseAlgorithm: "KMS" }` or an `alicloud.oss.BucketServerSideEncryption`',
          "zh-CN":
            '`serverSideEncryptionRule: { sseAlgorithm: "KMS" }` 或添加 `alicloud.oss.BucketServerSideEncryption`',
        },
        customerManagedKeyFix: keyFix("serverSideEncryptionRule.kmsMasterKeyId: {key}", "id"),
      },
    },
  },
  {
    type: "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption",
    label: { en: "Alibaba Cloud OSS bucket encryption", "zh-CN": "阿里云 OSS 存储桶加密" },
    encryptionAttachment: {
      property: "bucket",
      targets: ["alicloud:oss/bucket:Bucket"],
      targetKeys: ["bucket", "id"],
      encryption: {
        anyOf: [oneOf("sseAlgorithm", ["AES256", "KMS", "SM4"])],
        customerManagedKey: [present("kmsMasterKeyId")],
        fix: '`sseAlgorithm: "KMS"`',
        customerManagedKeyFix: keyFix("kmsMasterKeyId: {key}", "id"),
      },
    },
  },
  {
    type: "alicloud:oss/bucketReplication:BucketReplication",
    label: { en: "Alibaba Cloud OSS replication", "zh-CN": "阿里云 OSS 跨区域复制" },
    replication: [
      {
        label: { en: "OSS cross-region replication", "zh-CN": "OSS 跨区域复制" },
        source: { property: "bucket" },
        destination: { regionPath: "destination.location", stripPrefix: "oss-" },
        fix: {
          en: 'replicate only to a mainland region, e.g. `destination.location: "oss-cn-shanghai"`',
          "zh-CN": '只复制到大陆区域，例如 `destination.location: "oss-cn-shanghai"`',
        },
      },
    ],
  },
  {
    type: "alicloud:rds/instance:Instance",
    label: { en: "Alibaba Cloud RDS instance", "zh-CN": "阿里云 RDS 实例" },
    store: {
      encryption: {
        anyOf: [
          oneOf("tdeStatus", ["Enabled"]),
          [{ path: "encryptionKey", notPrefixedBy: ["disabled"] }],
        ],
        customerManagedKey: [
          [{ path: "encryptionKey", notPrefixedBy: ["ServiceKey", "disabled"] }],
          present("tdeEncryptionKey"),
        ],
        fix: either('tdeStatus: "Enabled"', 'encryptionKey: "ServiceKey"'),
        customerManagedKeyFix: keyFix("encryptionKey: {key}", "id"),
      },
    },
  },
  ...(
    [
      [
        "alicloud:kvstore/instance:Instance",
        "KVStore (Redis/Tair) instance",
        "KVStore（Redis/Tair）实例",
      ],
      ["alicloud:polardb/cluster:Cluster", "PolarDB cluster", "PolarDB 集群"],
    ] as const
  ).map(([type, en, zh]): ResourceTypeSpecInput => ({
    type,
    label: { en: `Alibaba Cloud ${en}`, "zh-CN": `阿里云 ${zh}` },
    store: {
      encryption: {
        anyOf: [oneOf("tdeStatus", ["Enabled"])],
        customerManagedKey: [present("encryptionKey")],
        fix: '`tdeStatus: "Enabled"`',
        customerManagedKeyFix: keyFix("encryptionKey: {key}", "id"),
      },
    },
  })),
  {
    type: "alicloud:mongodb/instance:Instance",
    label: { en: "Alibaba Cloud MongoDB instance", "zh-CN": "阿里云 MongoDB 实例" },
    store: {
      encryption: {
        anyOf: [oneOf("tdeStatus", ["enabled"]), on("encrypted")],
        customerManagedKey: [present("encryptionKey"), present("cloudDiskEncryptionKey")],
        fix: either('tdeStatus: "enabled"', "encrypted: true"),
        customerManagedKeyFix: keyFix("encryptionKey: {key}", "id"),
      },
    },
  },
  ...(["alicloud:ecs/disk:Disk", "alicloud:ecs/ecsDisk:EcsDisk"] as const).map(
    (type): ResourceTypeSpecInput => ({
      type,
      label: { en: "Alibaba Cloud ECS disk", "zh-CN": "阿里云 ECS 云盘" },
      store: {
        encryption: {
          anyOf: [on("encrypted")],
          customerManagedKey: [present("kmsKeyId")],
          fix: "`encrypted: true`",
          customerManagedKeyFix: keyFix("kmsKeyId: {key}", "id"),
        },
      },
    }),
  ),
  {
    type: "alicloud:nas/fileSystem:FileSystem",
    label: { en: "Alibaba Cloud NAS file system", "zh-CN": "阿里云 NAS 文件系统" },
    store: {
      encryption: {
        anyOf: [oneOf("encryptType", [1, 2, "1", "2"])],
        customerManagedKey: [oneOf("encryptType", [2, "2"])],
        fix: {
          en: "`encryptType: 1` (NAS-managed key) or `2` (your KMS key)",
          "zh-CN": "`encryptType: 1`（NAS 托管密钥）或 `2`（自管 KMS 密钥）",
        },
        customerManagedKeyFix: together("encryptType: 2", "kmsKeyId"),
      },
    },
  },
  // ---- Azure Native ----
  {
    type: "azure-native:storage:StorageAccount",
    label: { en: "Azure storage account", "zh-CN": "Azure 存储账户" },
    regionProperty: "location",
    store: {
      encryption: {
        alwaysEncrypted: true,
        customerManagedKey: [
          oneOf("encryption.keySource", ["Microsoft.Keyvault"]),
          present("encryption.keyVaultProperties.keyName"),
        ],
        fix: {
          en: "nothing (Azure Storage always encrypts)",
          "zh-CN": "无需设置（Azure 存储始终加密）",
        },
        customerManagedKeyFix:
          '`encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { … } }`',
      },
    },
  },
  {
    type: "azure-native:sql:Database",
    label: { en: "Azure SQL database", "zh-CN": "Azure SQL 数据库" },
    regionProperty: "location",
    store: {
      encryption: {
        alwaysEncrypted: true,
        fix: {
          en: 'an `azure-native.sql.TransparentDataEncryption` with `state: "Enabled"`',
          "zh-CN": '`azure-native.sql.TransparentDataEncryption`，`state: "Enabled"`',
        },
        customerManagedKeyFix: {
          en: "an `azure-native.sql.EncryptionProtector` with a Key Vault key",
          "zh-CN": "使用 Key Vault 密钥的 `azure-native.sql.EncryptionProtector`",
        },
      },
    },
  },
  {
    type: "azure-native:sql:TransparentDataEncryption",
    label: { en: "Azure SQL transparent data encryption", "zh-CN": "Azure SQL 透明数据加密" },
    encryptionAttachment: {
      property: "databaseName",
      targets: ["azure-native:sql:Database"],
      targetKeys: ["databaseName", "name"],
      encryption: {
        anyOf: [oneOf("state", ["Enabled"])],
        fix: '`state: "Enabled"`',
      },
    },
  },
  // ---- Tencent Cloud ----
  {
    type: "tencentcloud:Cos/bucket:Bucket",
    label: { en: "Tencent Cloud COS bucket", "zh-CN": "腾讯云 COS 存储桶" },
    store: {
      encryption: {
        anyOf: [oneOf("encryptionAlgorithm", ["AES256", "KMS", "SM4"])],
        customerManagedKey: [present("kmsId")],
        fix: {
          en: '`encryptionAlgorithm: "KMS"` (or `"AES256"` / `"SM4"`)',
          "zh-CN": '`encryptionAlgorithm: "KMS"`（或 `"AES256"` / `"SM4"`）',
        },
        customerManagedKeyFix: together('encryptionAlgorithm: "KMS"', "kmsId"),
      },
    },
  },
  {
    type: "tencentcloud:Cbs/storage:Storage",
    label: { en: "Tencent Cloud CBS disk", "zh-CN": "腾讯云 CBS 云硬盘" },
    store: {
      encryption: {
        anyOf: [on("encrypt")],
        customerManagedKey: [present("kmsKeyId")],
        fix: "`encrypt: true`",
        customerManagedKeyFix: keyFix("kmsKeyId: {key}", "id"),
      },
    },
  },
  {
    type: "tencentcloud:Postgresql/instance:Instance",
    label: { en: "Tencent Cloud PostgreSQL instance", "zh-CN": "腾讯云 PostgreSQL 实例" },
    store: {
      encryption: {
        anyOf: [oneOf("needSupportTde", [1, "1"])],
        customerManagedKey: [present("kmsKeyId")],
        fix: "`needSupportTde: 1`",
        customerManagedKeyFix: keyFix("kmsKeyId: {key}", "id"),
      },
    },
  },
  ...(
    [
      [
        "tencentcloud:Mysql/instance:Instance",
        "MySQL instance",
        "MySQL 实例",
        "tencentcloud:Mysql/instanceEncryptionOperation:InstanceEncryptionOperation",
        "instanceId",
        "keyId",
        "tencentcloud.mysql.InstanceEncryptionOperation",
      ],
      [
        "tencentcloud:Mongodb/instance:Instance",
        "MongoDB instance",
        "MongoDB 实例",
        "tencentcloud:Mongodb/instanceTransparentDataEncryption:InstanceTransparentDataEncryption",
        "instanceId",
        "keyId",
        "tencentcloud.mongodb.InstanceTransparentDataEncryption",
      ],
      [
        "tencentcloud:Sqlserver/instance:Instance",
        "SQL Server instance",
        "SQL Server 实例",
        "tencentcloud:Sqlserver/instanceTde:InstanceTde",
        "instanceId",
        "certificateAttribution",
        "tencentcloud.sqlserver.InstanceTde",
      ],
      [
        "tencentcloud:Cynosdb/cluster:Cluster",
        "TDSQL-C (CynosDB) cluster",
        "TDSQL-C（CynosDB）集群",
        "tencentcloud:Cynosdb/clusterTransparentEncrypt:ClusterTransparentEncrypt",
        "clusterId",
        "keyId",
        "tencentcloud.cynosdb.ClusterTransparentEncrypt",
      ],
    ] as const
  ).flatMap(([type, en, zh, tdeType, link, keyProp, tdeClass]): ResourceTypeSpecInput[] => [
    {
      type,
      label: { en: `Tencent Cloud ${en}`, "zh-CN": `腾讯云 ${zh}` },
      store: {
        encryption: {
          fix: {
            en: `a \`${tdeClass}\` for this instance`,
            "zh-CN": `为该实例添加 \`${tdeClass}\``,
          },
          customerManagedKeyFix: {
            en: `a \`${tdeClass}\` with \`keyId: <your KMS key id>\``,
            "zh-CN": `\`${tdeClass}\`，\`keyId: <自管 KMS 密钥 ID>\``,
          },
        },
      },
    },
    {
      type: tdeType,
      label: { en: `Tencent Cloud ${en} TDE`, "zh-CN": `腾讯云 ${zh}透明数据加密` },
      encryptionAttachment: {
        property: link,
        targets: [type],
        targetKeys: ["id", "instanceId", "clusterId"],
        encryption: {
          anyOf: [present(link)],
          customerManagedKey: keyProp === "keyId" ? [present("keyId")] : [],
          fix: { en: `\`${link}\` of the instance`, "zh-CN": `实例的 \`${link}\`` },
          customerManagedKeyFix: keyFix("keyId: {key}", "id"),
        },
      },
    },
  ]),
  // ---- Huawei Cloud ----
  {
    type: "huaweicloud:Obs/bucket:Bucket",
    label: { en: "Huawei Cloud OBS bucket", "zh-CN": "华为云 OBS 桶" },
    regionProperty: "region",
    store: {
      encryption: {
        anyOf: [on("encryption"), present("sseAlgorithm")],
        customerManagedKey: [present("kmsKeyId")],
        fix: together("encryption: true", 'sseAlgorithm: "kms"'),
        customerManagedKeyFix: keyFix("kmsKeyId: {key}", "id"),
      },
    },
  },
  {
    type: "huaweicloud:Evs/volume:Volume",
    label: { en: "Huawei Cloud EVS volume", "zh-CN": "华为云 EVS 云硬盘" },
    regionProperty: "region",
    store: {
      encryption: {
        anyOf: [present("kmsId")],
        customerManagedKey: [present("kmsId")],
        fix: {
          en: "`kmsId: <KMS key id>` (setting it encrypts the volume)",
          "zh-CN": "`kmsId: <KMS 密钥 ID>`（设置即加密云硬盘）",
        },
      },
    },
  },
  {
    type: "huaweicloud:Rds/instance:Instance",
    label: { en: "Huawei Cloud RDS instance", "zh-CN": "华为云 RDS 实例" },
    regionProperty: "region",
    store: {
      encryption: {
        anyOf: [present("volume.diskEncryptionId")],
        customerManagedKey: [present("volume.diskEncryptionId")],
        fix: keyFix("volume: { diskEncryptionId: {key} }", "id"),
      },
    },
  },
  // ---- Google Cloud (no mainland region: residency always fails for tagged PI) ----
  {
    type: "gcp:storage/bucket:Bucket",
    label: { en: "Google Cloud Storage bucket", "zh-CN": "Google Cloud Storage 存储桶" },
    tagProperties: ["labels"],
    regionProperty: "location",
    store: {
      encryption: {
        alwaysEncrypted: true,
        customerManagedKey: [present("encryption.defaultKmsKeyName")],
        fix: { en: "nothing (always encrypted)", "zh-CN": "无需设置（始终加密）" },
        customerManagedKeyFix: keyFix("encryption: { defaultKmsKeyName: {key} }", "gcp"),
      },
    },
  },
  {
    type: "gcp:sql/databaseInstance:DatabaseInstance",
    label: { en: "Google Cloud SQL instance", "zh-CN": "Google Cloud SQL 实例" },
    tagProperties: ["settings.userLabels"],
    regionProperty: "region",
    store: {
      encryption: {
        alwaysEncrypted: true,
        customerManagedKey: [present("encryptionKeyName")],
        fix: { en: "nothing (always encrypted)", "zh-CN": "无需设置（始终加密）" },
        customerManagedKeyFix: keyFix("encryptionKeyName: {key}", "gcp"),
      },
    },
  },
];
