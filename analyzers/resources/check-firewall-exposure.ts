import type { AnalyzedResource } from "./analyzed-resource.js";
import { describeResource } from "./describe-resource.js";
import { evaluateAlternatives, type ConditionOutcome } from "./evaluate-conditions.js";
import type { EvaluationContext } from "./evaluation-context.js";
import { joinReference, linksByTarget, type Linked, type ResourceIndex } from "./join-reference.js";
import type { Bilingual } from "./policy-finding.js";
import { readPath, type PropertyValue } from "./property-value.js";
import type { FirewallSpec, IngressRuleFields, ResourceTypeSpec } from "./resource-type-spec.js";

/** One way a firewall lets the whole internet reach a store's port, proven or depending on unknowns. */
export interface FirewallExposure {
  label: Bilingual;
  via: Bilingual;
  fix: Bilingual;
  outcome: ConditionOutcome;
}

/** The sources that mean "every address". */
const everywhere = new Set(["0.0.0.0/0", "::/0"]);

const closeRule: Bilingual = {
  en: "limit the rule's source to the addresses of your application, or remove the rule",
  "zh-CN": "将该规则的来源限定为应用自身的地址，或删除该规则",
};

/** The separate ingress rules of a stack, by the URN of the firewall group each adds to. */
export function ingressRulesByGroup(
  resources: readonly AnalyzedResource[],
  index: ResourceIndex,
  context: EvaluationContext,
): Map<string, Linked[]> {
  return linksByTarget(resources, index, context, (s) => s.firewallRule);
}

/**
 * The ingress rules of a store's firewall groups that let every address (`0.0.0.0/0`, `::/0`)
 * reach the store's port, when its endpoint has a public address. Groups outside the stack cannot
 * be read and are not judged; a computed port, source or protocol makes the outcome unknown.
 */
export function firewallExposures(
  store: AnalyzedResource,
  firewall: FirewallSpec,
  index: ResourceIndex,
  context: EvaluationContext,
  rulesByGroup: ReadonlyMap<string, readonly Linked[]>,
  exposers: readonly Linked[],
): FirewallExposure[] {
  const reachable = publicEndpoint(store, firewall, exposers);
  if (reachable.result === "no") return [];
  const { port, secret: portSecret } = storePort(store.props, firewall.port);
  const groupTypes = new Set(firewall.groupTypes);
  const groups = joinReference(
    store,
    firewall.groupsProperty,
    index,
    (r) => groupTypes.has(r.type),
    firewall.groupKeys,
  ).targets;
  const out: FirewallExposure[] = [];
  const judge = (props: unknown, fields: IngressRuleFields, ruleOwner: AnalyzedResource) => {
    const opened = opens(props, fields, port);
    if (opened.result === "no") return;
    const outcome: ConditionOutcome =
      opened.result === "yes" && reachable.result === "yes"
        ? opened
        : {
            result: "unknown",
            unknownPaths: [...reachable.unknownPaths, ...opened.unknownPaths],
          };
    // Values Pulumi holds as secrets are named, never printed.
    const shownPort = portSecret ? "(secret)" : typeof port === "number" ? String(port) : "?";
    const source = opened.secret ? undefined : opened.source;
    out.push({
      label: {
        en: `an ingress rule lets ${source ?? "every address"} reach port ${shownPort}`,
        "zh-CN": `入站规则允许 ${source ?? "所有地址"} 访问端口 ${shownPort}`,
      },
      via: describeResource(ruleOwner, context.resources.get(ruleOwner.type)),
      fix: closeRule,
      outcome,
    });
  };
  for (const group of groups) {
    const groupSpec: ResourceTypeSpec | undefined = context.resources.get(group.type);
    const inline = groupSpec?.firewallGroup;
    if (inline?.inlineRules) {
      for (const rule of readPath(group.props, `${inline.inlineRules}[]`)) {
        if (rule.kind === "known") judge(rule.value, inline.rule, group);
        else if (rule.kind === "unknown")
          out.push({
            label: { en: "its ingress rules", "zh-CN": "其入站规则" },
            via: describeResource(group, groupSpec),
            fix: closeRule,
            outcome: { result: "unknown", unknownPaths: [inline.inlineRules] },
          });
      }
    }
    for (const { resource: rule, spec } of rulesByGroup.get(group.urn) ?? []) {
      const ruleSpec = spec.firewallRule;
      if (!ruleSpec) continue;
      if (ruleSpec.when && evaluateAlternatives(rule.props, ruleSpec.when).result === "no")
        continue;
      judge(rule.props, ruleSpec.rule, rule);
    }
  }
  return out;
}

/**
 * Whether the store's endpoint has a public address: by its own switch (`publicWhen`), through a
 * resource that exposes it on the network (`publicThroughExposers`), or, with neither, always.
 */
function publicEndpoint(
  store: AnalyzedResource,
  firewall: FirewallSpec,
  exposers: readonly Linked[],
): ConditionOutcome {
  const outcomes: ConditionOutcome[] = [];
  if (firewall.publicWhen) outcomes.push(evaluateAlternatives(store.props, firewall.publicWhen));
  if (firewall.publicThroughExposers)
    for (const e of exposers)
      for (const check of e.spec.exposureAttachment?.exposure ?? [])
        if (check.kind === "network")
          outcomes.push(evaluateAlternatives(e.resource.props, check.anyOf));
  if (outcomes.length === 0 && !firewall.publicWhen && !firewall.publicThroughExposers)
    return { result: "yes", unknownPaths: [] };
  const yes = outcomes.find((o) => o.result === "yes");
  if (yes) return yes;
  const unknown = outcomes.filter((o) => o.result === "unknown");
  return unknown.length > 0
    ? { result: "unknown", unknownPaths: unknown.flatMap((o) => o.unknownPaths) }
    : { result: "no", unknownPaths: [] };
}

