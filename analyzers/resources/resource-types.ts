/*
 * Pulumi resource types that store, encrypt or copy personal information, one table per provider
 * in `resource-types/` (each names its provider schema). Property names are the SDK's camelCase
 * input names, which is what the policy engine receives; defaults quote the SDK doc comments
 * ("default is `false`").
 */
import type { ResourceTypeSpecInput } from "./resource-type-spec.js";
import { alicloudResourceTypes } from "./resource-types/alicloud.js";
import { awsResourceTypes } from "./resource-types/aws.js";
import { azureNativeResourceTypes } from "./resource-types/azure-native.js";
import { gcpResourceTypes } from "./resource-types/gcp.js";
import { huaweicloudResourceTypes } from "./resource-types/huaweicloud.js";
import { tencentcloudResourceTypes } from "./resource-types/tencentcloud.js";

/**
 * Built-in resource types per Pulumi package (the first segment of their type tokens), in the
 * order the catalog lists them.
 */
export const resourceTypesByProvider: Readonly<Record<string, readonly ResourceTypeSpecInput[]>> = {
  aws: awsResourceTypes,
  alicloud: alicloudResourceTypes,
  "azure-native": azureNativeResourceTypes,
  tencentcloud: tencentcloudResourceTypes,
  huaweicloud: huaweicloudResourceTypes,
  gcp: gcpResourceTypes,
};

/** Built-in resource types. */
export const resourceTypes: readonly ResourceTypeSpecInput[] =
  Object.values(resourceTypesByProvider).flat();
