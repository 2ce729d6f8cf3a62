/*
 * Azure Native resource types that store or encrypt personal information.
 *
 * Source (see shared/domain/pipl.md §5): the `.d.ts`/`.js` of `@pulumi/azure-native` 3.28.0.
 */
import type { ResourceTypeSpecInput } from "../resource-type-spec.js";
import { publicSwitch } from "./exposure-checks.js";
import { oneOf, present } from "./property-conditions.js";

/** Built-in Azure Native resource types. */
export const azureNativeResourceTypes: readonly ResourceTypeSpecInput[] = [
  {
    type: "azure-native:storage:StorageAccount",
    label: { en: "Azure storage account", "zh-CN": "Azure 存储账户" },
    regionProperty: "location",
    store: {
      encryption: {
        alwaysEncrypted: true,
        defaultEncryption: {
          en: "Azure Storage service-side encryption (AES-256, Microsoft-managed keys)",
          "zh-CN": "Azure 存储服务端加密（AES-256，Microsoft 托管密钥）",
        },
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
    exposure: [
      publicSwitch(
        "allowBlobPublicAccess",
        "`allowBlobPublicAccess: true` (containers may allow anonymous reads)",
        "`allowBlobPublicAccess: true`（容器可允许匿名读取）",
      ),
    ],
  },
  {
    type: "azure-native:storage:BlobContainer",
    label: { en: "Azure blob container", "zh-CN": "Azure Blob 容器" },
    exposureAttachment: {
      property: "accountName",
      targets: ["azure-native:storage:StorageAccount"],
      targetKeys: ["accountName", "name"],
      exposure: [
        {
          label: {
            en: '`publicAccess: "Blob"` or `"Container"` (anonymous reads)',
            "zh-CN": '`publicAccess: "Blob"` 或 `"Container"`（匿名读取）',
          },
          kind: "acl",
          anyOf: [oneOf("publicAccess", ["Blob", "Container"])],
          fix: '`publicAccess: "None"`',
        },
      ],
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
];
