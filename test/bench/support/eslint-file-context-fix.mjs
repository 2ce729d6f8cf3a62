// A diagnostic for the ESLint bench, never used by the plugin: replaces ESLint's
// `FileContext.prototype.extend` in this process with one that builds the same rule context
// without making the file's context its prototype.
//
// ESLint 9 (and 10.15) builds every enabled rule's context as `Object.create(fileContext)`. V8
// keeps an object that has served as a prototype, and all it references, past young-generation
// GCs (support/prototype-retention-repro.mjs shows it without ESLint). The file's context
// references its SourceCode, and through it the file's ESTree, tokens and scopes, so once any rule
// is on, every file's parse is promoted and freed only by full GCs. That is ESLint's cost of
// running any rule at all, the bench's no-op rule row. With this fix and V8's allocation-site
// pretenuring off, a no-op rule costs what no rules cost. The fixed contexts have no prototype layer of their own: fine for the bench's rules,
// though a rule that relies on ESLint's two layers would see a difference.
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/**
 * Patches the FileContext that the `eslint` package loaded here uses. Returns a counter of the
 * patched method's calls: zero after a lint with rules means the patch did not take effect.
 */
export function applyFileContextFix() {
  // `eslint` resolves to lib/api.js; its exports map does not list lib/linter/file-context.js,
  // so the file is required by path, which shares the module instance the linter uses.
  const file = path.join(path.dirname(require.resolve("eslint")), "linter", "file-context.js");
  const { FileContext } = require(file);
  if (typeof FileContext?.prototype?.extend !== "function") {
    throw new Error(`${file} no longer has FileContext.prototype.extend: update this diagnostic`);
  }
  const counter = { calls: 0 };
  FileContext.prototype.extend = function extend(extension) {
    counter.calls++;
    const context = Object.create(FileContext.prototype);
    for (const key of Object.keys(this)) context[key] = this[key];
    return Object.freeze(Object.assign(context, extension));
  };
  return counter;
}
