/*
 * Google Cloud resource types that store or encrypt personal information. Google Cloud has no
 * mainland-China region, so residency always fails for tagged PI in these stores.
 *
 * Source (see shared/domain/pipl.md §5): the `.d.ts`/`.js` of `@pulumi/gcp`.
 */
import type { ResourceTypeSpecInput } from "../resource-type-spec.js";
import { keyFix } from "./fix-wording.js";
import { oneOf, present } from "./property-conditions.js";

/** IAM members that stand for everyone on the internet. */
const allUsers = ["allUsers", "allAuthenticatedUsers"];
const gcsIam = (type: string, path: string): ResourceTypeSpecInput => ({
  type,
  label: { en: "Google Cloud Storage bucket IAM", "zh-CN": "Google Cloud Storage 存储桶 IAM" },
  tagProperties: [],
  exposureAttachment: {
    property: "bucket",
    targets: ["gcp:storage/bucket:Bucket"],
    targetKeys: ["name", "id"],
    exposure: [
      {
        label: {
          en: `\`${path.replace("[]", "")}\` grants allUsers or allAuthenticatedUsers`,
          "zh-CN": `\`${path.replace("[]", "")}\` 授权给 allUsers 或 allAuthenticatedUsers`,
        },
        kind: "policy",
        anyOf: [[{ path, equals: allUsers }]],
        fix: {
          en: "IAM members naming the principals who need access",
          "zh-CN": "IAM 成员只列出需要访问的主体",
        },
      },
    ],
  },
});

const enforced = oneOf("publicAccessPrevention", ["enforced"]);

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
        defaultEncryption: {
          en: "Google-managed encryption keys (every Cloud Storage object)",
          "zh-CN": "Google 托管的加密密钥（所有 Cloud Storage 对象）",
        },
        customerManagedKey: [present("encryption.defaultKmsKeyName")],
        fix: { en: "nothing (always encrypted)", "zh-CN": "无需设置（始终加密）" },
        customerManagedKeyFix: keyFix("encryption: { defaultKmsKeyName: {key} }", "gcp"),
      },
    },
    /** Public access prevention overrides any IAM grant to allUsers. */
    ownPublicAccessBlock: { acl: [enforced], policy: [enforced] },
  },
  gcsIam("gcp:storage/bucketIAMBinding:BucketIAMBinding", "members[]"),
  gcsIam("gcp:storage/bucketIAMMember:BucketIAMMember", "member"),
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
