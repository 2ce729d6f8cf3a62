import type { EnforcementLevel, Policies } from "@pulumi/policy";
import { defaultTaxonomy } from "../analyzers/taxonomy/index.js";
import { piCategoryTagsValid } from "./pi-category-tags-valid.js";
import { piNoCrossBorderReplication } from "./pi-no-cross-border-replication.js";
import { piStoreEncryptedAtRest } from "./pi-store-encrypted-at-rest.js";
import { piStoreInMainlandChina } from "./pi-store-in-mainland-china.js";
import { piStoreNotPublic } from "./pi-store-not-public.js";
import { piStoreRetentionLimited } from "./pi-store-retention-limited.js";
import { piStoreRetentionLimitedRecord } from "../analyzers/policies/pi-store-retention-limited.js";
import type { PiplPoliciesConfig } from "./pipl-policies-config.js";
import { createPolicyRuntime } from "./policy-runtime.js";

export type { PiplPoliciesConfig } from "./pipl-policies-config.js";

/**
 * The pipl-guard CrossGuard policies, for a pack of your own:
 *
 * ```ts
 * new PolicyPack("acme", { policies: [...piplPolicies({ policies: { onUnknown: "mandatory" } }), ...mine] });
 * ```
 *
 * All are `mandatory` (`pi-store-retention-limited`: `advisory`) unless `config.enforcementLevel`
 * says otherwise; the engine's
 * `--policy-pack-config` still overrides level and options per policy.
 */
export function piplPolicies(config: PiplPoliciesConfig = {}): Policies {
  const runtime = createPolicyRuntime({ ...config, taxonomy: config.taxonomy ?? defaultTaxonomy });
  const level: EnforcementLevel = config.enforcementLevel ?? "mandatory";
  return [
    piStoreEncryptedAtRest(runtime, level),
    piStoreInMainlandChina(runtime, level),
    piStoreNotPublic(runtime, level),
    piStoreRetentionLimited(
      runtime,
      config.enforcementLevel ?? piStoreRetentionLimitedRecord.defaultEnforcementLevel,
    ),
    piNoCrossBorderReplication(runtime, level),
    piCategoryTagsValid(runtime, level),
  ];
}
