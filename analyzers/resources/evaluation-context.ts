import type { CategoryLookup } from "./category-lookup.js";
import type { PolicyOptions } from "./policy-options.js";
import type { RegionEnvironment } from "./resolve-region.js";
import type { ResourceCatalog } from "./resource-catalog.js";
import type { RegionCatalog } from "../regions/region-catalog.js";

/** Everything the pure checks read besides the resources themselves. */
export interface EvaluationContext {
  taxonomy: CategoryLookup;
  regions: RegionCatalog;
  resources: ResourceCatalog;
  environment: RegionEnvironment;
  options: PolicyOptions;
}
