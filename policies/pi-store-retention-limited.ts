import type {
  EnforcementLevel,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from "@pulumi/policy";
import { piStoreRetentionLimitedRecord as record } from "../analyzers/policies/pi-store-retention-limited.js";
import {
  checkResourceRetention,
  checkStackRetention,
} from "../analyzers/resources/check-store-retention.js";
import type { PolicyRuntime } from "./policy-runtime.js";
import { fromStackResources, fromValidationArgs } from "./to-analyzed-resource.js";

/**
 * Require a bounded retention period for stores tagged as holding PI (PIPL Arts. 19, 47).
 *
 * `validateResource` judges stores whose retention is set on the resource itself (CloudWatch
 * `retentionInDays`, DynamoDB TTL, Kinesis `retentionPeriod`, OSS and COS lifecycle rules);
 * `validateStack` judges S3 buckets joined with their `BucketLifecycleConfiguration`.
 */
export function piStoreRetentionLimited(
  runtime: PolicyRuntime,
  enforcementLevel: EnforcementLevel,
): ResourceValidationPolicy & StackValidationPolicy {
  return {
    ...runtime.metadata(record),
    enforcementLevel,
    validateResource: (args, reportViolation) => {
      const context = runtime.context(record.id, args.getConfig());
      runtime.report(
        checkResourceRetention(fromValidationArgs(args), context),
        context.options,
        reportViolation,
      );
    },
    validateStack: (args, reportViolation) => {
      const context = runtime.context(record.id, args.getConfig());
      runtime.report(
        checkStackRetention(fromStackResources(args.resources), context),
        context.options,
        reportViolation,
      );
    },
  };
}
