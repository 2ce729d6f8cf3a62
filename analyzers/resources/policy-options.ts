import { z } from "zod";

/**
 * Options of the pipl-guard policies. The same shape is the `policies` section of the pipl-guard
 * config and, per policy, what `--policy-pack-config` passes through the engine's `Configure` call.
 */
export const policyOptionsSchema = z.strictObject({
  /** Tag/label key that lists a resource's PI categories. */
  tagKey: z.string().min(1).default("pipl"),
  /** Level of a violation whose decision depends on a value computed during preview. */
  onUnknown: z.enum(["advisory", "mandatory"]).default("advisory"),
  /** Sensitivities whose stores must use a customer-managed key. */
  requireCustomerManagedKey: z.array(z.enum(["general", "sensitive"])).default([]),
  /**
   * Which PI must be encrypted at rest: `general`/`sensitive` (by sensitivity) or category ids and
   * aliases (a parent covers its children).
   */
  encryptCategories: z.array(z.string().min(1)).default(["general", "sensitive"]),
  /** Extra region ids treated as mainland China (a private cloud, a new region). */
  allowedRegions: z.array(z.string().min(1)).default([]),
});

/** Resolved policy options. */
export type PolicyOptions = z.output<typeof policyOptionsSchema>;
/** Policy options as written in config. */
export type PolicyOptionsInput = z.input<typeof policyOptionsSchema>;
