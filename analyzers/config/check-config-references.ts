import { defaultConsentDecorators } from "../consent/consent-decorators.js";
import { defaultConsentFunctions } from "../consent/consent-functions.js";
import { defaultSanitizerPrefixes } from "../consent/sanitizers.js";
import type { ConfigMessageId, ConfigText } from "../messages/config-messages.js";
import { termKey } from "../recognisers/identifier-classifier.js";
import { providerRegions } from "../regions/provider-regions.js";
import { regionSpecSchema } from "../regions/region-spec.js";
import { resourceTypes as builtInResourceTypes } from "../resources/resource-types.js";
import { defaultSinks } from "../sinks/default-sinks.js";
import { sdkDestinations } from "../transfers/sdk-destinations.js";
import { transferMechanisms } from "../transfers/transfer-mechanisms.js";
import { inferredSend, logTable } from "../sinks/inferred-sinks.js";
import { categories as builtInCategories } from "../taxonomy/categories.js";
import { closestName } from "../taxonomy/closest-name.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import { ConfigError } from "./config-error.js";
import type { ParsedConfig } from "./config-schema.js";
import { describeInput, formatPath, zodIssueToConfigError } from "./zod-issue-to-config-error.js";

/*
 * Checks the schema cannot express: every id a config names must exist (sinks, consent functions,
 * decorators, sanitizer prefixes, providers, resource types, categories), nothing is listed twice
 * or shadows a built-in (ids, field names), a new provider is described completely, and no region outside mainland
 * China is declared mainland. A config that passed the schema but fails one of these would
 * otherwise be accepted and silently do nothing (or allow too much).
 */

/** Text fields where surrounding spaces are harmless (they are shown, never matched). */
const textKeys = new Set(["en", "zh-CN", "label", "fix", "customerManagedKeyFix", "pattern"]);

function fail(path: string, problem: ConfigText, fix: ConfigText, suggestion?: string): never {
  throw new ConfigError(path, problem, fix, suggestion);
}

/** Rejects strings that are only spaces, and identifiers with spaces around them. */
function checkStrings(value: unknown, path: PropertyKey[]): void {
  if (typeof value === "string") {
    const key = path.at(-1);
    if (value.length > 0 && value.trim() === "")
      fail(formatPath(path), { id: "reference.blank.problem" }, { id: "reference.blank.fix" });
    if (value.trim() !== value && !(typeof key === "string" && textKeys.has(key)))
      fail(
        formatPath(path),
        { id: "reference.padded.problem", params: { received: describeInput(value) } },
        { id: "reference.padded.fix", params: { trimmed: value.trim() } },
      );
  } else if (Array.isArray(value)) value.forEach((v, i) => checkStrings(v, [...path, i]));
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) checkStrings(v, [...path, k]);
}

/** Rejects the second occurrence of a value in a list. */
function checkUnique(values: readonly string[] | undefined, path: string): void {
  const first = new Map<string, number>();
  (values ?? []).forEach((value, i) => {
    const earlier = first.get(value);
    if (earlier !== undefined)
      fail(
        `${path}[${i}]`,
        { id: "reference.duplicate.problem", params: { value, first: `${path}[${earlier}]` } },
        { id: "reference.duplicate.fix" },
      );
    first.set(value, i);
  });
}

/** Rejects a `disable` entry that names no built-in. */
function checkKnown(
  values: readonly string[] | undefined,
  path: string,
  kind: ConfigMessageId,
  known: readonly string[],
): void {
  checkUnique(values, path);
  const set = new Set(known);
  (values ?? []).forEach((value, i) => {
    if (!set.has(value))
      fail(
        `${path}[${i}]`,
        { id: "reference.unknown.problem", params: { kind: { id: kind }, value } },
        { id: "reference.unknown.fix", params: { options: [...set] } },
        closestName(value, [...set]),
      );
  });
}

/** Rejects an added entry equal to a built-in one (or to an earlier added one). */
function checkNotBuiltIn(
  values: readonly string[],
  path: (i: number) => string,
  kind: ConfigMessageId,
  builtIn: readonly string[],
  disable: string,
  redundant = false,
): void {
  const set = new Set(builtIn);
  values.forEach((value, i) => {
    if (set.has(value))
      fail(
        path(i),
        { id: "reference.shadows-built-in.problem", params: { value, kind: { id: kind } } },
        redundant
          ? { id: "reference.redundant-built-in.fix", params: { kind: { id: kind } } }
          : { id: "reference.shadows-built-in.fix", params: { disable } },
      );
  });
}

