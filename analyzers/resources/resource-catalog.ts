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
 * with a built-in token replaces it. User specs are validated now, so a mistake surfaces where the
 * config is read; the built-in table is parsed and indexed on the first lookup, so a process that
 * never looks a type up (a policy pack answering the engine's handshake) does not pay for it.
 */
export function createResourceCatalog(
  extra: readonly ResourceTypeSpecInput[] = [],
): ResourceCatalog {
  const userSpecs = extra.map((input, i) =>
    parseSpec(resourceTypeSpecSchema, input, `resourceTypes[${i}]`),
  );
  let index: ResourceCatalog | undefined;
  const built = (): ResourceCatalog => (index ??= indexSpecs(userSpecs));
  return {
    get: (type) => built().get(type),
    providerOf: (type) => type.slice(0, type.indexOf(":")),
    attachmentsFor: (storeType) => built().attachmentsFor(storeType),
    get specs() {
      return built().specs;
    },
  };
}

/** Index the built-in specs overridden by `userSpecs`. */
function indexSpecs(userSpecs: readonly ResourceTypeSpec[]): ResourceCatalog {
  const byType = new Map<string, ResourceTypeSpec>();
  for (const spec of builtInSpecs()) byType.set(spec.type, spec);
  for (const spec of userSpecs) byType.set(spec.type, spec);
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
