import type { AnalyzedResource } from "./analyzed-resource.js";
import { describeResource } from "./describe-resource.js";
import type { PolicyFinding } from "./policy-finding.js";
import type { ResourceTypeSpec } from "./resource-type-spec.js";

/**
 * The finding every policy gives when a resource's whole tag map is still computed: whether it
 * holds PI cannot be known, so it is reported (at the `onUnknown` level), never passed.
 */
export function unknownTagsFinding(
  resource: AnalyzedResource,
  spec: Pick<ResourceTypeSpec, "label"> | undefined,
  field: string,
): PolicyFinding {
  return {
    urn: resource.urn,
    message: "tags.unknown-map",
    params: {
      resource: describeResource(resource, spec),
      field,
      fix: { en: `a literal \`${field}\` map`, "zh-CN": `字面值的 \`${field}\` 映射` },
    },
    dependsOnUnknown: true,
  };
}
