import type { EnforcementLevel, ResourceValidationPolicy } from "@pulumi/policy";
import { piCategoryTagsValidRecord as record } from "../analyzers/policies/pi-category-tags-valid.js";
import { checkCategoryTags } from "../analyzers/resources/check-category-tags.js";
import type { PolicyRuntime } from "./policy-runtime.js";
import { fromValidationArgs } from "./to-analyzed-resource.js";

/** Enforce that PI tags name known categories, so the right controls apply. */
export function piCategoryTagsValid(
  runtime: PolicyRuntime,
  enforcementLevel: EnforcementLevel,
): ResourceValidationPolicy {
  return {
    ...runtime.metadata(record),
    enforcementLevel,
    validateResource: (args, reportViolation) => {
      const context = runtime.context(record.id, args.getConfig());
      runtime.report(
        checkCategoryTags(fromValidationArgs(args), context),
        context.options,
        reportViolation,
      );
    },
  };
}
