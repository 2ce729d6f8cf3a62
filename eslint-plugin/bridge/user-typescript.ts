import { createRequire } from "node:module";
import type * as TypeScript from "typescript";

/**
 * The user's `typescript` (the peer dependency typescript-eslint parses with), loaded with
 * `require`. Imported from an ES module, Node would first run its CommonJS export lexer over the
 * 9 MB compiler on every process start, about 330 ms here, whether or not it is already loaded.
 */
export const userTypescript = createRequire(import.meta.url)("typescript") as typeof TypeScript;
