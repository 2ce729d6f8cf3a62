import path from "node:path";
import type { ReportViolation } from "@pulumi/policy";
import { loadConfig } from "../analyzers/config/load-config.js";
import type { ResolvedConfig } from "../analyzers/config/resolved-config.js";
import type { RegionCatalog } from "../analyzers/regions/region-catalog.js";
import type { ResourceCatalog } from "../analyzers/resources/resource-catalog.js";
import type { CategoryLookup } from "../analyzers/resources/category-lookup.js";
import type { EvaluationContext } from "../analyzers/resources/evaluation-context.js";
import type { PolicyFinding } from "../analyzers/resources/policy-finding.js";
import { policyOptionsSchema, type PolicyOptions } from "../analyzers/resources/policy-options.js";
import { createResourceCatalog } from "../analyzers/resources/resource-catalog.js";
import { createRegionCatalog } from "../analyzers/regions/region-catalog.js";
import { ConfigError } from "../analyzers/config/config-error.js";
import { zodIssueToConfigError } from "../analyzers/config/zod-issue-to-config-error.js";
import type { PolicyRecord } from "../analyzers/policies/policy-record.js";
import type { PiplPoliciesConfig } from "./pipl-policies-config.js";
import { policyMetadata, type PolicyMetadata } from "./policy-metadata.js";
import { renderFinding } from "./render-finding.js";

/** The per-pack state the four policies share: catalogs built once, options merged per call. */
export interface PolicyRuntime {
  /** Evaluation context for one call; `engineConfig` is the policy's `getConfig()`. */
  context(policyName: string, engineConfig: object): EvaluationContext;
  /** Report findings: the policy's level, or `onUnknown` for decisions on computed values. */
  report(
    findings: readonly PolicyFinding[],
    options: PolicyOptions,
    reportViolation: ReportViolation,
  ): void;
  /**
   * The policy's name, description, severity, tags, remediation steps, doc page (`docsBaseUrl` from
   * the config, else pipl-guard's repository) and config schema, worded in the configured locale.
   */
  metadata(record: PolicyRecord): PolicyMetadata;
}

/** Parse the engine's `PULUMI_CONFIG` (a JSON object of `"aws:region": "cn-north-1"` pairs). */
function parseStackConfig(text: string | undefined): Record<string, string> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : {};
  } catch {
    throw new Error(
      "pipl-guard: PULUMI_CONFIG is not valid JSON; the Pulumi engine sets it to the stack config.",
    );
  }
}

/** The engine's `PULUMI_CONFIG_SECRET_KEYS` (a JSON array of the secret stack config keys). */
function parseSecretKeys(text: string | undefined): string[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed.filter((k): k is string => typeof k === "string");
  } catch {
    // fall through to the error below
  }
  throw new Error(
    "pipl-guard: PULUMI_CONFIG_SECRET_KEYS is not a JSON array; the Pulumi engine sets it to the secret stack config keys.",
  );
}

