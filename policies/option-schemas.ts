import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema.js";

/*
 * JSON schemas of the policy options, as the engine validates `--policy-pack-config` against them.
 * They mirror `policyOptionsSchema` (zod) in analyzers/resources/policy-options.ts, which is what
 * the evaluation reads; the package test checks the two agree on names and defaults.
 */

/** `tagKey`: the tag/label key listing PI categories. */
export const tagKeySchema: PolicyConfigJSONSchema = {
  type: "string",
  minLength: 1,
  default: "pipl",
  description:
    "Tag or label key whose value lists the PI category ids or aliases a resource holds.",
};

/** `onUnknown`: level of violations that depend on values computed during preview. */
export const onUnknownSchema: PolicyConfigJSONSchema = {
  type: "string",
  enum: ["advisory", "mandatory"],
  default: "advisory",
  description:
    "Enforcement level of a violation whose decision depends on a value computed during preview.",
};

/** `requireCustomerManagedKey`: sensitivities whose stores must use a key you control. */
export const requireCustomerManagedKeySchema: PolicyConfigJSONSchema = {
  type: "array",
  items: { type: "string", enum: ["general", "sensitive"] },
  default: [],
  description:
    "Sensitivities (general, sensitive) whose stores must be encrypted with a customer-managed key.",
};

/** `encryptCategories`: which PI must be encrypted at rest. */
export const encryptCategoriesSchema: PolicyConfigJSONSchema = {
  type: "array",
  items: { type: "string", minLength: 1 },
  default: ["general", "sensitive"],
  description:
    "Which PI must be encrypted at rest: 'general' and/or 'sensitive', or category ids/aliases (a parent covers its children).",
};

/** `allowedRegions`: extra region ids treated as mainland China. */
export const allowedRegionsSchema: PolicyConfigJSONSchema = {
  type: "array",
  items: { type: "string", minLength: 1 },
  default: [],
  description: "Extra region ids treated as mainland China, e.g. a private cloud's regions.",
};
