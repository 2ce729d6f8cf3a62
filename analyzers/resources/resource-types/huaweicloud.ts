/*
 * Huawei Cloud resource types that store or encrypt personal information.
 *
 * Source (see shared/domain/pipl.md §5): the `sdk/nodejs` tree of huaweicloud/pulumi-huaweicloud.
 */
import type { ResourceTypeSpecInput } from "../resource-type-spec.js";
import { keyFix, together } from "./fix-wording.js";
import { publicAcl } from "./exposure-checks.js";
import { on, present } from "./property-conditions.js";

/** Built-in Huawei Cloud resource types. */
export const huaweicloudResourceTypes: readonly ResourceTypeSpecInput[] = [
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
    exposure: [
      publicAcl(
        "acl",
        [
          "public-read",
          "public-read-write",
          "public-read-delivered",
          "public-read-write-delivered",
        ],
        '`acl: "private"`',
      ),
    ],
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
];
