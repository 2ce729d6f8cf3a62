/*
 * Built-in and library methods by what their result carries of their receiver and arguments:
 * the value flow reads these sets to follow PI through `slice`, `map`, `JSON.stringify`, `validate`.
 */

export const passThroughMethods = new Set([
  "concat",
  "filter",
  "slice",
  "splice",
  "reverse",
  "sort",
  "toSorted",
  "toReversed",
  "join",
  "toString",
  "toLocaleString",
  "valueOf",
  "trim",
  "trimStart",
  "trimEnd",
  "toUpperCase",
  "toLowerCase",
  "padStart",
  "padEnd",
  "substring",
  "substr",
  "replace",
  "replaceAll",
  "split",
  "at",
  "flat",
  "find",
  "findLast",
  "values",
  "normalize",
  "repeat",
  "charAt",
  "entries",
  "toJSON",
  "then",
]);
/**
 * Methods in {@link passThroughMethods} that may return an element or another kind of value (a
 * boolean, a number, a promise) rather than a string or an array.
 */
export const elementOrOtherResults = new Set([
  "valueOf",
  "at",
  "find",
  "findLast",
  "values",
  "entries",
  "toJSON",
  "then",
]);
/**
 * Methods in {@link passThroughMethods} whose result on a string or an array is a string or an
 * array (never a boolean or number), and `map`/`flatMap`, which make arrays.
 */
export const stringOrArrayResults = new Set([
  ...[...passThroughMethods].filter((m) => !elementOrOtherResults.has(m)),
  "map",
  "flatMap",
]);
export const callbackMethods = new Set(["map", "flatMap"]);
/** Methods whose result is their initial value or what the callback returns last. */
export const reduceMethods = new Set(["reduce", "reduceRight"]);
/**
 * Methods that return (a copy or a checked form of) their argument: schema validation (joi
 * `validate`/`attempt`, yup `cast`/`validateSync`, zod `parse`/`safeParse`), `JSON.parse`, deep
 * clones. `schema.validate({ mobile })` holds the mobile number in its `value`.
 */
export const valueReturning = new Set([
  "validate",
  "validateAsync",
  "validateSync",
  "attempt",
  "cast",
  "parse",
  "parseAsync",
  "safeParse",
  "clone",
  "cloneDeep",
]);
export const stringifiers = new Set([
  "g:JSON.stringify",
  "g:String",
  "g:Object.values",
  "g:Object.entries",
  "g:Array.from",
  "g:Buffer.from",
  "g:Object.assign",
  "g:encodeURIComponent",
  "g:encodeURI",
  "g:structuredClone",
]);
