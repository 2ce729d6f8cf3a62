/** The provider resource a resource is created with, as the engine sends it. */
export interface AnalyzedProvider {
  type: string;
  urn: string;
  name: string;
  /** Raw properties (unknown sentinels kept, secrets unwrapped or wire-wrapped). */
  props: Record<string, unknown>;
}

/**
 * A resource as the evaluation logic reads it: the common part of `@pulumi/policy`'s
 * `ResourceValidationArgs` and `PolicyResource`, with raw (un-proxied) properties so computed values
 * can be handled here instead of by the SDK's throwing proxy.
 */
export interface AnalyzedResource {
  type: string;
  urn: string;
  name: string;
  props: Record<string, unknown>;
  provider?: AnalyzedProvider;
  /** Stack analysis only: resources this one depends on. */
  dependencies?: readonly AnalyzedResource[];
  /** Stack analysis only: dependencies per input property. */
  propertyDependencies?: Readonly<Record<string, readonly AnalyzedResource[]>>;
}
