import { piStoreNotPublicRecord as record } from "../analyzers/policies/pi-store-not-public.js";
import {
  checkResourceExposure,
  checkStackExposure,
} from "../analyzers/resources/check-store-exposure.js";
import { twoPhasePolicy } from "./two-phase-policy.js";

/**
 * Disallow public access from the internet to stores tagged as holding PI (PIPL Art. 51).
 *
 * `validateResource` judges exposures on the store itself (RDS `publiclyAccessible`, Alibaba Cloud
 * whitelists, COS and OBS ACLs); `validateStack` judges stores that other resources expose or
 * protect (S3 ACL, policy and Block Public Access resources, OSS ACL and policy resources, GCS IAM,
 * Azure blob containers, RDS snapshots and cluster instances), joining them.
 */
export const piStoreNotPublic = twoPhasePolicy(record, {
  resource: checkResourceExposure,
  stack: checkStackExposure,
});
