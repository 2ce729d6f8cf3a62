import { bundledTypescript } from "./bundled-typescript-enums.js";
import { compareTypescriptEnums, type EnumComparison } from "./compare-typescript-enums.js";
import { userTypescript } from "./user-typescript.js";

let comparison: EnumComparison | undefined;

/**
 * Whether the user's `typescript` numbers its enums like ts-morph's bundled TypeScript, computed
 * once per process (the modules cannot change while it runs). The bundled side is its recorded
 * numbering (`bundled-typescript-enums.ts`, which a test compares with the copy), so the check
 * does not load the copy.
 */
export function typescriptCompatibility(): EnumComparison {
  if (!comparison) {
    const user = userTypescript();
    comparison = user
      ? compareTypescriptEnums(
          user as unknown as Record<string, unknown>,
          bundledTypescript.enums as Record<string, unknown>,
        )
      : { compatible: false, mismatches: ["typescript is not installed"] };
  }
  return comparison;
}
