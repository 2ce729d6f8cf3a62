/*
 * Tencent Cloud resource types that store or encrypt personal information.
 *
 * Source (see shared/domain/pipl.md §5): the `sdk/nodejs` tree of
 * tencentcloudstack/pulumi-tencentcloud.
 */
import type { ResourceTypeSpecInput } from "../resource-type-spec.js";
import { keyFix, together } from "./fix-wording.js";
import { publicAcl } from "./exposure-checks.js";
import { on, oneOf, present } from "./property-conditions.js";

/** Built-in Tencent Cloud resource types. */
export const tencentcloudResourceTypes: readonly ResourceTypeSpecInput[] = [
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
    exposure: [publicAcl("acl", ["public-read", "public-read-write"], '`acl: "private"`')],
    retention: {
      sources: [{ path: "lifecycleRules[]", daysPath: "expiration.days" }],
      fix: '`lifecycleRules: [{ filterPrefix: "", expiration: { days } }]`',
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
      // TencentDB for MySQL opens its public endpoint with `internetService: 1` (default 0).
      exposure:
        type === "tencentcloud:Mysql/instance:Instance"
          ? [
              {
                label: {
                  en: "`internetService: 1` (public network access)",
                  "zh-CN": "`internetService: 1`（外网访问）",
                },
                kind: "network" as const,
                anyOf: [oneOf("internetService", [1, "1"])],
                fix: "`internetService: 0`",
              },
            ]
          : [],
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
];