function checkSinks(sinks: ParsedConfig["sinks"]): void {
  if (sinks === undefined) return;
  const builtIn = [...defaultSinks.map((s) => s.id), inferredSend.id, logTable.id];
  checkKnown(sinks.disable, "sinks.disable", "kind.sink", builtIn);
  const ids = sinks.add.map((s) => s.id);
  checkNotBuiltIn(ids, (i) => `sinks.add[${i}].id`, "kind.sink", builtIn, "sinks.disable");
  checkUnique(ids, "sinks.add");
}

/**
 * `transfers`: a destination's sink must be a transfer sink (built-in or added) or a model provider,
 * nothing is declared twice, and an added mechanism is not a built-in one.
 */
function checkTransfers(config: ParsedConfig): void {
  const transfers = config.transfers;
  if (transfers === undefined) return;
  const sinks = [
    ...defaultSinks.filter((s) => s.kind === "transfer").map((s) => s.id),
    ...(config.sinks?.add ?? []).filter((s) => s.kind === "transfer").map((s) => s.id),
    ...sdkDestinations.map((d) => d.sink),
  ];
  const known = [...new Set(sinks)];
  transfers.destinations.forEach((d, i) => {
    if (d.sink !== undefined && !known.includes(d.sink))
      fail(
        `transfers.destinations[${i}].sink`,
        {
          id: "reference.unknown.problem",
          params: { kind: { id: "kind.transfer-sink" }, value: d.sink },
        },
        { id: "reference.unknown.fix", params: { options: known } },
        closestName(d.sink, known),
      );
  });
  const keyed = transfers.destinations.map((d) => d.host ?? `sink:${d.sink ?? ""}`);
  checkUnique(keyed, "transfers.destinations");
  checkUnique(transfers.ownHosts, "transfers.ownHosts");
  checkUnique(transfers.crossBorderPurposes, "transfers.crossBorderPurposes");
  const ids = transfers.mechanisms.map((m) => m.id);
  checkNotBuiltIn(
    ids,
    (i) => `transfers.mechanisms[${i}].id`,
    "kind.transfer-mechanism",
    transferMechanisms.map((m) => m.id),
    "",
    true,
  );
  checkUnique(ids, "transfers.mechanisms");
}

function checkConsent(config: ParsedConfig, taxonomy: Taxonomy): void {
  const functionKey = (f: { name: string; receiver?: string | undefined }) =>
    f.receiver === undefined ? f.name : `${f.receiver}.${f.name}`;
  const { consentFunctions, consentDecorators, sanitizers } = config;
  if (consentFunctions !== undefined) {
    const builtInNames = [...new Set(defaultConsentFunctions.map((f) => f.name))];
    checkKnown(
      consentFunctions.disable,
      "consentFunctions.disable",
      "kind.consent-function",
      builtInNames,
    );
    const keys = consentFunctions.add.map(functionKey);
    checkNotBuiltIn(
      keys,
      (i) => `consentFunctions.add[${i}]`,
      "kind.consent-function",
      defaultConsentFunctions.map(functionKey),
      "consentFunctions.disable",
      true,
    );
    checkUnique(keys, "consentFunctions.add");
  }
  if (consentDecorators !== undefined) {
    checkKnown(
      consentDecorators.disable,
      "consentDecorators.disable",
      "kind.consent-decorator",
      defaultConsentDecorators,
    );
    checkNotBuiltIn(
      consentDecorators.add,
      (i) => `consentDecorators.add[${i}]`,
      "kind.consent-decorator",
      defaultConsentDecorators,
      "consentDecorators.disable",
      true,
    );
    checkUnique(consentDecorators.add, "consentDecorators.add");
  }
  if (sanitizers !== undefined) {
    checkKnown(
      sanitizers.disable,
      "sanitizers.disable",
      "kind.sanitizer-prefix",
      defaultSanitizerPrefixes,
    );
    checkNotBuiltIn(
      sanitizers.prefixes,
      (i) => `sanitizers.prefixes[${i}]`,
      "kind.sanitizer-prefix",
      defaultSanitizerPrefixes,
      "sanitizers.disable",
      true,
    );
    checkUnique(sanitizers.prefixes, "sanitizers.prefixes");
    checkUnique(sanitizers.names, "sanitizers.names");
    const names = taxonomy.categories.flatMap((c) => [c.id, ...c.aliases]);
    for (const category of Object.keys(sanitizers.suggestedFor ?? {})) {
      if (taxonomy.resolve(category) !== undefined) continue;
      fail(
        `sanitizers.suggestedFor.${category}`,
        { id: "taxonomy.unknown-category.problem", params: { category } },
        { id: "reference.unknown-category.fix" },
        closestName(category, names),
      );
    }
  }
}

