/*
 * A PI-holding stack in AWS China and Alibaba Cloud. Tagged with `pipl` (category ids or aliases).
 * Compliant resources are marked ✅; the deliberate violations ❌ name the policy that blocks them.
 * Run `pulumi preview --policy-pack ../../policies` to see the pack stop it.
 */
import * as pulumi from "@pulumi/pulumi";
import {
  AlicloudProvider,
  AwsProvider,
  CloudWatchLogGroup,
  DynamoDbTable,
  EbsVolume,
  KinesisStream,
  OssBucket,
  OssBucketReplication,
  RdsInstance,
  S3Bucket,
  S3BucketLifecycleConfiguration,
  S3BucketReplicationConfig,
  S3BucketServerSideEncryptionConfiguration,
  SecurityGroup,
  SqsQueue,
} from "./resources.js";

const beijing = new AwsProvider("aws-beijing", { region: "cn-north-1" });
const ningxia = new AwsProvider("aws-ningxia", { region: "cn-northwest-1" });
const oregon = new AwsProvider("aws-oregon", { region: "us-west-2" });
const hangzhou = new AlicloudProvider("ali-hangzhou", { region: "cn-hangzhou" });
const hongKong = new AlicloudProvider("ali-hongkong", { region: "cn-hongkong" });

/** Delete objects after `days` (pi-store-retention-limited wants a bound on every PI store). */
const expireAfter = (name: string, bucket: pulumi.Input<string>, days: number) =>
  new S3BucketLifecycleConfiguration(
    `${name}-lifecycle`,
    { bucket, rules: [{ id: "expire", status: "Enabled", expiration: { days } }] },
    { provider: beijing },
  );
const ossExpiry = (days: number) => [{ id: "expire", enabled: true, expirations: [{ days }] }];

