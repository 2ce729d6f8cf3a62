import type {
  EnforcementLevel,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from "@pulumi/policy";
import { piStoreNotPublicRecord as record } from "../analyzers/policies/pi-store-not-public.js";
import {
  checkResourceExposure,
  checkStackExposure,
} from "../analyzers/resources/check-store-exposure.js";
import type { PolicyRuntime } from "./policy-runtime.js";
import { fromStackResources, fromValidationArgs } from "./to-analyzed-resource.js";

/**
 * Disallow public access from the internet to stores tagged as holding PI (PIPL Art. 51).
 *
 * `validateResource` judges exposures on the store itself (RDS `publiclyAccessible`, Alibaba Cloud
 * whitelists, COS and OBS ACLs); `validateStack` judges stores that other resources expose or
 * protect (S3 ACL, policy and Block Public Access resources, OSS ACL and policy resources, GCS IAM,
 * Azure blob containers, RDS snapshots and cluster instances), joining them.
 */
export function piStoreNotPublic(
  runtime: PolicyRuntime,
  enforcementLevel: EnforcementLevel,
): ResourceValidationPolicy & StackValidationPolicy {
  return {
    ...runtime.metadata(record),
    enforcementLevel,
    validateResource: (args, reportViolation) => {
      const context = runtime.context(record.id, args.getConfig());
      runtime.report(
        checkResourceExposure(fromValidationArgs(args), context),
        context.options,
        reportViolation,
      );
    },
    validateStack: (args, reportViolation) => {
      const context = runtime.context(record.id, args.getConfig());
      runtime.report(
        checkStackExposure(fromStackResources(args.resources), context),
        context.options,
        reportViolation,
      );
    },
  };
}
