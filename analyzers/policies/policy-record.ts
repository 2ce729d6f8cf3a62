import type { PolicyOptionName } from "../resources/policy-options.js";
import type { LocalizedText } from "../taxonomy/category-definition.js";

/** How serious a violation is (the CrossGuard `severity` values). */
export type PolicySeverity = "low" | "medium" | "high" | "critical";

/** When the engine runs a policy: per resource (`validateResource`) or once per stack. */
export type PolicyPhase = "resource" | "stack";

/**
 * Everything a pipl-guard CrossGuard policy says about itself, in one place: the pack's policy
 * objects (description, remediation steps, docs url, tags, severity, config schema), the violation
 * wording and the doc tables are derived from it or checked against it. Plain data, so the
 * evaluation in `analyzers/` and API users can read it without loading `@pulumi/policy`.
 */
export interface PolicyRecord {
  /** Kebab-case policy name, as the engine, `--policy-pack-config` and the doc page know it. */
  readonly id: string;
  /** What the policy enforces, beginning "Require", "Disallow" or "Enforce". */
  readonly description: LocalizedText;
  /** What to change when it reports (CrossGuard `remediationSteps`). */
  readonly remediation: LocalizedText;
  /**
   * Every violation message the policy can report, keyed by the `PolicyFinding.message` id the
   * check functions give; `{placeholders}` are filled from the finding's params.
   */
  readonly messages: Readonly<Record<string, LocalizedText>>;
  /** Its doc page, relative to `policies/docs/` (shipped in the package and read online). */
  readonly docsPath: string;
  readonly severity: PolicySeverity;
  /** CrossGuard tags: `pipl`, the topic, and the PIPL articles (`art-51`). */
  readonly tags: readonly string[];
  /** The legal basis, as short as the pack README's table gives it. */
  readonly law: string;
  /** The phases its adapter implements. */
  readonly phases: readonly PolicyPhase[];
  /** The policy options it reads (its config schema, in this order). */
  readonly options: readonly PolicyOptionName[];
  /**
   * Its level when neither `piplPolicies({ enforcementLevel })` nor `--policy-pack-config` sets one
   * (default `mandatory`): policies whose finding is a judgement call start as `advisory`.
   */
  readonly defaultEnforcementLevel?: "advisory" | "mandatory";
}
