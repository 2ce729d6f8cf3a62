import type { AnalyzedResource } from "../../../analyzers/resources/analyzed-resource.js";
import { checkReplication } from "../../../analyzers/resources/check-replication.js";
import { checkCategoryTags } from "../../../analyzers/resources/check-category-tags.js";
import {
  checkResourceEncryption,
  checkStackEncryption,
} from "../../../analyzers/resources/check-store-encryption.js";
import { checkResidency } from "../../../analyzers/resources/check-store-residency.js";
import {
  checkResourceRetention,
  checkStackRetention,
} from "../../../analyzers/resources/check-store-retention.js";
import {
  checkResourceExposure,
  checkStackExposure,
} from "../../../analyzers/resources/check-store-exposure.js";
import type { EvaluationContext } from "../../../analyzers/resources/evaluation-context.js";
import type { PolicyFinding } from "../../../analyzers/resources/policy-finding.js";
import {
  policyOptionsSchema,
  type PolicyOptionsInput,
} from "../../../analyzers/resources/policy-options.js";
import { defaultResourceCatalog } from "../../../analyzers/resources/resource-catalog.js";
import { defaultRegionCatalog } from "../../../analyzers/regions/region-catalog.js";
import { testTaxonomy } from "./test-taxonomy.js";

/** A context over the built-in catalogs and the test taxonomy. */
export function testContext(
  options: PolicyOptionsInput = {},
  stackConfig: Record<string, string> = {},
  env: Record<string, string> = {},
): EvaluationContext {
  return {
    taxonomy: testTaxonomy,
    regions: defaultRegionCatalog,
    resources: defaultResourceCatalog,
    environment: { stackConfig, env },
    options: policyOptionsSchema.parse(options),
  };
}

let counter = 0;
/** A resource with a URN derived from its type and name. */
export function resource(
  type: string,
  props: Record<string, unknown>,
  extra: Partial<AnalyzedResource> & { name?: string } = {},
): AnalyzedResource {
  const name = extra.name ?? `r${++counter}`;
  return { type, urn: `urn:pulumi:dev::infra::${type}::${name}`, name, props, ...extra };
}

/** Encryption findings over a stack, both phases, as the pack would produce them. */
export function encryptionFindings(
  resources: AnalyzedResource[],
  context = testContext(),
): PolicyFinding[] {
  return [
    ...resources.flatMap((r) => checkResourceEncryption(r, context)),
    ...checkStackEncryption(resources, context),
  ];
}

/** Public-exposure findings over a stack, both phases, as the pack would produce them. */
export function exposureFindings(
  resources: AnalyzedResource[],
  context = testContext(),
): PolicyFinding[] {
  return [
    ...resources.flatMap((r) => checkResourceExposure(r, context)),
    ...checkStackExposure(resources, context),
  ];
}

/** Retention findings over a stack, both phases, as the pack would produce them. */
export function retentionFindings(
  resources: AnalyzedResource[],
  context = testContext(),
): PolicyFinding[] {
  return [
    ...resources.flatMap((r) => checkResourceRetention(r, context)),
    ...checkStackRetention(resources, context),
  ];
}

export { checkReplication, checkCategoryTags, checkResidency };

/** The AWS China provider most tests create resources with. */
export const awsCn = {
  type: "pulumi:providers:aws",
  urn: "urn:pulumi:dev::infra::pulumi:providers:aws::cn",
  name: "cn",
  props: { region: "cn-north-1" },
};
