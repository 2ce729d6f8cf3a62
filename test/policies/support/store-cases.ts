import type { AnalyzedResource } from "../../../analyzers/resources/analyzed-resource.js";
import { awsCn, resource } from "./evaluate.js";

/**
 * One "happy path" stack per store type and one broken property per case, written out by hand from
 * the provider SDK docs (not generated from the spec table, so a wrong table entry fails a test).
 */
export interface StoreCase {
  type: string;
  happy: () => AnalyzedResource[];
  broken: { name: string; stack: () => AnalyzedResource[]; field: string; message?: string }[];
}

const pi = { pipl: "resident-id" };
/** A customer-managed KMS key (sensitive PI in a store the provider encrypts by default needs one). */
const cmk = "arn:aws-cn:kms:cn-north-1:111122223333:key/k";
const withTags = (props: Record<string, unknown>, key = "tags") => ({ [key]: pi, ...props });
const single = (type: string, props: Record<string, unknown>, key = "tags") =>
  resource(type, withTags(props, key), { provider: awsCn });

function inline(
  type: string,
  happy: Record<string, unknown>,
  broken: [string, Record<string, unknown>, string][],
  key = "tags",
): StoreCase {
  return {
    type,
    happy: () => [single(type, happy, key)],
    broken: broken.map(([name, props, field]) => ({
      name,
      stack: () => [single(type, props, key)],
      field,
    })),
  };
}

function attached(
  storeType: string,
  storeProps: Record<string, unknown>,
  attachmentType: string,
  link: string,
  good: Record<string, unknown>,
  bad: Record<string, unknown>,
  field: string,
): StoreCase {
  const stack = (attachment: Record<string, unknown> | undefined) => () => {
    const store = single(storeType, storeProps);
    if (!attachment) return [store];
    const a = resource(attachmentType, { [link]: "target-1", ...attachment }, { provider: awsCn });
    a.propertyDependencies = { [link]: [store] };
    a.dependencies = [store];
    return [store, a];
  };
  return {
    type: storeType,
    happy: stack(good),
    broken: [
      {
        name: `${attachmentType} with a broken setting`,
        stack: stack(bad),
        field,
        message: "encryption.disabled-by",
      },
      { name: "no encryption resource", stack: stack(undefined), field: attachmentType },
    ],
  };
}

/**
 * S3 encrypts every bucket by default (SSE-S3): without an encryption resource the resident IDs of
 * these cases are reported only for lacking the customer-managed key sensitive PI needs.
 */
function encryptedByDefault(c: StoreCase, field: string): StoreCase {
  return {
    ...c,
    broken: c.broken.map((b) =>
      b.name === "no encryption resource"
        ? { ...b, name: "the default key only", field, message: "encryption.default-key-only" }
        : b,
    ),
  };
}

/** Azure SQL has TDE on by default, so only a TDE resource that turns it off is a violation. */
function onlyFirstBroken(c: StoreCase): StoreCase {
  return { ...c, broken: c.broken.slice(0, 1) };
}