/** The store's port: its own property, else its engine's default, else the type's default. */
function storePort(
  props: unknown,
  port: FirewallSpec["port"],
): { port: number | "unknown" | undefined; secret: boolean } {
  if (port.path) {
    const [v] = readPath(props, port.path);
    if (v?.kind === "unknown") return { port: "unknown", secret: false };
    if (v?.kind === "known" && Number.isInteger(Number(v.value)))
      return { port: Number(v.value), secret: v.secret === true };
  }
  if (port.enginePath) {
    const [engine] = readPath(props, port.enginePath);
    if (engine?.kind === "unknown") return { port: "unknown", secret: false };
    if (engine?.kind === "known" && typeof engine.value === "string") {
      const name = engine.value.toLowerCase();
      const match = Object.entries(port.byEngine)
        .filter(([prefix]) => name.startsWith(prefix))
        .sort(([a], [b]) => b.length - a.length)[0];
      if (match) return { port: match[1], secret: engine.secret === true };
    }
  }
  return { port: port.default, secret: false };
}

interface Opened extends ConditionOutcome {
  /** The everyone-CIDR the rule admits, when known. */
  source?: string;
  /** That CIDR is a value Pulumi holds as a secret. */
  secret?: boolean;
}

/** Whether one ingress rule admits every address to `port`, in three-valued logic. */
function opens(
  props: unknown,
  fields: IngressRuleFields,
  port: number | "unknown" | undefined,
): Opened {
  const unknownPaths: string[] = [];
  let source: string | undefined;
  let secret = false;
  for (const path of fields.sources) {
    for (const v of readPath(props, path)) {
      if (v.kind === "unknown") unknownPaths.push(path);
      else if (
        source === undefined &&
        v.kind === "known" &&
        typeof v.value === "string" &&
        everywhere.has(v.value.trim())
      ) {
        source = v.value.trim();
        secret = v.secret === true;
      }
    }
  }
  if (source === undefined && unknownPaths.length === 0) return { result: "no", unknownPaths: [] };
  const covers = coversPort(props, fields, port);
  if (covers.result === "no") return { result: "no", unknownPaths: [] };
  const paths = [...(source === undefined ? unknownPaths : []), ...covers.unknownPaths];
  const known = source ? { source, secret } : {};
  return paths.length > 0
    ? { result: "unknown", unknownPaths: paths, ...known }
    : { result: "yes", unknownPaths: [], ...known };
}

/** Whether a rule's protocol and port range include the store's port. */
function coversPort(
  props: unknown,
  fields: IngressRuleFields,
  port: number | "unknown" | undefined,
): ConditionOutcome {
  const [protocol] = readPath(props, fields.protocol);
  if (protocol?.kind === "unknown") return { result: "unknown", unknownPaths: [fields.protocol] };
  const all =
    protocol?.kind === "known" &&
    fields.allProtocols.some(
      (p) => String(p).toLowerCase() === String(protocol.value).toLowerCase(),
    );
  if (all) return { result: "yes", unknownPaths: [] };
  if (protocol?.kind === "known" && !["tcp", "6"].includes(String(protocol.value).toLowerCase()))
    return { result: "no", unknownPaths: [] };
  const range = portRange(props, fields);
  if (range === "unknown") return { result: "unknown", unknownPaths: rangePaths(fields) };
  if (range === undefined) return { result: "no", unknownPaths: [] };
  if (port === undefined || port === "unknown")
    return { result: "unknown", unknownPaths: ["port"] };
  return range[0] <= port && port <= range[1]
    ? { result: "yes", unknownPaths: [] }
    : { result: "no", unknownPaths: [] };
}

function rangePaths(fields: IngressRuleFields): string[] {
  return [fields.portRange, fields.fromPort, fields.toPort].filter((p): p is string => !!p);
}

/** A rule's port range: `fromPort`/`toPort`, or Alibaba's `"3306/3306"` (`-1/-1`: every port). */
function portRange(
  props: unknown,
  fields: IngressRuleFields,
): [number, number] | "unknown" | undefined {
  const read = (path: string | undefined): PropertyValue | undefined =>
    path ? readPath(props, path)[0] : undefined;
  if (fields.portRange) {
    const v = read(fields.portRange);
    if (v?.kind === "unknown") return "unknown";
    if (v?.kind === "known" && typeof v.value === "string") {
      const m = /^\s*(-?\d+)\s*\/\s*(-?\d+)\s*$/.exec(v.value);
      if (m) {
        const [from, to] = [Number(m[1]), Number(m[2])];
        return from === -1 && to === -1 ? [0, 65535] : [from, to];
      }
    }
  }
  const from = read(fields.fromPort);
  const to = read(fields.toPort);
  if (from?.kind === "unknown" || to?.kind === "unknown") return "unknown";
  if (from?.kind !== "known") return undefined;
  const low = Number(from.value);
  const high = to?.kind === "known" ? Number(to.value) : low;
  return Number.isFinite(low) && Number.isFinite(high) ? [low, high] : undefined;
}
