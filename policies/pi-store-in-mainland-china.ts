import type { EnforcementLevel, ResourceValidationPolicy } from "@pulumi/policy";
import { piStoreInMainlandChinaRecord as record } from "../analyzers/policies/pi-store-in-mainland-china.js";
import { checkResidency } from "../analyzers/resources/check-store-residency.js";
import type { PolicyRuntime } from "./policy-runtime.js";
import { fromValidationArgs } from "./to-analyzed-resource.js";

/** Require resources tagged as holding PI to live in a mainland-China region (PIPL Arts. 38–40). */
export function piStoreInMainlandChina(
  runtime: PolicyRuntime,
  enforcementLevel: EnforcementLevel,
): ResourceValidationPolicy {
  return {
    ...runtime.metadata(record),
    enforcementLevel,
    validateResource: (args, reportViolation) => {
      const context = runtime.context(record.id, args.getConfig());
      runtime.report(
        checkResidency(fromValidationArgs(args), context),
        context.options,
        reportViolation,
      );
    },
  };
}
