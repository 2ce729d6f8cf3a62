import {
  compileConsentRules,
  type CompiledConsentRules,
} from "../consent/compile-consent-rules.js";
import { compileSinkCatalog, type CompiledSinkCatalog } from "../sinks/compile-sink-catalog.js";
import { createRegionCatalog, defaultRegionCatalog } from "../regions/region-catalog.js";
import { compileTransfers, type CompiledTransfers } from "../transfers/compile-transfers.js";
import { validatorsById } from "../recognisers/validators/validators.js";
import type {
  EngineCategory,
  EngineConfig,
  EngineTaxonomy,
  ValueValidators,
} from "./engine-config.js";

/** What the engine derives once from a config: compiled catalogs and name verdicts. */
export interface EngineContext {
  config: EngineConfig;
  taxonomy: EngineTaxonomy;
  sinks: CompiledSinkCatalog;
  consent: CompiledConsentRules;
  /** Destinations of transfers, cross-border consent purposes and mechanisms (PIPL Arts. 38-39). */
  transfers: CompiledTransfers;
  validators: ValueValidators;
  /** Categories that have value validators, in taxonomy order. */
  validatedCategories: readonly { category: EngineCategory; validators: readonly string[] }[];
  /** Identifier → first classification (memoised: the taxonomy classifier tokenises). */
  classifyName(
    name: string,
  ): { category: EngineCategory; confidence: "exact" | "token" } | undefined;
}

const contexts = new WeakMap<EngineConfig, EngineContext>();

/** The engine context of a config, built on first use. */
export function getEngineContext(config: EngineConfig): EngineContext {
  let ctx = contexts.get(config);
  if (ctx) return ctx;
  const validators: ValueValidators = config.validators ?? validatorsById;
  const names = new Map<string, ReturnType<EngineContext["classifyName"]>>();
  ctx = {
    config,
    taxonomy: config.taxonomy,
    sinks: compileSinkCatalog(config.sinks ?? {}),
    consent: compileConsentRules(config),
    transfers: compileTransfers(
      config.transfers ?? {},
      config.regions?.length ? createRegionCatalog(config.regions) : defaultRegionCatalog,
    ),
    validators,
    validatedCategories: config.taxonomy.categories
      .filter((c) => c.validators.some((v) => validators[v] !== undefined))
      .map((c) => ({ category: c, validators: c.validators.filter((v) => validators[v]) })),
    classifyName(name) {
      if (names.has(name)) return names.get(name);
      const best = config.taxonomy.classify(name)[0];
      const verdict = best ? { category: best.category, confidence: best.confidence } : undefined;
      names.set(name, verdict);
      return verdict;
    },
  };
  contexts.set(config, ctx);
  return ctx;
}
