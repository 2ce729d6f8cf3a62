import type { EnforcementLevel, ResourceValidationPolicy } from "@pulumi/policy";
import { checkCategoryTags } from "../analyzers/resources/check-category-tags.js";
import { onUnknownSchema, tagKeySchema } from "./option-schemas.js";
import { piplFramework } from "./pipl-framework.js";
import type { PolicyRuntime } from "./policy-runtime.js";
import { fromValidationArgs } from "./to-analyzed-resource.js";

const name = "pi-category-tags-valid";

/** Enforce that PI tags name known categories, so the right controls apply. */
export function piCategoryTagsValid(
  runtime: PolicyRuntime,
  enforcementLevel: EnforcementLevel,
): ResourceValidationPolicy {
  return {
    name,
    description: runtime.description(name),
    enforcementLevel,
    severity: "medium",
    framework: piplFramework,
    tags: ["pipl", "tagging", "classification", "art-51"],
    remediationSteps: runtime.remediationSteps(name),
    url: runtime.docsUrl(name),
    configSchema: { properties: { tagKey: tagKeySchema, onUnknown: onUnknownSchema } },
    validateResource: (args, reportViolation) => {
      const context = runtime.context(name, args.getConfig());
      runtime.report(
        checkCategoryTags(fromValidationArgs(args), context),
        context.options,
        reportViolation,
      );
    },
  };
}
