import type { ts } from "ts-morph";
import { tsMorph } from "./ts-morph-module.js";
import { typescriptCompatibility } from "./typescript-compatibility.js";
import { userTypescript } from "./user-typescript.js";

/** Environment variable that makes the engine call ts-morph's TypeScript even when it need not. */
export const engineTypescriptVariable = "PIPL_GUARD_ENGINE_TYPESCRIPT";

/**
 * The TypeScript whose functions and enums the engine calls (`ts.isIdentifier`, `ts.forEachChild`,
 * `ts.SyntaxKind`). The user's `typescript` when it numbers its enums like ts-morph's bundled copy:
 * then either copy's functions read the other's nodes correctly, which is what shared mode rests
 * on, and a lint in shared mode, whose nodes and checker are the user's, never loads the bundled
 * copy. ts-morph's copy otherwise, or when {@link engineTypescriptVariable} is `bundled`.
 */
export function engineTypescript(): typeof ts {
  const user = userTypescript();
  if (
    user &&
    process.env[engineTypescriptVariable] !== "bundled" &&
    typescriptCompatibility().compatible
  )
    return user as unknown as typeof ts;
  return tsMorph().ts;
}
