import { piCategoryTagsValidRecord } from "./pi-category-tags-valid.js";
import { piNoCrossBorderReplicationRecord } from "./pi-no-cross-border-replication.js";
import { piStoreEncryptedAtRestRecord } from "./pi-store-encrypted-at-rest.js";
import { piStoreInMainlandChinaRecord } from "./pi-store-in-mainland-china.js";
import { piStoreNotPublicRecord } from "./pi-store-not-public.js";
import { piStoreRetentionLimitedRecord } from "./pi-store-retention-limited.js";

export type { PolicyPhase, PolicyRecord, PolicySeverity } from "./policy-record.js";

/**
 * The records of the pipl-guard CrossGuard policies, in the order the pack lists them. Adding a
 * policy: its record here, its adapter in `policies/`, its test and its doc page.
 */
export const policyRecords = [
  piStoreEncryptedAtRestRecord,
  piStoreInMainlandChinaRecord,
  piStoreNotPublicRecord,
  piStoreRetentionLimitedRecord,
  piNoCrossBorderReplicationRecord,
  piCategoryTagsValidRecord,
] as const;

/** Names of the pipl-guard policies. */
export type PolicyId = (typeof policyRecords)[number]["id"];
