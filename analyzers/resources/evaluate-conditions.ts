import { readPath, type PropertyValue } from "./property-value.js";
import type { PropertyCondition } from "./resource-type-spec.js";

/** Three-valued outcome: proven, disproven, or depending on a computed value. */
export type Tristate = "yes" | "no" | "unknown";

/** The outcome of a condition set, with the paths whose unknown values it depends on. */
export interface ConditionOutcome {
  result: Tristate;
  unknownPaths: string[];
}

const falsy = new Set(["", "false", "disabled", "0", "none"]);

function leaf(condition: PropertyCondition, value: PropertyValue): Tristate {
  if (condition.absent) return emptyOrAbsent(value);
  if (value.kind === "absent") return condition.whenAbsent === "pass" ? "yes" : "no";
  if (value.kind === "unknown") {
    // A computed value that only has to be present is proof: a KMS key ARN still to be created is
    // a key of this stack, never a provider-managed alias (those are literals).
    return condition.equals || condition.matches ? "unknown" : "yes";
  }
  const v = value.value;
  if (condition.matches === "public-policy") return publicPolicy(v);
  if (condition.equals) {
    return condition.equals.some((e) =>
      typeof e === "string" && typeof v === "string"
        ? e.toLowerCase() === v.toLowerCase()
        : e === v,
    )
      ? "yes"
      : "no";
  }
  if (v === false || v === 0) return "no";
  if (typeof v === "string") {
    if (falsy.has(v.trim().toLowerCase())) return "no";
    if (condition.notPrefixedBy?.some((p) => v.startsWith(p))) return "no";
  }
  return "yes";
}

/** `absent` conditions: nothing there, or an empty string, array or object. */
function emptyOrAbsent(value: PropertyValue): Tristate {
  if (value.kind === "absent") return "yes";
  if (value.kind === "unknown") return "unknown";
  const v = value.value;
  if (v === null || v === "") return "yes";
  if (Array.isArray(v)) return v.length === 0 ? "yes" : "no";
  if (typeof v === "object") return Object.keys(v).length === 0 ? "yes" : "no";
  return "no";
}

/** A principal that names everyone: `"*"`, `{ AWS: "*" }`, `{ AWS: ["*"] }`. */
function everyone(principal: unknown): boolean {
  if (principal === "*") return true;
  if (Array.isArray(principal)) return principal.some(everyone);
  if (principal && typeof principal === "object")
    return Object.values(principal as Record<string, unknown>).some(everyone);
  return false;
}

/**
 * An IAM-style policy document with an `Allow` statement for everyone that no `Condition`
 * limits (a `Condition` usually pins a VPC endpoint, source IP or account: not public). Text that
 * is not JSON is computed text (`pulumi.interpolate`) no decision can be made on.
 */
function publicPolicy(value: unknown): Tristate {
  let doc = value;
  if (typeof value === "string") {
    try {
      doc = JSON.parse(value) as unknown;
    } catch {
      return "unknown";
    }
  }
  if (!doc || typeof doc !== "object") return "no";
  const raw = (doc as Record<string, unknown>).Statement;
  const statements = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return statements.some((st) => {
    if (!st || typeof st !== "object") return false;
    const s = st as Record<string, unknown>;
    return s.Effect === "Allow" && everyone(s.Principal) && s.Condition === undefined;
  })
    ? "yes"
    : "no";
}

/** One condition: with `[]` paths, any element may satisfy it. */
export function evaluateCondition(props: unknown, condition: PropertyCondition): ConditionOutcome {
  const values = readPath(props, condition.path);
  const results = values.map((v) => leaf(condition, v));
  if (results.includes("yes")) return { result: "yes", unknownPaths: [] };
  if (results.includes("unknown")) return { result: "unknown", unknownPaths: [condition.path] };
  return { result: "no", unknownPaths: [] };
}

/** Alternatives (any) of groups (all), in three-valued logic. */
export function evaluateAlternatives(
  props: unknown,
  alternatives: readonly (readonly PropertyCondition[])[],
): ConditionOutcome {
  const unknownPaths: string[] = [];
  let anyUnknown = false;
  for (const group of alternatives) {
    let groupResult: Tristate = "yes";
    const groupUnknown: string[] = [];
    for (const condition of group) {
      const outcome = evaluateCondition(props, condition);
      if (outcome.result === "no") {
        groupResult = "no";
        break;
      }
      if (outcome.result === "unknown") {
        groupResult = "unknown";
        groupUnknown.push(...outcome.unknownPaths);
      }
    }
    if (groupResult === "yes") return { result: "yes", unknownPaths: [] };
    if (groupResult === "unknown") {
      anyUnknown = true;
      unknownPaths.push(...groupUnknown);
    }
  }
  return anyUnknown ? { result: "unknown", unknownPaths } : { result: "no", unknownPaths: [] };
}