// ✅ Customer records (resident IDs: sensitive PI) in Beijing, encrypted under a KMS key the team
// controls by a separate encryption resource, kept 3 years.
const customers = new S3Bucket(
  "customers",
  { bucket: "example-customers", tags: { pipl: "identity.resident-id,contact.mobile" } },
  { provider: beijing },
);
new S3BucketServerSideEncryptionConfiguration(
  "customers-sse",
  {
    bucket: customers.id,
    rules: [
      {
        applyServerSideEncryptionByDefault: {
          sseAlgorithm: "aws:kms",
          kmsMasterKeyId:
            "arn:aws-cn:kms:cn-north-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        },
      },
    ],
  },
  { provider: beijing },
);
expireAfter("customers", customers.id, 1095);

// ✅ Replication inside the mainland (Beijing → Ningxia).
const customersCopy = new S3Bucket(
  "customers-copy",
  { bucket: "example-customers-copy" },
  { provider: ningxia },
);
new S3BucketReplicationConfig(
  "customers-to-ningxia",
  {
    bucket: customers.id,
    role: "arn:aws-cn:iam::111122223333:role/replication",
    rules: [{ id: "all", status: "Enabled", destination: { bucket: customersCopy.arn } }],
  },
  { provider: beijing },
);

// ❌ pi-no-cross-border-replication: a copy of the customer records in Oregon.
const customersUs = new S3Bucket(
  "customers-us",
  { bucket: "example-customers-us" },
  { provider: oregon },
);
new S3BucketReplicationConfig(
  "customers-to-oregon",
  {
    bucket: customers.id,
    role: "arn:aws-cn:iam::111122223333:role/replication",
    rules: [{ id: "all", status: "Enabled", destination: { bucket: customersUs.arn } }],
  },
  { provider: beijing },
);

// ❌ pi-store-encrypted-at-rest: identity-check call recordings (resident IDs are sensitive PI) on
// S3's default encryption only (SSE-S3, keys S3 manages): sensitive PI needs a key the team controls.
const callRecords = new S3Bucket(
  "call-records",
  { bucket: "example-call-records", tags: { pipl: "phone,resident-id" } },
  { provider: beijing },
);

// ✅ Delivery notes (general PI) on S3's default encryption: enough for general PI.
const deliveryNotes = new S3Bucket(
  "delivery-notes",
  { bucket: "example-delivery-notes", tags: { pipl: "name,address" } },
  { provider: beijing },
);
expireAfter("delivery-notes", deliveryNotes.id, 90);
expireAfter("call-records", callRecords.id, 180);

// ✅ Orders database, encrypted, in Beijing.
new RdsInstance(
  "orders",
  {
    engine: "mysql",
    instanceClass: "db.t3.micro",
    allocatedStorage: 20,
    storageEncrypted: true,
    tags: { pipl: "name,address" },
  },
  { provider: beijing },
);

// ❌ pi-store-not-public (twice): a loyalty database with a public endpoint, and a security group
// that lets every address reach its MySQL port.
const loyaltyAccess = new SecurityGroup(
  "loyalty-db",
  {
    description: "MySQL for the loyalty service",
    ingress: [{ protocol: "tcp", fromPort: 3306, toPort: 3306, cidrBlocks: ["0.0.0.0/0"] }],
  },
  { provider: beijing },
);
new RdsInstance(
  "loyalty",
  {
    engine: "mysql",
    instanceClass: "db.t3.micro",
    allocatedStorage: 20,
    storageEncrypted: true,
    publiclyAccessible: true,
    vpcSecurityGroupIds: [loyaltyAccess.id],
    tags: { pipl: "name,phone" },
  },
  { provider: beijing },
);

// ❌ pi-store-retention-limited (advisory): SMS delivery logs with phone numbers, never expiring.
new CloudWatchLogGroup("sms-logs", { tags: { pipl: "phone" } }, { provider: beijing });

// ❌ pi-store-in-mainland-china: bank accounts in a DynamoDB table in Oregon (items expire by TTL).
new DynamoDbTable(
  "payments",
  {
    hashKey: "id",
    attributes: [{ name: "id", type: "S" }],
    serverSideEncryption: {
      enabled: true,
      kmsKeyArn: "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    },
    ttl: { attributeName: "expiresAt", enabled: true },
    tags: { pipl: "bank-account" },
  },
  { provider: oregon },
);

// ❌ pi-store-encrypted-at-rest: an unencrypted stream whose tag value is a secret (still counts).
new KinesisStream(
  "location-events",
  { shardCount: 1, tags: { pipl: pulumi.secret("location") } },
  { provider: beijing },
);

// ✅ No explicit provider: the region comes from stack config `aws:region` (cn-north-1).
new SqsQueue("sms-codes", { sqsManagedSseEnabled: true, tags: { pipl: "sms-code" } });

// ❌ pi-category-tags-valid: "resident-idd" is a typo of a category alias.
new EbsVolume(
  "kyc-scratch",
  { availabilityZone: "cn-north-1a", size: 10, encrypted: true, tags: { pipl: "resident-idd" } },
  { provider: beijing },
);

// ✅ Alibaba Cloud OSS in Hangzhou with KMS encryption.
const members = new OssBucket(
  "members",
  {
    bucket: "example-members",
    serverSideEncryptionRule: { sseAlgorithm: "KMS" },
    lifecycleRules: ossExpiry(730),
    tags: { pipl: "name,mobile-number" },
  },
  { provider: hangzhou },
);

// ❌ pi-store-in-mainland-china: face images in Alibaba Cloud Hong Kong (`cn-hongkong` is not mainland).
new OssBucket(
  "face-images",
  {
    bucket: "example-face-images",
    serverSideEncryptionRule: { sseAlgorithm: "KMS" },
    lifecycleRules: ossExpiry(365),
    tags: { pipl: "face" },
  },
  { provider: hongKong },
);

// ❌ pi-no-cross-border-replication: OSS cross-region replication of members to Hong Kong.
new OssBucketReplication(
  "members-to-hongkong",
  {
    bucket: members.bucket,
    action: "ALL",
    destination: { bucket: "example-members-hk", location: "oss-cn-hongkong" },
  },
  { provider: hangzhou },
);