/** Region ids outside the mainland, by provider, from the built-in table and the config. */
function outsideMainland(config: ParsedConfig): Map<string, Set<string>> {
  const outside = new Map<string, Set<string>>();
  for (const spec of [...providerRegions, ...(config.regions ?? [])]) {
    const set = outside.get(spec.provider) ?? new Set<string>();
    for (const region of Object.keys(spec.outsideMainland ?? {})) set.add(region);
    outside.set(spec.provider, set);
  }
  return outside;
}

function checkRegions(config: ParsedConfig): void {
  const builtIn = providerRegions.map((p) => p.provider);
  const outside = outsideMainland(config);
  const seen = new Map<string, number>();
  (config.regions ?? []).forEach((spec, i) => {
    const at = `regions[${i}]`;
    const earlier = seen.get(spec.provider);
    if (earlier !== undefined)
      fail(
        `${at}.provider`,
        {
          id: "reference.duplicate.problem",
          params: { value: spec.provider, first: `regions[${earlier}].provider` },
        },
        { id: "reference.duplicate.fix" },
      );
    seen.set(spec.provider, i);
    if (!builtIn.includes(spec.provider)) {
      const suggestion = closestName(spec.provider, builtIn);
      if (suggestion !== undefined)
        fail(
          `${at}.provider`,
          { id: "reference.unknown-provider.problem", params: { provider: spec.provider } },
          { id: "reference.unknown-provider.fix", params: { options: builtIn } },
          suggestion,
        );
      for (const field of [
        "providerType",
        "configKey",
        "providerRegionProperty",
        "mainland",
      ] as const)
        if (spec[field] === undefined)
          fail(
            `${at}.${field}`,
            {
              id: "reference.new-provider-field.problem",
              params: { provider: spec.provider, field },
            },
            { id: "reference.new-provider-field.fix", params: { field, options: builtIn } },
          );
      const full = regionSpecSchema.safeParse(spec);
      if (!full.success)
        throw zodIssueToConfigError(full.error.issues[0]!, regionSpecSchema, ["regions", i]);
      if (full.data.mainland.length === 0)
        fail(
          `${at}.mainland`,
          { id: "reference.no-mainland.problem", params: { provider: spec.provider } },
          { id: "reference.no-mainland.fix" },
        );
    }
    checkUnique(spec.mainland, `${at}.mainland`);
    (spec.mainland ?? []).forEach((region, r) => {
      if (outside.get(spec.provider)?.has(region))
        fail(
          `${at}.mainland[${r}]`,
          { id: "reference.outside-mainland.problem", params: { region, provider: spec.provider } },
          { id: "reference.outside-mainland.fix" },
        );
    });
  });
}

function checkPolicies(config: ParsedConfig, taxonomy: Taxonomy): void {
  const policies = config.policies;
  if (policies === undefined) return;
  checkUnique(policies.allowedRegions, "policies.allowedRegions");
  const outside = outsideMainland(config);
  (policies.allowedRegions ?? []).forEach((region, i) => {
    for (const [provider, regions] of outside)
      if (regions.has(region))
        fail(
          `policies.allowedRegions[${i}]`,
          { id: "reference.outside-mainland.problem", params: { region, provider } },
          { id: "reference.outside-mainland.fix" },
        );
  });
  checkUnique(policies.encryptCategories, "policies.encryptCategories");
  checkUnique(policies.requireCustomerManagedKey, "policies.requireCustomerManagedKey");
  const names = [
    "general",
    "sensitive",
    ...taxonomy.categories.flatMap((c) => [c.id, ...c.aliases]),
  ];
  (policies.encryptCategories ?? []).forEach((entry, i) => {
    if (entry === "general" || entry === "sensitive" || taxonomy.resolve(entry) !== undefined)
      return;
    fail(
      `policies.encryptCategories[${i}]`,
      { id: "taxonomy.unknown-category.problem", params: { category: entry } },
      { id: "reference.unknown-category.fix" },
      closestName(entry, names),
    );
  });
}

