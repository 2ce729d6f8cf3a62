import { createRequire } from "node:module";
import type * as RecheckModule from "recheck";
import safeRegex from "safe-regex2";

type Recheck = typeof RecheckModule;

const require = createRequire(import.meta.url);
let recheck: Recheck | undefined;

/**
 * True when a user-supplied pattern cannot backtrack catastrophically. Patterns run on every
 * identifier, so a backtracking one would hang the linter on a crafted name. Two checks: the cheap
 * star-height test of `safe-regex2` (nested quantifiers, `(a+)+`) and then `recheck`'s ReDoS
 * analysis, which also finds overlapping alternatives under a repeat (`(a|a)*`) that star height
 * misses. recheck runs its pure-JavaScript backend synchronously, and is loaded only when a config
 * has patterns, so lint and policy start-up do not pay for it. A pattern recheck cannot decide
 * within its time limit is rejected too. Patterns are also limited to 500 characters.
 */
export function isSafePattern(pattern: string): boolean {
  if (pattern.length > 500 || !safeRegex(pattern)) return false;
  recheck ??= require("recheck") as Recheck;
  // recheck picks its synchronous backend from this variable when called; "pure" avoids the
  // default worker thread and native binary. Restored afterwards: it is the user's environment.
  const previous = process.env.RECHECK_SYNC_BACKEND;
  process.env.RECHECK_SYNC_BACKEND = "pure";
  try {
    return recheck.checkSync(pattern, "i", { timeout: 2_000 }).status === "safe";
  } finally {
    if (previous === undefined) delete process.env.RECHECK_SYNC_BACKEND;
    else process.env.RECHECK_SYNC_BACKEND = previous;
  }
}
