import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

/**
 * ts-morph, loaded with `require`. It is a CommonJS package: imported from an ES module, Node
 * first runs its CommonJS export lexer over the whole file, on every process start and even when
 * the package is already loaded (about 90 ms here). Modules take values from this object and
 * types from `import type ... from "ts-morph"`; a lint rule keeps value imports out.
 */
export const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof TsMorph;