function checkResourceTypes(config: ParsedConfig): void {
  const added = config.resourceTypes ?? [];
  checkUnique(
    added.map((t) => t.type),
    "resourceTypes",
  );
  const known = [
    ...new Set([...builtInResourceTypes.map((t) => t.type), ...added.map((t) => t.type)]),
  ];
  const checkType = (type: string, path: string) => {
    if (!known.includes(type))
      fail(
        path,
        {
          id: "reference.unknown.problem",
          params: { kind: { id: "kind.resource-type" }, value: type },
        },
        { id: "reference.unknown-type.fix" },
        closestName(type, known),
      );
  };
  added.forEach((spec, i) => {
    for (const key of [
      "encryptionAttachment",
      "exposureAttachment",
      "publicAccessBlock",
      "retentionAttachment",
      "firewallRule",
    ] as const) {
      spec[key]?.targets.forEach((target, t) =>
        checkType(target, `resourceTypes[${i}].${key}.targets[${t}]`),
      );
    }
    spec.firewall?.groupTypes.forEach((type, t) =>
      checkType(type, `resourceTypes[${i}].firewall.groupTypes[${t}]`),
    );
    spec.replication.forEach((r, k) => {
      if (r.sourceVia !== undefined)
        checkType(r.sourceVia.type, `resourceTypes[${i}].replication[${k}].sourceVia.type`);
    });
  });
}

/**
 * Rejects a field name the config adds (a category's `fieldNames`, `fieldPatterns.add` names and
 * tokens) that a built-in category already has, or that the config adds twice: the classifier keeps
 * the last one, so it would silently move the name to another category (or make a built-in token
 * match whole identifiers only).
 */
function checkFieldNames(config: ParsedConfig, taxonomy: Taxonomy): void {
  const disabledTerms = new Set<string>();
  const disabledCategories = new Set<string>();
  for (const entry of config.fieldPatterns.disable) {
    if (typeof entry === "string") disabledTerms.add(termKey(entry));
    else {
      const id = taxonomy.resolve(entry.category)?.id;
      if (id !== undefined) disabledCategories.add(id);
    }
  }
  const builtIn = new Map<string, string>();
  for (const c of builtInCategories) {
    if (c.deprecated !== undefined || disabledCategories.has(c.id)) continue;
    for (const term of Object.values(c.fieldNames).flat()) {
      const key = termKey(term);
      if (key !== "" && !disabledTerms.has(key)) builtIn.set(key, c.id);
    }
  }
  const added = new Map<string, string>();
  const check = (term: string, path: string) => {
    const key = termKey(term);
    if (key === "") return;
    const owner = builtIn.get(key);
    if (owner !== undefined)
      fail(
        path,
        { id: "reference.term-taken.problem", params: { term, owner } },
        { id: "reference.term-taken.fix" },
      );
    const first = added.get(key);
    if (first !== undefined)
      fail(
        path,
        { id: "reference.duplicate.problem", params: { value: term, first } },
        { id: "reference.duplicate.fix" },
      );
    added.set(key, path);
  };
  config.categories.forEach((c, i) => {
    for (const [kind, terms] of Object.entries(c.fieldNames))
      terms.forEach((term, j) => check(term, `categories[${i}].fieldNames.${kind}[${j}]`));
  });
  config.fieldPatterns.add.forEach((a, i) => {
    (a.names ?? []).forEach((term, j) => check(term, `fieldPatterns.add[${i}].names[${j}]`));
    (a.tokens ?? []).forEach((term, j) => check(term, `fieldPatterns.add[${i}].tokens[${j}]`));
  });
}

/**
 * Checks the references of a schema-valid config against the built-in catalogues and its taxonomy.
 *
 * Each section is checked even when another has a problem, so the error names them all (the first
 * problem of each section).
 *
 * @throws ConfigError naming the path, the problem and the fix (with a "did you mean" where a known
 * id is close).
 */
export function checkConfigReferences(
  input: unknown,
  config: ParsedConfig,
  taxonomy: Taxonomy,
): void {
  const problems: ConfigError[] = [];
  for (const check of [
    () => checkStrings(input, []),
    () => checkFieldNames(config, taxonomy),
    () => checkSinks(config.sinks),
    () => checkTransfers(config),
    () => checkConsent(config, taxonomy),
    () => checkRegions(config),
    () => checkResourceTypes(config),
    () => checkPolicies(config, taxonomy),
  ])
    try {
      check();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(error);
    }
  if (problems.length > 0) throw ConfigError.of(problems);
}
