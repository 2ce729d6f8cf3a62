import type { AnalyzedResource } from "./analyzed-resource.js";
import type { EvaluationContext } from "./evaluation-context.js";
import { readCategories, type CategoryReading } from "./read-categories.js";

/** The PI categories a resource is tagged with, read with the policy run's catalogs and options. */
export function readResourceCategories(
  resource: AnalyzedResource,
  context: EvaluationContext,
): CategoryReading {
  return readCategories(
    resource,
    context.resources.get(resource.type),
    context.options.tagKey,
    context.taxonomy,
    context.regions,
  );
}
