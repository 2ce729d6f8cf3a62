import { piStoreRetentionLimitedRecord as record } from "../analyzers/policies/pi-store-retention-limited.js";
import {
  checkResourceRetention,
  checkStackRetention,
} from "../analyzers/resources/check-store-retention.js";
import { twoPhasePolicy } from "./two-phase-policy.js";

/**
 * Require a bounded retention period for stores tagged as holding PI (PIPL Arts. 19, 47).
 *
 * `validateResource` judges stores whose retention is set on the resource itself (CloudWatch
 * `retentionInDays`, DynamoDB TTL, Kinesis `retentionPeriod`, OSS and COS lifecycle rules);
 * `validateStack` judges S3 buckets joined with their `BucketLifecycleConfiguration`.
 */
export const piStoreRetentionLimited = twoPhasePolicy(record, {
  resource: checkResourceRetention,
  stack: checkStackRetention,
});
