import type {
  EnforcementLevel,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from "@pulumi/policy";
import { piStoreEncryptedAtRestRecord as record } from "../analyzers/policies/pi-store-encrypted-at-rest.js";
import {
  checkResourceEncryption,
  checkStackEncryption,
} from "../analyzers/resources/check-store-encryption.js";
import type { PolicyRuntime } from "./policy-runtime.js";
import { fromStackResources, fromValidationArgs } from "./to-analyzed-resource.js";

/**
 * Require encryption at rest for every store tagged as holding PI (PIPL Art. 51).
 *
 * One policy, two phases: `validateResource` judges stores whose encryption lives on the resource
 * itself (RDS `storageEncrypted`, EBS `encrypted`, …), before anything is created; `validateStack`
 * judges stores that a separate resource can encrypt (S3 `BucketServerSideEncryptionConfiguration`,
 * OSS `BucketServerSideEncryption`, Azure SQL TDE, Tencent TDE resources), joining the two. The
 * SDK runs a policy's `validateStack` in AnalyzeStack whenever it is a function, so both phases
 * share the policy's name, level and config.
 */
export function piStoreEncryptedAtRest(
  runtime: PolicyRuntime,
  enforcementLevel: EnforcementLevel,
): ResourceValidationPolicy & StackValidationPolicy {
  return {
    ...runtime.metadata(record),
    enforcementLevel,
    validateResource: (args, reportViolation) => {
      const context = runtime.context(record.id, args.getConfig());
      runtime.report(
        checkResourceEncryption(fromValidationArgs(args), context),
        context.options,
        reportViolation,
      );
    },
    validateStack: (args, reportViolation) => {
      const context = runtime.context(record.id, args.getConfig());
      runtime.report(
        checkStackEncryption(fromStackResources(args.resources), context),
        context.options,
        reportViolation,
      );
    },
  };
}
