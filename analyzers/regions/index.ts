export { createRegionCatalog, defaultRegionCatalog } from "./region-catalog.js";
export type { RegionCatalog, RegionVerdict } from "./region-catalog.js";
export { providerRegions } from "./provider-regions.js";
export { regionSpecExtensionSchema, regionSpecSchema, regionNameSchema } from "./region-spec.js";
export type { RegionSpec, RegionSpecExtension, RegionSpecInput } from "./region-spec.js";
export { mainlandRegion } from "./mainland-region.js";
export { mainlandRegionIds } from "./mainland-region-ids.js";
export { mainlandRegionList } from "./mainland-region-list.js";
