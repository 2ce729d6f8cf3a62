/** How the engine gets a ts-morph view of the linted file. */
export type BridgeMode =
  /** typescript-eslint's own program, wrapped by ts-morph (no second program). */
  | "shared"
  /** A separate ts-morph Project built from the same tsconfig with ts-morph's TypeScript. */
  | "isolated";

/** The `mode` rule option and `PIPL_GUARD_ESLINT_MODE` values: `auto` picks shared when it can. */
export type ModeOption = "auto" | BridgeMode;

/** Allowed {@link ModeOption} values, for the rule schema. */
export const modeOptions = ["auto", "shared", "isolated"] as const satisfies readonly ModeOption[];
