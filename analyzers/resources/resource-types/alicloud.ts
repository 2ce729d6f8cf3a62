/*
 * Alibaba Cloud resource types that store, encrypt or copy personal information.
 *
 * Source (see shared/domain/pipl.md §5): the `.d.ts`/`.js` of `@pulumi/alicloud` 3.108.0.
 */
import { mainlandRegion } from "../../regions/mainland-region.js";
import type { ResourceTypeSpecInput } from "../resource-type-spec.js";
import { either, keyFix, together } from "./fix-wording.js";
import { openWhitelist, publicAcl, publicPolicy } from "./exposure-checks.js";
import { on, oneOf, present } from "./property-conditions.js";

const ossPublicAcls = ["public-read", "public-read-write"];
const ossBucket = ["alicloud:oss/bucket:Bucket"];

/** The mainland region the replication fix shows as an example. */
const exampleRegion = mainlandRegion("alicloud", "cn-shanghai");

/** Built-in Alibaba Cloud resource types. */
export const alicloudResourceTypes: readonly ResourceTypeSpecInput[] = [
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
    exposure: [publicAcl("acl", ossPublicAcls, '`acl: "private"`')],
    retention: {
      sources: [
        { path: "lifecycleRules[]", daysPath: "expirations[].days", enabledPath: "enabled" },
      ],
      fix: "`lifecycleRules: [{ enabled: true, expirations: [{ days }] }]`",
    },
  },
  {
    type: "alicloud:oss/bucketAcl:BucketAcl",
    label: { en: "Alibaba Cloud OSS bucket ACL", "zh-CN": "阿里云 OSS 存储桶 ACL" },
    exposureAttachment: {
      property: "bucket",
      targets: ossBucket,
      targetKeys: ["bucket", "id"],
      exposure: [publicAcl("acl", ossPublicAcls, '`acl: "private"`')],
    },
  },
  {
    type: "alicloud:oss/bucketPolicy:BucketPolicy",
    label: { en: "Alibaba Cloud OSS bucket policy", "zh-CN": "阿里云 OSS 存储桶策略" },
    exposureAttachment: {
      property: "bucket",
      targets: ossBucket,
      targetKeys: ["bucket", "id"],
      exposure: [publicPolicy("policy", "a policy naming the principals who need access")],
    },
  },
  {
    type: "alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock",
    label: { en: "Alibaba Cloud OSS Block Public Access", "zh-CN": "阿里云 OSS 阻止公共访问" },
    publicAccessBlock: {
      property: "bucket",
      targets: ossBucket,
      targetKeys: ["bucket", "id"],
      blocks: { acl: [on("blockPublicAccess")], policy: [on("blockPublicAccess")] },
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
          en: `replicate only to a mainland region, e.g. \`destination.location: "oss-${exampleRegion}"\``,
          "zh-CN": `只复制到大陆区域，例如 \`destination.location: "oss-${exampleRegion}"\``,
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
    exposure: [openWhitelist("securityIps[]")],
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
    exposure: [openWhitelist("securityIps[]")],
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
    exposure: [openWhitelist("securityIpLists[]")],
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
];