export const storeCases: StoreCase[] = [
  encryptedByDefault(
    attached(
      "aws:s3/bucket:Bucket",
      { bucket: "target-1" },
      "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
      "bucket",
      {
        rules: [
          { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: cmk } },
        ],
      },
      { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "none" } }] },
      "sseAlgorithm",
    ),
    "SSE-S3",
  ),
  encryptedByDefault(
    attached(
      "aws:s3/bucketV2:BucketV2",
      { bucket: "target-1" },
      "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
      "bucket",
      {
        rules: [
          { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: cmk } },
        ],
      },
      { rules: [] },
      "sseAlgorithm",
    ),
    "SSE-S3",
  ),
  inline("aws:rds/instance:Instance", { storageEncrypted: true }, [
    ["storageEncrypted false", { storageEncrypted: false }, "storageEncrypted"],
  ]),
  inline("aws:rds/cluster:Cluster", { storageEncrypted: true }, [
    ["storageEncrypted unset", {}, "storageEncrypted"],
  ]),
  inline("aws:rds/globalCluster:GlobalCluster", { storageEncrypted: true }, [
    ["storageEncrypted false", { storageEncrypted: false }, "storageEncrypted"],
  ]),
  {
    ...inline(
      "aws:dynamodb/table:Table",
      { serverSideEncryption: { enabled: true, kmsKeyArn: cmk } },
      [["AWS-owned key only", { serverSideEncryption: { enabled: false } }, "AWS-owned key"]],
    ),
    broken: [
      {
        name: "AWS-owned key only",
        stack: () => [
          single("aws:dynamodb/table:Table", { serverSideEncryption: { enabled: false } }),
        ],
        field: "AWS-owned key",
        message: "encryption.default-key-only",
      },
    ],
  },
  inline("aws:ebs/volume:Volume", { encrypted: true }, [
    ["encrypted false", { encrypted: false }, "encrypted"],
  ]),
  inline("aws:efs/fileSystem:FileSystem", { encrypted: true }, [
    ["encrypted unset", {}, "encrypted"],
  ]),
  inline(
    "aws:elasticache/replicationGroup:ReplicationGroup",
    { atRestEncryptionEnabled: true, engine: "redis" },
    [["redis without at-rest encryption", { engine: "redis" }, "atRestEncryptionEnabled"]],
  ),
  inline("aws:redshift/cluster:Cluster", {}, [
    ['encrypted "false"', { encrypted: "false" }, "encrypted"],
  ]),
  inline("aws:kinesis/stream:Stream", { encryptionType: "KMS", kmsKeyId: "alias/aws/kinesis" }, [
    ["encryptionType NONE", { encryptionType: "NONE" }, "encryptionType"],
  ]),
  inline("aws:sqs/queue:Queue", { sqsManagedSseEnabled: true }, [
    ["SSE disabled", { sqsManagedSseEnabled: false }, "sqsManagedSseEnabled"],
  ]),
  inline("aws:sns/topic:Topic", { kmsMasterKeyId: "alias/aws/sns" }, [
    ["no KMS key", {}, "kmsMasterKeyId"],
  ]),
  inline("aws:opensearch/domain:Domain", { encryptAtRest: { enabled: true } }, [
    ["encryptAtRest disabled", { encryptAtRest: { enabled: false } }, "encryptAtRest"],
  ]),
  inline("aws:elasticsearch/domain:Domain", { encryptAtRest: { enabled: true } }, [
    ["no encryptAtRest block", {}, "encryptAtRest"],
  ]),
  inline("aws:docdb/cluster:Cluster", { storageEncrypted: true }, [
    ["storageEncrypted false", { storageEncrypted: false }, "storageEncrypted"],
  ]),
  inline("aws:neptune/cluster:Cluster", { storageEncrypted: true }, [
    ["storageEncrypted unset", {}, "storageEncrypted"],
  ]),
  attached(
    "alicloud:oss/bucket:Bucket",
    { bucket: "target-1" },
    "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption",
    "bucket",
    { sseAlgorithm: "KMS" },
    { sseAlgorithm: "" },
    "sseAlgorithm",
  ),
  inline("alicloud:rds/instance:Instance", { tdeStatus: "Enabled" }, [
    ["TDE and disk encryption off", { encryptionKey: "disabled" }, "tdeStatus"],
  ]),
  inline("alicloud:kvstore/instance:Instance", { tdeStatus: "Enabled" }, [
    ["TDE disabled", { tdeStatus: "Disabled" }, "tdeStatus"],
  ]),
  inline("alicloud:polardb/cluster:Cluster", { tdeStatus: "Enabled" }, [
    ["TDE default (Disabled)", {}, "tdeStatus"],
  ]),
  inline("alicloud:mongodb/instance:Instance", { tdeStatus: "enabled" }, [
    ["TDE disabled", { tdeStatus: "disabled" }, "tdeStatus"],
  ]),
  inline("alicloud:ecs/disk:Disk", { encrypted: true }, [
    ["encrypted false", { encrypted: false }, "encrypted"],
  ]),
  inline("alicloud:ecs/ecsDisk:EcsDisk", { encrypted: true }, [
    ["encrypted unset", {}, "encrypted"],
  ]),
  inline("alicloud:nas/fileSystem:FileSystem", { encryptType: 1 }, [
    ["encryptType 0", { encryptType: 0 }, "encryptType"],
  ]),
  onlyFirstBroken(
    attached(
      "azure-native:sql:Database",
      { databaseName: "target-1", location: "chinaeast2" },
      "azure-native:sql:TransparentDataEncryption",
      "databaseName",
      { state: "Enabled" },
      { state: "Disabled" },
      "state",
    ),
  ),

  inline("tencentcloud:Cos/bucket:Bucket", { encryptionAlgorithm: "AES256" }, [
    ["no encryptionAlgorithm", {}, "encryptionAlgorithm"],
  ]),
  inline("tencentcloud:Cbs/storage:Storage", { encrypt: true }, [
    ["encrypt false", { encrypt: false }, "encrypt"],
  ]),
  inline("tencentcloud:Postgresql/instance:Instance", { needSupportTde: 1 }, [
    ["needSupportTde 0", { needSupportTde: 0 }, "needSupportTde"],
  ]),
  ...(
    [
      [
        "tencentcloud:Mysql/instance:Instance",
        "tencentcloud:Mysql/instanceEncryptionOperation:InstanceEncryptionOperation",
        "instanceId",
      ],
      [
        "tencentcloud:Mongodb/instance:Instance",
        "tencentcloud:Mongodb/instanceTransparentDataEncryption:InstanceTransparentDataEncryption",
        "instanceId",
      ],
      [
        "tencentcloud:Sqlserver/instance:Instance",
        "tencentcloud:Sqlserver/instanceTde:InstanceTde",
        "instanceId",
      ],
      [
        "tencentcloud:Cynosdb/cluster:Cluster",
        "tencentcloud:Cynosdb/clusterTransparentEncrypt:ClusterTransparentEncrypt",
        "clusterId",
      ],
    ] as const
  ).map(([store, tde, link]): StoreCase => {
    const c = attached(
      store,
      {},
      tde,
      link,
      { keyId: "kms-1", certificateAttribution: "self" },
      {},
      tde,
    );
    // A TDE resource cannot be "half on": the broken case is its absence.
    return { ...c, broken: c.broken.slice(1) };
  }),
  inline(
    "huaweicloud:Obs/bucket:Bucket",
    { encryption: true, sseAlgorithm: "kms", region: "cn-north-4" },
    [["encryption false", { encryption: false, region: "cn-north-4" }, "encryption"]],
  ),
  inline("huaweicloud:Evs/volume:Volume", { kmsId: "kms-1", region: "cn-north-4" }, [
    ["no kmsId", { region: "cn-north-4" }, "kmsId"],
  ]),
  inline(
    "huaweicloud:Rds/instance:Instance",
    { volume: { diskEncryptionId: "kms-1" }, region: "cn-north-4" },
    [["no diskEncryptionId", { volume: { size: 40 }, region: "cn-north-4" }, "`volume`"]],
  ),
];

