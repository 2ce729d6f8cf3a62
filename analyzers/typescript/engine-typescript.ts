import type { ts } from "ts-morph";
import { compareTypescriptEnums } from "./compare-typescript-enums.js";
import { tsMorph, tsMorphLoaded } from "./ts-morph-module.js";
import { typescriptCompatibility } from "./typescript-compatibility.js";
import { userTypescript } from "./user-typescript.js";

/** Environment variable that makes the engine call ts-morph's TypeScript even when it need not. */
export const engineTypescriptVariable = "PIPL_GUARD_ENGINE_TYPESCRIPT";

/**
 * The TypeScript whose functions and enums the engine calls (`ts.isIdentifier`, `ts.forEachChild`,
 * `ts.SyntaxKind`): a copy already loaded, so that no second one is. ts-morph's when it is loaded
 * (the scanner loads it first); else the user's `typescript` when it numbers its enums like
 * ts-morph's bundled copy: then either copy's functions read the other's nodes correctly, which is
 * what shared mode rests on, and a lint in shared mode, whose nodes and checker are the user's,
 * never loads the bundled copy. ts-morph's otherwise, or when {@link engineTypescriptVariable} is
 * `bundled`.
 */
export function pickEngineTypescript(): typeof ts {
  if (process.env[engineTypescriptVariable] === "bundled" || tsMorphLoaded()) return tsMorph().ts;
  const user = userTypescript();
  if (user && typescriptCompatibility().compatible) return user as unknown as typeof ts;
  return tsMorph().ts;
}

let chosen: typeof ts | undefined;

/**
 * The copy {@link pickEngineTypescript} picked when the engine first asked: the engine calls it for
 * the whole process.
 */
export function engineTypescript(): typeof ts {
  return (chosen ??= pickEngineTypescript());
}

const checked = new WeakMap<object, string>();

/**
 * Throws when the engine calls another TypeScript than ts-morph's and the two number their enums
 * differently, before the engine reads nodes ts-morph built. The user's copy is chosen by its match
 * with a record of the bundled copy's enums; an installed ts-morph that bundles another TypeScript
 * than the recorded one could differ, and the engine would then read ts-morph's nodes wrongly
 * without a sign. Compared once per copy, when ts-morph is needed anyway.
 *
 * @param engine - the copy that reads or made the nodes: the engine's by default; the user's when
 *   ts-morph wraps typescript-eslint's nodes
 */
export function assertEngineReadsTsMorphNodes(engine: object = engineTypescript()): void {
  const bundled = tsMorph().ts;
  if (engine === bundled) return;
  let mismatches = checked.get(engine);
  if (mismatches === undefined) {
    mismatches = compareTypescriptEnums(
      engine as unknown as Record<string, unknown>,
      bundled as unknown as Record<string, unknown>,
    )
      .mismatches.slice(0, 3)
      .join("; ");
    checked.set(engine, mismatches);
  }
  if (mismatches)
    throw new Error(
      `pipl-guard cannot read ts-morph's nodes: the installed ts-morph bundles TypeScript ${bundled.version}, which numbers its enums differently from the typescript the analysis uses (${mismatches}). Install the ts-morph version pipl-guard depends on${engine === engineTypescript() ? `, or set ${engineTypescriptVariable}=bundled` : ""}.`,
    );
}
