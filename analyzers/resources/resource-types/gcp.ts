/*
 * Google Cloud resource types that store or encrypt personal information. Google Cloud has no
 * mainland-China region, so residency always fails for tagged PI in these stores.
 *
 * Source (see shared/domain/pipl.md §5): the `.d.ts`/`.js` of `@pulumi/gcp`.
 */
import type { ResourceTypeSpecInput } from "../resource-type-spec.js";
import { keyFix } from "./fix-wording.js";
import { present } from "./property-conditions.js";

/** Built-in Google Cloud resource types. */
export const gcpResourceTypes: readonly ResourceTypeSpecInput[] = [
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
