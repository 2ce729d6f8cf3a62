import type { ts } from "ts-morph";
import type { EngineCategory } from "./engine-config.js";

/** PI of one category carried by a value, with the nodes it went through (source first). */
export interface PiTaint {
  kind: "pi";
  category: EngineCategory;
  fieldPath: string;
  origin: "tag" | "name" | "literal";
  steps: readonly ts.Node[];
  /** For literal sources: the masked value, used in labels instead of the source text. */
  masked?: string;
  /**
   * The source is a name read on a value without a declared type (`any`, JavaScript, an index
   * signature): findings from it have medium confidence.
   */
  untyped?: true;
}

/** "This value is (part of) parameter `index` of function `fn`": how helpers are summarised. */
export interface ParamTaint {
  kind: "param";
  fn: ts.SignatureDeclaration;
  index: number;
  /**
   * The field of the parameter the value is (`e.MsgType` → `["MsgType"]`), so a helper that logs
   * one field reports only that field at its call sites; absent: the whole parameter.
   */
  path?: readonly string[];
  steps: readonly ts.Node[];
}

/** A parameter taint narrowed to one of its fields. */
export function withField(t: ParamTaint, key: string | undefined): ParamTaint {
  return key === undefined ? t : { ...t, path: [...(t.path ?? []), key] };
}

/** What a value carries. */
export type Taint = PiTaint | ParamTaint;

const maxSteps = 8;

/** Appends a step, keeping the source and the most recent steps when the flow gets long. */
export function withStep<T extends Taint>(taint: T, node: ts.Node): T {
  if (taint.steps[taint.steps.length - 1] === node) return taint;
  const steps = [...taint.steps, node];
  return {
    ...taint,
    steps: steps.length > maxSteps ? [steps[0]!, ...steps.slice(-(maxSteps - 1))] : steps,
  };
}

/** Unique by category and field path (PI) or function and index (parameters), first kept. */
export function dedupeTaints(taints: readonly Taint[]): Taint[] {
  if (taints.length < 2) return [...taints];
  const seen = new Set<string>();
  const out: Taint[] = [];
  for (const t of taints) {
    const key =
      t.kind === "pi"
        ? `${t.category.id}\u0000${t.fieldPath}`
        : `\u0001${t.fn.getSourceFile().fileName}:${t.fn.pos}:${t.index}:${t.path?.join(".") ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}
