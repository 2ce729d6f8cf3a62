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

/**
 * Build the catalog from the built-in table plus user specs (config `resourceTypes`); a user spec
 * with a built-in token replaces it.
 */
export function createResourceCatalog(
  extra: readonly ResourceTypeSpecInput[] = [],
): ResourceCatalog {
  const byType = new Map<string, ResourceTypeSpec>();
  for (const [i, input] of [...resourceTypes, ...extra].entries()) {
    const where =
      i < resourceTypes.length
        ? `built-in resourceTypes[${i}]`
        : `resourceTypes[${i - resourceTypes.length}]`;
    const spec = parseSpec(resourceTypeSpecSchema, input, where);
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
