import { z } from "zod";

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const localized = z.strictObject({ en: z.string().min(1), "zh-CN": z.string().min(1) });

/**
 * One test on a property. `path` is dotted; `[]` means "any element of this array"
 * (`rules[].applyServerSideEncryptionByDefault.sseAlgorithm`). With `equals` the value must be one
 * of them (strings compare case-insensitively); without it the value must be present and not
 * `false`, `""`, `0` or `"disabled"`. `whenAbsent` says what a missing value means (service
 * defaults such as Redshift's `encrypted` default `true`).
 */
export const propertyConditionSchema = z
  .strictObject({
    path: z.string().min(1),
    equals: z.array(scalar).min(1).optional(),
    notPrefixedBy: z.array(z.string().min(1)).optional(),
    /**
     * `public-policy`: the value is an IAM-style policy document (JSON text or object) with an
     * `Allow` statement for every principal (`"*"`, `{ AWS: "*" }`) and no `Condition` limiting it.
     */
    matches: z.enum(["public-policy"]).optional(),
    /**
     * The value must be absent or empty (`""`, `[]`, `{}`): an OpenSearch domain without
     * `vpcOptions.subnetIds` has a public endpoint. Exclusive with `equals` and `matches`.
     */
    absent: z.literal(true).optional(),
    whenAbsent: z.enum(["pass", "fail"]).default("fail"),
  })
  .refine((c) => !(c.absent && (c.equals || c.matches)), {
    message: "`absent` cannot be combined with `equals` or `matches`",
  });

/** A fix: code alone (`storageEncrypted: true`), or words in both languages. */
const fixText = z.union([z.string().min(1), localized]);

/** Alternatives (any) of condition groups (all). */
const alternatives = z.array(z.array(propertyConditionSchema).min(1));

/** Encryption at rest of a store, judged on its own properties. */
export const encryptionCheckSchema = z.strictObject({
  /** Alternatives that each prove encryption; empty when only a separate resource can. */
  anyOf: alternatives.default([]),
  /** The service always encrypts (platform keys), so only a customer-managed key can be asked. */
  alwaysEncrypted: z.boolean().default(false),
  /** What that default encryption is, for messages: "SSE-S3 (AES-256, keys S3 manages), since January 2023". */
  defaultEncryption: localized.optional(),
  /** Alternatives that prove a customer-managed key (KMS key you control, not `alias/aws/*`). */
  customerManagedKey: alternatives.default([]),
  /** The fix, as the property to set: "`storageEncrypted: true`" (or worded per language). */
  fix: fixText,
  /** The fix for a customer-managed key: "`kmsKeyId: <your KMS key ARN>`". */
  customerManagedKeyFix: fixText.optional(),
});

/**
 * A resource that switches on encryption for another one (S3
 * `BucketServerSideEncryptionConfiguration`, OSS `BucketServerSideEncryption`, Tencent TDE
 * resources). `property` holds the target's name or id; `targetKeys` are the target's properties
 * it may equal when no dependency links them.
 */
export const encryptionAttachmentSchema = z.strictObject({
  property: z.string().min(1),
  targets: z.array(z.string().min(1)).min(1),
  targetKeys: z.array(z.string().min(1)).default([]),
  encryption: encryptionCheckSchema,
});

/**
 * One way a store becomes readable from the internet. `acl` and `policy` exposures are lifted by a
 * public access block (S3 Block Public Access); `network` (a public endpoint or an open IP
 * whitelist) and `sharing` (a snapshot restorable by every account) are not.
 */
export const exposureCheckSchema = z.strictObject({
  /** What is public, in words: "a `public-read` ACL". */
  label: localized,
  kind: z.enum(["acl", "policy", "network", "sharing"]),
  /** Alternatives that each prove the exposure. */
  anyOf: alternatives.min(1),
  fix: fixText,
});

/**
 * A resource that exposes another one (S3 `BucketAclV2` and `BucketPolicy`, OSS `BucketAcl`, GCS
 * IAM bindings, Azure blob containers, RDS snapshots), joined like an encryption attachment.
 */
export const exposureAttachmentSchema = z.strictObject({
  property: z.string().min(1),
  targets: z.array(z.string().min(1)).min(1),
  targetKeys: z.array(z.string().min(1)).default([]),
  exposure: z.array(exposureCheckSchema).min(1),
});

/**
 * A resource that blocks public ACLs or policies of another (S3 `BucketPublicAccessBlock`): the
 * alternatives in `acl` prove public ACLs are blocked, those in `policy` public policies.
 */
