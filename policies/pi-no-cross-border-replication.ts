import type { EnforcementLevel, StackValidationPolicy } from "@pulumi/policy";
import { checkReplication } from "../analyzers/resources/check-replication.js";
import { allowedRegionsSchema, onUnknownSchema, tagKeySchema } from "./option-schemas.js";
import { piplFramework } from "./pipl-framework.js";
import type { PolicyRuntime } from "./policy-runtime.js";
import { fromStackResources } from "./to-analyzed-resource.js";

const name = "pi-no-cross-border-replication";

/** Disallow replication and backup copies of tagged PI to regions outside mainland China. */
export function piNoCrossBorderReplication(
  runtime: PolicyRuntime,
  enforcementLevel: EnforcementLevel,
): StackValidationPolicy {
  return {
    name,
    description: runtime.description(name),
    enforcementLevel,
    severity: "critical",
    framework: piplFramework,
    tags: ["pipl", "cross-border", "replication", "backup", "art-38", "art-39", "art-40"],
    remediationSteps: runtime.remediationSteps(name),
    url: runtime.docsUrl(name),
    configSchema: {
      properties: {
        tagKey: tagKeySchema,
        onUnknown: onUnknownSchema,
        allowedRegions: allowedRegionsSchema,
      },
    },
    validateStack: (args, reportViolation) => {
      const context = runtime.context(name, args.getConfig());
      runtime.report(
        checkReplication(fromStackResources(args.resources), context),
        context.options,
        reportViolation,
      );
    },
  };
}
