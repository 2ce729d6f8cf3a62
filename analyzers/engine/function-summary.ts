import type { ts } from "ts-morph";
import type { CompiledSink } from "../sinks/compile-sink-catalog.js";
import type { ConsentCheck } from "./consent-dominance.js";
import type { ReturnFlow } from "./value-flow.js";

/** "Parameter `index` of this function reaches `sink`", with what covers it inside the function. */
export interface ParamSinkFlow {
  index: number;
  /** The field of the parameter that reaches the sink (`["MsgType"]`); absent: all of it. */
  path?: readonly string[];
  /** True when the parameter is a rest parameter: every argument from `index` on reaches the sink. */
  rest: boolean;
  sink: CompiledSink;
  /** The sink call inside the function (a flow step of findings at call sites). */
  sinkCall: ts.Node;
  /** Consent checks that dominate the sink call inside the function. */
  checks: readonly ConsentCheck[];
  /** A lawful basis declared on the function (or the one around the sink). */
  basis: string | undefined;
}

/**
 * What the engine needs to know about a function to analyse its call sites: which parameters
 * reach which sinks, and what it returns. Computed once per function and config.
 */
export interface FunctionSummary {
  sinkParams: readonly ParamSinkFlow[];
  returns: ReturnFlow;
}

/**
 * Where summaries are kept. The scanner passes one store for the whole Project, and the ESLint
 * rules one per typescript-eslint program in shared mode, so a helper in b.ts that sends its
 * parameter is summarised once (when first called) and reported at its call sites in a.ts; without
 * a store (the rules in isolated mode) a fresh one per file analysis follows same-file helpers
 * only. A store belongs to one config and one Program.
 */
export interface SummaryStore {
  get(fn: ts.Node): FunctionSummary | undefined;
  set(fn: ts.Node, summary: FunctionSummary): void;
}

/** A summary store backed by a WeakMap over compiler nodes. */
export function createSummaryStore(): SummaryStore {
  const map = new WeakMap<ts.Node, FunctionSummary>();
  return {
    get: (fn) => map.get(fn),
    set: (fn, summary) => void map.set(fn, summary),
  };
}
