// node lint-and-list-loaded.mjs <shared|isolated>: lints test/fixtures/eslint-project with the
// built plugin's recommended rules in that mode, in a fresh process, and prints one JSON line: the
// reports, and whether ts-morph and the TypeScript copy it bundles were loaded.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";

const [mode] = process.argv.slice(2);
const projectDir = fileURLToPath(new URL("../../fixtures/eslint-project/", import.meta.url));
const plugin = (await import("../../../dist/eslint-plugin/index.js")).default;
const eslint = new ESLint({
  cwd: projectDir,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ["**/*.ts"],
      languageOptions: {
        parser: tseslint.parser,
        parserOptions: { project: "./tsconfig.json", tsconfigRootDir: projectDir },
      },
      plugins: plugin.configs.recommended.plugins,
      rules: Object.fromEntries(
        Object.keys(plugin.configs.recommended.rules).map((id) => [id, ["error", { mode }]]),
      ),
    },
  ],
});
const results = await eslint.lintFiles(["src/**/*.ts"]);
const loaded = Object.keys(createRequire(import.meta.url).cache);
const inPackage = (name) => loaded.some((f) => f.includes(`${path.sep}${name}${path.sep}`));
process.stdout.write(
  `${JSON.stringify({
    reports: results.flatMap((r) =>
      r.messages.map(
        (m) => `${path.basename(r.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`,
      ),
    ),
    tsMorph: inPackage("ts-morph"),
    bundledTypescript: inPackage(path.join("@ts-morph", "common")),
  })}\n`,
);
