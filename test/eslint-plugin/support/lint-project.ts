import { ESLint, type Linter } from "eslint";
import tseslint from "typescript-eslint";
import plugin from "../../../eslint-plugin/index.js";
import type { PiplRuleOptions } from "../../../eslint-plugin/rule-options.js";

/**
 * An ESLint instance as a user would configure it: typescript-eslint's typed parser on the
 * project's tsconfig and the plugin's `recommended` config, optionally with rule options.
 */
export function projectEslint(projectDir: string, options?: PiplRuleOptions): ESLint {
  const recommended = plugin.configs.recommended;
  const rules: Linter.RulesRecord = {};
  for (const id of Object.keys(recommended.rules ?? {})) {
    rules[id] = options ? ["error", options] : "error";
  }
  return new ESLint({
    cwd: projectDir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        ...(recommended as Linter.Config),
        files: ["**/*.ts"],
        languageOptions: {
          parser: tseslint.parser as Linter.Parser,
          parserOptions: {
            project: "./tsconfig.json",
            tsconfigRootDir: projectDir,
            // CI=true makes typescript-eslint infer a single run; these tests lint the same files
            // with several ESLint instances in one process, which single-run mode does not support.
            disallowAutomaticSingleRunInference: true,
          },
        },
        rules,
      },
    ],
  });
}
