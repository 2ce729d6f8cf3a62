import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema.js";
import { policyOptionDescriptions } from "../analyzers/messages/policy-descriptions.js";

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
  description: policyOptionDescriptions.tagKey.en,
};

/** `onUnknown`: level of violations that depend on values computed during preview. */
export const onUnknownSchema: PolicyConfigJSONSchema = {
  type: "string",
  enum: ["advisory", "mandatory"],
  default: "advisory",
  description: policyOptionDescriptions.onUnknown.en,
};

/** `requireCustomerManagedKey`: sensitivities whose stores must use a key you control. */
export const requireCustomerManagedKeySchema: PolicyConfigJSONSchema = {
  type: "array",
  items: { type: "string", enum: ["general", "sensitive"] },
  default: [],
  description: policyOptionDescriptions.requireCustomerManagedKey.en,
};

/** `encryptCategories`: which PI must be encrypted at rest. */
export const encryptCategoriesSchema: PolicyConfigJSONSchema = {
  type: "array",
  items: { type: "string", minLength: 1 },
  default: ["general", "sensitive"],
  description: policyOptionDescriptions.encryptCategories.en,
};

/** `allowedRegions`: extra region ids treated as mainland China. */
export const allowedRegionsSchema: PolicyConfigJSONSchema = {
  type: "array",
  items: { type: "string", minLength: 1 },
  default: [],
  description: policyOptionDescriptions.allowedRegions.en,
};
