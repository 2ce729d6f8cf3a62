import type { JSONSchema4 } from "@typescript-eslint/utils/json-schema";
import { modeOptions, type ModeOption } from "./bridge/bridge-mode.js";

/** The one options object every pipl rule takes. */
export interface PiplRuleOptions {
  /**
   * A pipl-guard config object, or the path of a config file (relative to ESLint's cwd). Without
   * it, the nearest `pipl-guard.config.json` above the linted file, else the defaults.
   */
  config?: string | Record<string, unknown>;
  /** Message language; defaults to the config's `locale` (itself `en` by default). */
  locale?: "en" | "zh-CN";
  /** How the engine sees the program: `auto` shares typescript-eslint's when it can. */
  mode?: ModeOption;
}

/** `[options]`, the rules' `Options` type. */
export type Options = [PiplRuleOptions];

/** JSON schema of {@link PiplRuleOptions}; every property is described for editors and docs. */
export const ruleOptionsSchema: JSONSchema4[] = [
  {
    type: "object",
    additionalProperties: false,
    properties: {
      config: {
        description:
          "pipl-guard configuration: an inline config object (categories, field patterns, sinks, consent functions, sanitizers, locale), or the path of a pipl-guard config file relative to ESLint's working directory. Without it, the nearest pipl-guard.config.json above the linted file is used (re-read when it changes), else the defaults.",
        anyOf: [{ type: "string" }, { type: "object" }],
      },
      locale: {
        description:
          "Language of the reports: `en` (English) or `zh-CN` (Simplified Chinese). Defaults to the config's locale, itself `en`.",
        type: "string",
        enum: ["en", "zh-CN"],
      },
      mode: {
        description:
          "`auto` (default) analyses typescript-eslint's own program when the installed TypeScript is compatible with ts-morph's, else a separate ts-morph project; `shared` and `isolated` force one (shared still falls back when incompatible). The PIPL_GUARD_ESLINT_MODE environment variable overrides it.",
        type: "string",
        enum: [...modeOptions],
      },
    },
  },
];

/** Defaults merged under the user's options. */
export const defaultRuleOptions: Options = [{ mode: "auto" }];
