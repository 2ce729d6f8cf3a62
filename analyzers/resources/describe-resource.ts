import type { AnalyzedResource } from "./analyzed-resource.js";
import type { Bilingual } from "./policy-finding.js";
import type { ResourceTypeSpec } from "./resource-type-spec.js";

/** `"customer-data" (AWS S3 bucket, aws:s3/bucket:Bucket)` in both languages. */
export function describeResource(
  resource: Pick<AnalyzedResource, "name" | "type">,
  spec: Pick<ResourceTypeSpec, "label"> | undefined,
): Bilingual {
  const en = spec ? `${spec.label.en}, ${resource.type}` : resource.type;
  const zh = spec ? `${spec.label["zh-CN"]}，${resource.type}` : resource.type;
  return { en: `"${resource.name}" (${en})`, "zh-CN": `“${resource.name}”（${zh}）` };
}
