import type { EnforcementLevel, ResourceValidationPolicy } from "@pulumi/policy";
import { checkResidency } from "../analyzers/resources/check-store-residency.js";
import { allowedRegionsSchema, onUnknownSchema, tagKeySchema } from "./option-schemas.js";
import { piplFramework } from "./pipl-framework.js";
import type { PolicyRuntime } from "./policy-runtime.js";
import { fromValidationArgs } from "./to-analyzed-resource.js";

const name = "pi-store-in-mainland-china";

/** Require resources tagged as holding PI to live in a mainland-China region (PIPL Arts. 38–40). */
export function piStoreInMainlandChina(
  runtime: PolicyRuntime,
  enforcementLevel: EnforcementLevel,
): ResourceValidationPolicy {
  return {
    name,
    description: runtime.description(name),
    enforcementLevel,
    severity: "critical",
    framework: piplFramework,
    tags: ["pipl", "data-residency", "cross-border", "art-38", "art-40"],
    remediationSteps: runtime.remediationSteps(name),
    url: runtime.docsUrl(name),
    configSchema: {
      properties: {
        tagKey: tagKeySchema,
        onUnknown: onUnknownSchema,
        allowedRegions: allowedRegionsSchema,
      },
    },
    validateResource: (args, reportViolation) => {
      const context = runtime.context(name, args.getConfig());
      runtime.report(
        checkResidency(fromValidationArgs(args), context),
        context.options,
        reportViolation,
      );
    },
  };
}
