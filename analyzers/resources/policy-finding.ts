/** Text in both message languages. */
export interface Bilingual {
  en: string;
  "zh-CN": string;
}

/**
 * A violation found by the evaluation logic, before wording: the policies adapter renders it with
 * the `policyMessages` catalogue and reports it at the policy's level, or at `onUnknown` when
 * `dependsOnUnknown` is set.
 */
export interface PolicyFinding {
  /** Resource the violation is reported on. */
  urn: string;
  /** Key in `policyMessages`. */
  message: string;
  /** Template parameters, plain or per language. */
  params: Record<string, string | Bilingual>;
  /** The decision depends on a value computed during preview. */
  dependsOnUnknown: boolean;
}
