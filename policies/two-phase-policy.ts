import type {
  EnforcementLevel,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from "@pulumi/policy";
import type { PolicyRecord } from "../analyzers/policies/policy-record.js";
import type { AnalyzedResource } from "../analyzers/resources/analyzed-resource.js";
import type { EvaluationContext } from "../analyzers/resources/evaluation-context.js";
import type { PolicyFinding } from "../analyzers/resources/policy-finding.js";
import type { PolicyRuntime } from "./policy-runtime.js";
import { fromStackResources, fromValidationArgs } from "./to-analyzed-resource.js";

/** The two checks of a policy: one resource alone, and the whole stack (joined resources). */
export interface TwoPhaseChecks {
  resource(resource: AnalyzedResource, context: EvaluationContext): PolicyFinding[];
  stack(resources: readonly AnalyzedResource[], context: EvaluationContext): PolicyFinding[];
}

/**
 * A CrossGuard policy judged in two phases: `validateResource` for what a store says about itself,
 * before anything is created, and `validateStack` for what other resources of the stack do to it
 * (a separate encryption, ACL or lifecycle resource), joining them. The SDK runs a policy's
 * `validateStack` in AnalyzeStack whenever it is a function, so both phases share the policy's
 * name, level and config, all from its record.
 */
export function twoPhasePolicy(
  record: PolicyRecord,
  checks: TwoPhaseChecks,
): (
  runtime: PolicyRuntime,
  level: EnforcementLevel,
) => ResourceValidationPolicy & StackValidationPolicy {
  return (runtime, enforcementLevel) => ({
    ...runtime.metadata(record),
    enforcementLevel,
    validateResource: (args, reportViolation) => {
      const context = runtime.context(record.id, args.getConfig());
      runtime.report(
        checks.resource(fromValidationArgs(args), context),
        context.options,
        reportViolation,
      );
    },
    validateStack: (args, reportViolation) => {
      const context = runtime.context(record.id, args.getConfig());
      runtime.report(
        checks.stack(fromStackResources(args.resources), context),
        context.options,
        reportViolation,
      );
    },
  });
}
