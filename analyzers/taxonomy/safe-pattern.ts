import safeRegex from "safe-regex2";

/**
 * True when a user-supplied pattern has no nested quantifiers (star height ≤ 1, checked by the
 * well-kept `safe-regex2`, used by Fastify for route patterns) and is under 500 characters. Patterns
 * run on every identifier, so a backtracking one would hang the linter on a crafted name. Overlapping
 * alternations under a star (`(a|a)*`) are not detected by star height; keep patterns simple.
 */
export function isSafePattern(pattern: string): boolean {
  return pattern.length <= 500 && safeRegex(pattern);
}
