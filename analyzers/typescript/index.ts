/**
 * Which TypeScript the analysis calls, and ts-morph loaded only when needed: the entry every other
 * folder imports. Why each piece exists, and the environment variables that switch modes:
 * `README.md` in this folder.
 */
export { bundledTypescript } from "./bundled-typescript-enums.js";
export { checkedEnums, type CheckedEnum } from "./checked-enums.js";
export {
  compareTypescriptEnums,
  type EnumComparison,
  type EnumHost,
} from "./compare-typescript-enums.js";
export {
  assertEngineReadsTsMorphNodes,
  engineTypescript,
  engineTypescriptVariable,
  pickEngineTypescript,
} from "./engine-typescript.js";
export { tsMorph, tsMorphLoaded } from "./ts-morph-module.js";
export { typescriptCompatibility } from "./typescript-compatibility.js";
export { userTypescript } from "./user-typescript.js";
