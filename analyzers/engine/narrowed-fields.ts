import type { ts } from "ts-morph";
import { mayBeNarrowedAt } from "./may-be-narrowed.js";
import { TypeFlags } from "./typescript-functions.js";
import type { Taint } from "./taint.js";

/**
 * The taints of a whole typed value that its narrowed type at `use` still has. A union read whole
 * carries the PI fields of every member (`RawSuccess | RawFail`), but after `if (result.res !==
 * "success")` the value is a `RawFail`, which has no `mobile`: those fields are dropped. The
 * checker is asked only for a union that code before the use may narrow; fields the program
 * reads by name in untyped code, and parameter taints, are kept.
 */
export function keptByNarrowing(
  taints: Taint[],
  use: ts.Identifier,
  declaredType: () => ts.Type,
  checker: ts.TypeChecker,
): Taint[] {
  const prefix = `${use.text}.`;
  // The cheap tests first: asking for a declaration's type resolves its initializer's call.
  if (!taints.some((t) => t.kind === "pi" && !t.untyped && t.fieldPath.startsWith(prefix)))
    return taints;
  if (!mayBeNarrowedAt(use)) return taints;
  const declared = declaredType();
  if (!declared.isUnion()) return taints;
  const narrowed = checker.getTypeAtLocation(use);
  // `any`: the bounded checker does not walk a huge function's control flow; nothing is known.
  if (narrowed === declared || narrowed.flags & TypeFlags.Any) return taints;
  const members = narrowed.isUnion() ? narrowed.types : [narrowed];
  return taints.filter((t) => {
    if (t.kind !== "pi" || t.untyped || !t.fieldPath.startsWith(prefix)) return true;
    const field = /^[^.[]+/.exec(t.fieldPath.slice(prefix.length))?.[0];
    return field === undefined || members.some((m) => m.getProperty(field) !== undefined);
  });
}
