import { createRequire } from "node:module";
import type * as Re2jsModule from "re2js";

type Re2js = typeof Re2jsModule;

const require = createRequire(import.meta.url);
let re2js: Re2js | undefined;

/** A compiled user pattern: tests an identifier in time linear in its length. */
export interface PatternMatcher {
  test(identifier: string): boolean;
}

/** Why a user pattern was refused, with the engine's own wording of the problem. */
export interface PatternProblem {
  problem: "invalid" | "unsupported";
  detail: string;
}

/**
 * Compiles a user-supplied field pattern (case-insensitive) on RE2JS, an RE2 engine in pure
 * JavaScript. Patterns run on every identifier the linter meets, so a backtracking engine would
 * let one crafted name hang the editor; RE2 matches in linear time whatever the pattern, so no
 * pattern needs to be analysed for catastrophic backtracking. The price is RE2's syntax: no
 * lookaround and no backreferences, which a pattern is refused for, with the reason. re2js is
 * loaded only when a config has patterns, so lint and policy start-up do not pay for it.
 */
export function compileUserPattern(pattern: string): PatternMatcher | PatternProblem {
  try {
    // Not a JavaScript regex at all: say so in JavaScript's terms, which the user wrote in.
    new RegExp(pattern, "i");
  } catch (error) {
    return { problem: "invalid", detail: (error as Error).message };
  }
  re2js ??= require("re2js") as Re2js;
  const { RE2JS } = re2js;
  try {
    const compiled = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
    return { test: (identifier) => compiled.test(identifier) };
  } catch (error) {
    return { problem: "unsupported", detail: (error as Error).message };
  }
}
