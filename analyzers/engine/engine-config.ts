import type {
  ConsentDecoratorsSection,
  ConsentFunctionsSection,
  SanitizersSection,
} from "../consent/consent-spec.js";
import type { SinksSection } from "../sinks/sink-spec.js";
import type { RegionSpecExtension, RegionSpecInput } from "../regions/region-spec.js";
import type { TransfersSection } from "../transfers/transfers-section.js";
import type { AnalysisSection } from "./analysis-options.js";

/** The part of a taxonomy category the engine reads. */
export interface EngineCategory {
  id: string;
  name: { en: string; "zh-CN": string };
  sensitivity: "general" | "sensitive";
  legalBasis: string[];
  validators: string[];
  /** Kept by network logs (an IP address, an account name): not reported on log sinks by default. */
  networkLogIdentifier?: boolean;
}

/** The taxonomy operations the engine uses (a subset of `Taxonomy` in analyzers/README.md). */
export interface EngineTaxonomy {
  readonly categories: readonly EngineCategory[];
  resolve(idOrAlias: string): EngineCategory | undefined;
  covers(coveringIdOrAlias: string, categoryId: string): boolean;
  classify(identifier: string): readonly {
    category: EngineCategory;
    token: string;
    confidence: "exact" | "token";
  }[];
  suggest?(unknown: string): string | undefined;
}

/** Value validators by id (`resident-id`, `mobile`, `bank-card`), as the recognisers export them. */
export type ValueValidators = Readonly<Record<string, (value: string) => boolean>>;

/**
 * The resolved config as the engine reads it. `ResolvedConfig` from analyzers/config satisfies it:
 * the engine owns the `sinks`, `consentFunctions`, `consentDecorators` and `sanitizers` sections.
 */
export interface EngineConfig {
  locale?: "en" | "zh-CN";
  taxonomy: EngineTaxonomy;
  sinks?: SinksSection | undefined;
  consentFunctions?: ConsentFunctionsSection | undefined;
  consentDecorators?: ConsentDecoratorsSection | undefined;
  sanitizers?: SanitizersSection | undefined;
  /** Transfer destinations, own hosts, cross-border consent purposes, mechanisms. */
  transfers?: TransfersSection | undefined;
  /** Region table extensions (a private cloud's mainland regions), for transfer destinations. */
  regions?: readonly (RegionSpecInput | RegionSpecExtension)[] | undefined;
  /** Confidence floor and network-log identifiers (see analysis-options.ts). */
  analysis?: AnalysisSection | undefined;
  /** Validators for string literals; defaults to the recognisers' validators. */
  validators?: ValueValidators | undefined;
}
