import { parseSpec } from "./parse-spec.js";
import { resourceTypes } from "./resource-types.js";
import {
  resourceTypeSpecSchema,
  type ResourceTypeSpec,
  type ResourceTypeSpecInput,
} from "./resource-type-spec.js";

/** Resource type specs by token, with the reverse index of encryption attachments. */
export interface ResourceCatalog {
  get(type: string): ResourceTypeSpec | undefined;
  /** The Pulumi package of a type token (`aws` for `aws:s3/bucket:Bucket`). */
  providerOf(type: string): string;
  /** Types that can switch on encryption for resources of `storeType`. */
  attachmentsFor(storeType: string): readonly ResourceTypeSpec[];
  readonly specs: readonly ResourceTypeSpec[];
}

let builtIns: readonly ResourceTypeSpec[] | undefined;

/**
 * The built-in table, parsed once per process: every catalog (the default one and each pack's)
 * starts from it, and each parse is start-up time of every `pulumi preview`.
 */
function builtInSpecs(): readonly ResourceTypeSpec[] {
  return (builtIns ??= resourceTypes.map((input, i) =>
    parseSpec(resourceTypeSpecSchema, input, `built-in resourceTypes[${i}]`),
  ));
}

/**
 * Build the catalog from the built-in table plus user specs (config `resourceTypes`); a user spec
 * with a built-in token replaces it.
 */
export function createResourceCatalog(
  extra: readonly ResourceTypeSpecInput[] = [],
): ResourceCatalog {
  const byType = new Map<string, ResourceTypeSpec>();
  for (const spec of builtInSpecs()) byType.set(spec.type, spec);
  for (const [i, input] of extra.entries()) {
    const spec = parseSpec(resourceTypeSpecSchema, input, `resourceTypes[${i}]`);
    byType.set(spec.type, spec);
  }
  const attachments = new Map<string, ResourceTypeSpec[]>();
  for (const spec of byType.values()) {
    for (const target of spec.encryptionAttachment?.targets ?? []) {
      attachments.set(target, [...(attachments.get(target) ?? []), spec]);
    }
  }
  return {
    get: (type) => byType.get(type),
    providerOf: (type) => type.slice(0, type.indexOf(":")),
    attachmentsFor: (storeType) => attachments.get(storeType) ?? [],
    specs: [...byType.values()],
  };
}

/** The catalog of built-in resource types only. */
export const defaultResourceCatalog: ResourceCatalog = createResourceCatalog();
