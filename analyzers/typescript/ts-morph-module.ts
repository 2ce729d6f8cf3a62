import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

let loaded: typeof TsMorph | undefined;

/**
 * ts-morph, loaded with `require` on first use. A lint in shared mode never calls this, so it
 * never loads ts-morph nor the TypeScript copy ts-morph bundles, a second compiler in memory. And
 * ts-morph is CommonJS: imported from an ES module, Node would first run its export lexer over the
 * whole file (both costs: docs/performance.md). Types come from `import type ... from "ts-morph"`.
 */
export function tsMorph(): typeof TsMorph {
  return (loaded ??= createRequire(import.meta.url)("ts-morph") as typeof TsMorph);
}

/** Whether {@link tsMorph} has loaded ts-morph already. */
export function tsMorphLoaded(): boolean {
  return loaded !== undefined;
}