/** Build the runtime from the `piplPolicies` config. */
export function createPolicyRuntime(
  config: PiplPoliciesConfig & { taxonomy: CategoryLookup },
): PolicyRuntime {
  const locale = config.locale ?? "en";
  // A malformed regions or resourceTypes entry is worded in the pack's locale, like the options.
  const inLocale = <T>(build: () => T): T => {
    try {
      return build();
    } catch (error) {
      throw error instanceof ConfigError ? new Error(error.format(locale)) : error;
    }
  };
  const env = config.env ?? process.env;
  const stackConfig = parseStackConfig(env.PULUMI_CONFIG);
  const secretConfigKeys = parseSecretKeys(env.PULUMI_CONFIG_SECRET_KEYS);

  /** Catalogs and option defaults: the `piplPolicies` config, or it extended by a config file. */
  interface Scope {
    taxonomy: CategoryLookup;
    regions: RegionCatalog;
    resources: ResourceCatalog;
    policies: PiplPoliciesConfig["policies"];
    optionsCache: Map<string, PolicyOptions>;
  }
  const scopeOf = (c: PiplPoliciesConfig & { taxonomy: CategoryLookup }): Scope => ({
    taxonomy: c.taxonomy,
    regions: inLocale(() => createRegionCatalog(c.regions ?? [])),
    resources: inLocale(() => createResourceCatalog(c.resourceTypes ?? [])),
    policies: c.policies,
    optionsCache: new Map(),
  });
  const base = scopeOf(config);
  const fileScopes = new Map<string, Scope>();

  /**
   * The scope for a policy's `configFile` option: the team's pipl-guard config (categories,
   * regions, resource types, policy defaults) on top of the `piplPolicies` config, loaded and
   * validated once per file with the config loader's own errors. A relative path is resolved
   * against the directory `pulumi` runs in (`$PWD`; the engine starts the pack in the pack's
   * folder).
   */
  function scopeFor(policyName: string, configFile: unknown): Scope {
    if (typeof configFile !== "string" || configFile === "") return base;
    const file = path.resolve(env.PWD ?? process.cwd(), configFile);
    let scope = fileScopes.get(file);
    if (!scope) {
      let loaded: ResolvedConfig;
      try {
        loaded = loadConfig(file);
      } catch (error) {
        throw error instanceof ConfigError
          ? new Error(`configFile ${file}: ${error.format(locale, policyName)}`)
          : error;
      }
      scope = scopeOf({
        ...config,
        taxonomy: loaded.taxonomy,
        regions: [...(config.regions ?? []), ...(loaded.regions ?? [])],
        resourceTypes: [...(config.resourceTypes ?? []), ...(loaded.resourceTypes ?? [])],
        policies: { ...config.policies, ...loaded.policies },
      });
      fileScopes.set(file, scope);
    }
    return scope;
  }

  function options(scope: Scope, policyName: string, engineConfig: object): PolicyOptions {
    const key = `${policyName}\u0000${JSON.stringify(engineConfig)}`;
    let o = scope.optionsCache.get(key);
    if (!o) {
      const parsed = policyOptionsSchema.safeParse(
        { ...scope.policies, ...engineConfig },
        { reportInput: true },
      );
      if (!parsed.success)
        throw new Error(
          zodIssueToConfigError(parsed.error.issues[0]!, policyOptionsSchema).format(
            locale,
            policyName,
          ),
        );
      o = parsed.data;
      const categoryRefs = [
        ...o.encryptCategories.map((entry, i) => ({ entry, path: `encryptCategories[${i}]` })),
        ...Object.keys(o.maxRetentionDays).map((entry) => ({
          entry,
          path: `maxRetentionDays.${entry}`,
        })),
      ];
      for (const { entry, path: at } of categoryRefs) {
        if (entry === "general" || entry === "sensitive" || scope.taxonomy.resolve(entry)) continue;
        throw new Error(
          new ConfigError(
            at,
            { id: "taxonomy.unknown-category.problem", params: { category: entry } },
            { id: "reference.unknown-category.fix" },
            scope.taxonomy.suggest(entry),
          ).format(locale, policyName),
        );
      }
      scope.optionsCache.set(key, o);
    }
    return o;
  }

  // Fail at start-up, not at the first resource, when the pack's own config is wrong (without
  // `policies` there is nothing to get wrong, and the bundled pack skips the parse at start-up).
  if (config.policies) options(base, "(piplPolicies config)", {});

  return {
    metadata: (record) => policyMetadata(record, locale, config.docsBaseUrl),
    context: (policyName, engineConfig) => {
      const scope = scopeFor(policyName, (engineConfig as { configFile?: unknown }).configFile);
      return {
        taxonomy: scope.taxonomy,
        regions: scope.regions,
        resources: scope.resources,
        environment: { stackConfig, env, secretConfigKeys },
        options: options(scope, policyName, engineConfig),
      };
    },
    report(findings, opts, reportViolation) {
      for (const f of findings) {
        const message = renderFinding(f, locale);
        if (f.dependsOnUnknown) {
          // The runtime honours a per-violation level in the object form (@pulumi/policy 1.21
          // server.makeReportViolationFun); its type only declares the string form.
          (reportViolation as unknown as (v: object) => void)({
            message,
            urn: f.urn,
            enforcementLevel: opts.onUnknown,
          });
        } else {
          (reportViolation as unknown as (v: object) => void)({ message, urn: f.urn });
        }
      }
    },
  };
}
