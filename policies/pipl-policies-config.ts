import type { CategoryLookup } from "../analyzers/resources/category-lookup.js";
import type { PolicyOptionsInput } from "../analyzers/resources/policy-options.js";
import type { ResourceTypeSpecInput } from "../analyzers/resources/resource-type-spec.js";
import type { RegionSpecExtension, RegionSpecInput } from "../analyzers/regions/region-spec.js";

/**
 * What `piplPolicies` accepts. A `ResolvedConfig` from `loadConfig` fits (its `taxonomy`, `locale`
 * and the `regions`, `resourceTypes` and `policies` sections); every field is optional.
 */
export interface PiplPoliciesConfig {
  /** Category taxonomy; defaults to the built-in one. */
  taxonomy?: CategoryLookup;
  /** Language shown first in violation messages (both are always shown). */
  locale?: "en" | "zh-CN";
  /** Extra or overriding provider region specs. */
  regions?: readonly (RegionSpecInput | RegionSpecExtension)[];
  /** Extra or overriding resource type specs. */
  resourceTypes?: readonly ResourceTypeSpecInput[];
  /** Defaults for the policy options; `--policy-pack-config` overrides them per policy. */
  policies?: PolicyOptionsInput;
  /**
   * Base URL of the policy doc pages the engine shows with each policy (a fork's or an internal
   * mirror's copy of `policies/docs/`); default: pipl-guard's repository on GitHub.
   */
  docsBaseUrl?: string;
  /** Enforcement level of every policy (default `mandatory`). */
  enforcementLevel?: "advisory" | "mandatory" | "disabled";
  /** Process environment to read `PULUMI_CONFIG` and provider variables from (tests). */
  env?: Readonly<Record<string, string | undefined>>;
}