/** Stores that always encrypt: only `requireCustomerManagedKey` can fail them. */
export const alwaysEncryptedCases: {
  type: string;
  key?: string;
  cmk: Record<string, unknown>;
  field: string;
}[] = [
  {
    type: "aws:elasticache/serverlessCache:ServerlessCache",
    cmk: { kmsKeyId: "arn:aws-cn:kms:cn-north-1:111122223333:key/k" },
    field: "kmsKeyId",
  },
  {
    type: "aws:backup/vault:Vault",
    cmk: { kmsKeyArn: "arn:aws-cn:kms:cn-north-1:111122223333:key/k" },
    field: "kmsKeyArn",
  },
  {
    type: "azure-native:storage:StorageAccount",
    cmk: { encryption: { keySource: "Microsoft.Keyvault" } },
    field: "keyVaultProperties",
  },
  {
    type: "aws:cloudwatch/logGroup:LogGroup",
    cmk: { kmsKeyId: "arn:aws-cn:kms:cn-north-1:111122223333:key/k" },
    field: "kmsKeyId",
  },
  {
    type: "gcp:storage/bucket:Bucket",
    key: "labels",
    cmk: { encryption: { defaultKmsKeyName: "projects/p/keys/k" } },
    field: "defaultKmsKeyName",
  },
  {
    type: "gcp:sql/databaseInstance:DatabaseInstance",
    key: "settings.userLabels",
    cmk: { encryptionKeyName: "projects/p/keys/k" },
    field: "encryptionKeyName",
  },
];
