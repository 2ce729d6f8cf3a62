import { z } from "zod";
import { policyOptionDescriptions as described } from "../messages/policy-option-descriptions.js";

/**
 * Options of the pipl-guard policies. The same shape is the `policies` section of the pipl-guard
 * config and, per policy, what `--policy-pack-config` passes through the engine's `Configure` call.
 * The policies' config schemas are generated from it (`z.toJSONSchema`), so each option's type,
 * constraints, default and English description are written here only.
 */
export const policyOptionsSchema = z.strictObject({
  tagKey: z.string().min(1).default("pipl").describe(described.tagKey.en),
  onUnknown: z.enum(["advisory", "mandatory"]).default("advisory").describe(described.onUnknown.en),
  requireCustomerManagedKey: z
    .array(z.enum(["general", "sensitive"]))
    .default([])
    .describe(described.requireCustomerManagedKey.en),
  /** By default only general PI may rely on provider default encryption (sensitive: PIPL Art. 28). */
  defaultEncryptionSuffices: z
    .array(z.enum(["general", "sensitive"]))
    .default(["general"])
    .describe(described.defaultEncryptionSuffices.en),
  /** Category ids and aliases are accepted too: a parent covers its children. */
  encryptCategories: z
    .array(z.string().min(1))
    .default(["general", "sensitive"])
    .describe(described.encryptCategories.en),
  /** For a private cloud or a region newer than the built-in tables. */
  allowedRegions: z.array(z.string().min(1)).default([]).describe(described.allowedRegions.en),
  /**
   * The team's pipl-guard config file for the bundled pack (`--policy-pack-config` carries only
   * policy options): its categories, regions, resource types and `policies` defaults apply.
   */
  configFile: z.string().default("").describe(described.configFile.en),
  /** Keys are `general`, `sensitive` or category ids and aliases (checked against the taxonomy). */
  maxRetentionDays: z
    .record(z.string().min(1), z.number().int().positive())
    .default({})
    .describe(described.maxRetentionDays.en),
});

/** Resolved policy options. */
export type PolicyOptions = z.output<typeof policyOptionsSchema>;
/** Policy options as written in config. */
export type PolicyOptionsInput = z.input<typeof policyOptionsSchema>;
/** Names of the policy options. */
export type PolicyOptionName = keyof PolicyOptions;
