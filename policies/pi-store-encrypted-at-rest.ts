import { piStoreEncryptedAtRestRecord as record } from "../analyzers/policies/pi-store-encrypted-at-rest.js";
import {
  checkResourceEncryption,
  checkStackEncryption,
} from "../analyzers/resources/check-store-encryption.js";
import { twoPhasePolicy } from "./two-phase-policy.js";

/**
 * Require encryption at rest for every store tagged as holding PI (PIPL Art. 51).
 *
 * One policy, two phases: `validateResource` judges stores whose encryption lives on the resource
 * itself (RDS `storageEncrypted`, EBS `encrypted`, …), before anything is created; `validateStack`
 * judges stores that a separate resource can encrypt (S3 `BucketServerSideEncryptionConfiguration`,
 * OSS `BucketServerSideEncryption`, Azure SQL TDE, Tencent TDE resources), joining the two.
 */
export const piStoreEncryptedAtRest = twoPhasePolicy(record, {
  resource: checkResourceEncryption,
  stack: checkStackEncryption,
});
