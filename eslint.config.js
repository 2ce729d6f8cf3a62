// Lints pipl-guard's own code, with typed rules and eslint-plugin-eslint-plugin for our rules.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import eslintPlugin from "eslint-plugin-eslint-plugin";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "reports/**",
      ".bench/**",
      "test/fixtures/**",
      "examples/**",
      "**/*.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.config.ts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Shipped code takes these CommonJS packages' values from analyzers/typescript/, which
    // `require`s them when first needed: an ES import makes Node run its export lexer over the
    // whole package first (about 420 ms of every lint process's start), and a lint in shared mode
    // never needs ts-morph.
    files: ["analyzers/**/*.ts", "eslint-plugin/**/*.ts", "policies/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        ...["typescript", "ts-morph"].map((name) => ({
          name,
          allowTypeImports: true,
          message: `Import types only; take values from analyzers/typescript/${name === "typescript" ? "user-typescript.ts (or engine-typescript.ts for the engine's functions)" : "ts-morph-module.ts"}.`,
        })),
      ],
    },
  },
  {
    files: ["eslint-plugin/rules/**/*.ts"],
    ...eslintPlugin.configs.recommended,
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      // Keep disableTypeChecked's parser options: this object replaces its languageOptions.
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { console: "readonly", process: "readonly", URL: "readonly" },
    },
  },
);
