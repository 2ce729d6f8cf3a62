export { createRegionCatalog, defaultRegionCatalog } from "./region-catalog.js";
export type { RegionCatalog, RegionVerdict } from "./region-catalog.js";
export { providerRegions } from "./provider-regions.js";
export { regionSpecSchema, regionNameSchema } from "./region-spec.js";
export type { RegionSpec, RegionSpecInput } from "./region-spec.js";