const blocksSchema = z.strictObject({ acl: alternatives.min(1), policy: alternatives.min(1) });
export const publicAccessBlockSchema = z.strictObject({
  /**
   * The property naming the target; absent for an account-level block (S3
   * `AccountPublicAccessBlock`), which covers every target created with the same provider.
   */
  property: z.string().min(1).optional(),
  targets: z.array(z.string().min(1)).min(1),
  targetKeys: z.array(z.string().min(1)).default([]),
  blocks: blocksSchema,
});

/**
 * Where an ingress rule's fields are read (AWS `ingress[]` of a security group, a
 * `SecurityGroupRule`, a `vpc.SecurityGroupIngressRule`; Alibaba `ecs.SecurityGroupRule`). Ports
 * are a `fromPort`/`toPort` pair or a `portRange` text (`"3306/3306"`); `protocols` lists the
 * values that mean every protocol and port (`"-1"`, `"all"`); `sources` are the CIDR paths
 * (`cidrBlocks[]`, `ipv6CidrBlocks[]`, `cidrIpv4`).
 */
export const ingressRuleFieldsSchema = z.strictObject({
  fromPort: z.string().min(1).optional(),
  toPort: z.string().min(1).optional(),
  portRange: z.string().min(1).optional(),
  protocol: z.string().min(1),
  allProtocols: z.array(scalar).min(1),
  sources: z.array(z.string().min(1)).min(1),
});

/**
 * A store's network endpoint guarded by firewall groups defined as other resources (AWS
 * security groups): public when the endpoint has a public address (`publicWhen`, absent: always)
 * and a group lets the whole internet reach the store's port.
 */
export const firewallSchema = z.strictObject({
  /** The property holding the groups' ids (`vpcSecurityGroupIds`). */
  groupsProperty: z.string().min(1),
  /** The group resource types it may name. */
  groupTypes: z.array(z.string().min(1)).min(1),
  /** The groups' properties the ids may equal when no dependency links them. */
  groupKeys: z.array(z.string().min(1)).default([]),
  /** The port: `path` when set, else by `enginePath`'s value (prefix match), else `default`. */
  port: z.strictObject({
    path: z.string().min(1).optional(),
    enginePath: z.string().min(1).optional(),
    byEngine: z.record(z.string(), z.number().int().min(0).max(65535)).default({}),
    default: z.number().int().min(0).max(65535).optional(),
  }),
  publicWhen: alternatives.optional(),
  /**
   * The endpoint is public when a resource that exposes the store (its `exposureAttachment`)
   * gives it a public network endpoint: an Aurora cluster through a `publiclyAccessible` cluster
   * instance. With `publicWhen`, either makes it public.
   */
  publicThroughExposers: z.boolean().default(false),
});

/** A firewall group and its inline ingress rules (`ingress[]` of an AWS security group). */
export const firewallGroupSchema = z.strictObject({
  inlineRules: z.string().min(1).optional(),
  rule: ingressRuleFieldsSchema,
});

/** A separate ingress rule that adds to a firewall group, joined by `property`. */
export const firewallRuleSchema = z.strictObject({
  property: z.string().min(1),
  targets: z.array(z.string().min(1)).min(1),
  targetKeys: z.array(z.string().min(1)).default([]),
  /** Only rules for which these hold count (`type: "ingress"`). */
  when: alternatives.optional(),
  rule: ingressRuleFieldsSchema,
});

/**
 * Where a store's retention bound is read. `path` names a value (`retentionInDays`) or, with
 * `daysPath`, items (`rules[]`) each holding one; items whose `enabledPath` is off or `"Disabled"`
 * do not count. `zeroMeansForever`: CloudWatch's `0` is "never expire". `lengthUnknown`: the
 * property only switches a bound on whose length the application sets (DynamoDB TTL).
 */
export const retentionSourceSchema = z.strictObject({
  path: z.string().min(1),
  daysPath: z.string().min(1).optional(),
  enabledPath: z.string().min(1).optional(),
  unit: z.enum(["days", "hours"]).default("days"),
  zeroMeansForever: z.boolean().default(false),
  lengthUnknown: z.boolean().default(false),
});

/** How long a store keeps data, and what it keeps when nothing is set. */
export const retentionSpecSchema = z.strictObject({
  sources: z.array(retentionSourceSchema).min(1),
  /** The provider's default in days when no source is set; absent: kept forever. */
  defaultDays: z.number().positive().optional(),
  fix: fixText,
});

/** A resource that bounds another's retention (S3 `BucketLifecycleConfiguration`). */
export const retentionAttachmentSchema = z.strictObject({
  property: z.string().min(1),
  targets: z.array(z.string().min(1)).min(1),
  targetKeys: z.array(z.string().min(1)).default([]),
  sources: z.array(retentionSourceSchema).min(1),
});

