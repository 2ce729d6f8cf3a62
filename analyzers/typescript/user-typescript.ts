import { createRequire } from "node:module";
import type * as TypeScript from "typescript";

let loaded: typeof TypeScript | null | undefined;

/**
 * The user's `typescript` (the peer dependency typescript-eslint parses with), or undefined when
 * it is not installed (the analysis then calls ts-morph's copy). Loaded with `require`: imported from
 * an ES module, Node would first run its CommonJS export lexer over the whole compiler on every
 * process start, whether or not it is already loaded (the cost: docs/performance.md).
 */
export function userTypescript(): typeof TypeScript | undefined {
  if (loaded === undefined) {
    try {
      loaded = createRequire(import.meta.url)("typescript") as typeof TypeScript;
    } catch (error) {
      if ((error as { code?: unknown }).code !== "MODULE_NOT_FOUND") throw error;
      loaded = null;
    }
  }
  return loaded ?? undefined;
}
