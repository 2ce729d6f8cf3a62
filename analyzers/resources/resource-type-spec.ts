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
export const propertyConditionSchema = z.strictObject({
  path: z.string().min(1),
  equals: z.array(scalar).min(1).optional(),
  notPrefixedBy: z.array(z.string().min(1)).optional(),
  whenAbsent: z.enum(["pass", "fail"]).default("fail"),
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
/** A replication relation with defaults applied. */
export type ReplicationSpec = z.output<typeof replicationSpecSchema>;