/**
 * A copy of PI made by this resource. The source of the PI is this resource (`self`) or the store
 * named by `sourceProperty`; the copy's place is a region at `destinationRegionPath`, a store (by
 * reference or ARN) at `destinationPath`, or this resource's own effective region (`self`).
 */
export const replicationSpecSchema = z.strictObject({
  label: localized,
  source: z.union([z.literal("self"), z.strictObject({ property: z.string().min(1) })]),
  /**
   * Where else the PI can come from: resources of `type` whose `linkProperty` references this
   * resource and whose `sourcesProperty` references stores (AWS Backup selections of a plan).
   */
  sourceVia: z
    .object({
      type: z.string().min(1),
      linkProperty: z.string().min(1),
      sourcesProperty: z.string().min(1),
    })
    .optional(),
  destination: z.union([
    z.literal("self"),
    z.strictObject({ regionPath: z.string().min(1), stripPrefix: z.string().optional() }),
    z.strictObject({
      resourcePath: z.string().min(1),
      targetKeys: z.array(z.string()).default([]),
    }),
  ]),
  /** Only when this property is present (an RDS instance is a replica only with `replicateSourceDb`). */
  when: z.string().min(1).optional(),
  fix: fixText,
});

/**
 * One Pulumi resource type pipl-guard understands, keyed by its type token. Security teams add
 * types through the `resourceTypes` config section with this same schema.
 */
export const resourceTypeSpecSchema = z.strictObject({
  type: z
    .string()
    .regex(/^[a-z0-9-]+:[A-Za-z0-9/_.-]*:[A-Za-z0-9]+$/, "a Pulumi type token pkg:module:Type"),
  label: localized,
  /** Properties holding tags/labels; the first is the one a fix names. */
  tagProperties: z.array(z.string().min(1)).default(["tags"]),
  /** Per-resource region/location property, where the provider has one. */
  regionProperty: z.string().min(1).optional(),
  /** Present when the resource stores data at rest. */
  store: z.strictObject({ encryption: encryptionCheckSchema }).optional(),
  encryptionAttachment: encryptionAttachmentSchema.optional(),
  replication: z.array(replicationSpecSchema).default([]),
  /** Ways this resource, when tagged, is readable from the internet by its own properties. */
  exposure: z.array(exposureCheckSchema).default([]),
  exposureAttachment: exposureAttachmentSchema.optional(),
  publicAccessBlock: publicAccessBlockSchema.optional(),
  /** The store's own settings that block public ACLs or policies (GCS public access prevention). */
  ownPublicAccessBlock: blocksSchema.optional(),
  /** Firewall groups guarding the store's endpoint (`pi-store-not-public`). */
  firewall: firewallSchema.optional(),
  /** This resource is a firewall group that stores name in their `firewall.groupsProperty`. */
  firewallGroup: firewallGroupSchema.optional(),
  /** This resource adds an ingress rule to a firewall group. */
  firewallRule: firewallRuleSchema.optional(),
  /** How long the store keeps data (`pi-store-retention-limited`). */
  retention: retentionSpecSchema.optional(),
  retentionAttachment: retentionAttachmentSchema.optional(),
  /**
   * The provider blocks public ACLs and policies of new resources of this type unless a public
   * access block turns that off (S3 since April 2023): the message says the exposure needs both.
   */
  publicAccessBlockedByDefault: localized.optional(),
});

/** A resource type spec with defaults applied. */
export type ResourceTypeSpec = z.output<typeof resourceTypeSpecSchema>;
/** A resource type spec as written in data or config. */
export type ResourceTypeSpecInput = z.input<typeof resourceTypeSpecSchema>;
/** A property condition as written in data or config. */
export type PropertyConditionInput = z.input<typeof propertyConditionSchema>;
/** A property condition with defaults applied. */
export type PropertyCondition = z.output<typeof propertyConditionSchema>;
/** An encryption check with defaults applied. */
export type EncryptionCheck = z.output<typeof encryptionCheckSchema>;
/** A retention source with defaults applied. */
export type RetentionSource = z.output<typeof retentionSourceSchema>;
/** An exposure check as written in data or config. */
export type ExposureCheckInput = z.input<typeof exposureCheckSchema>;
/** An exposure check with defaults applied. */
export type ExposureCheck = z.output<typeof exposureCheckSchema>;
/** A replication relation with defaults applied. */
export type ReplicationSpec = z.output<typeof replicationSpecSchema>;
/** A store's firewall with defaults applied. */
export type FirewallSpec = z.output<typeof firewallSchema>;
/** Ingress rule fields with defaults applied. */
export type IngressRuleFields = z.output<typeof ingressRuleFieldsSchema>;
