import type { EnforcementLevel, StackValidationPolicy } from "@pulumi/policy";
import { piNoCrossBorderReplicationRecord as record } from "../analyzers/policies/pi-no-cross-border-replication.js";
import { checkReplication } from "../analyzers/resources/check-replication.js";
import type { PolicyRuntime } from "./policy-runtime.js";
import { fromStackResources } from "./to-analyzed-resource.js";

/** Disallow replication and backup copies of tagged PI to regions outside mainland China. */
export function piNoCrossBorderReplication(
  runtime: PolicyRuntime,
  enforcementLevel: EnforcementLevel,
): StackValidationPolicy {
  return {
    ...runtime.metadata(record),
    enforcementLevel,
    validateStack: (args, reportViolation) => {
      const context = runtime.context(record.id, args.getConfig());
      runtime.report(
        checkReplication(fromStackResources(args.resources), context),
        context.options,
        reportViolation,
      );
    },
  };
}
