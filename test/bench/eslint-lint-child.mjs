// One timed lint of a generated project, in its own process so peak memory is its own:
//   node eslint-lint-child.mjs <projectDir> <baseline|noop|recommended|typed-rules|typed-rules+recommended> <shared|isolated>
// `noop` enables one rule that does nothing: what ESLint itself costs once any rule is on.
// `typed-rules` enables typescript-eslint's recommended-type-checked rules, a typical typed config.
// With PIPL_BENCH_ESLINT_FIX=1, ESLint's rule contexts are built without the per-file prototype
// (a diagnostic: see support/eslint-file-context-fix.mjs).
// Prints one JSON line: wall time, peak RSS, report count and digest, crashes, the patched method's
// calls (with the fix), ESLint's `--stats` time of pipl's rules and of all rules, and the time the plugin took to import (off the lint's clock, after eslint
// and typescript-eslint, whose import loads `typescript`).
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { createHash } from "node:crypto";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { applyFileContextFix } from "./support/eslint-file-context-fix.mjs";

const [projectDir, variant, mode] = process.argv.slice(2);
const fix = process.env.PIPL_BENCH_ESLINT_FIX === "1" ? applyFileContextFix() : undefined;
const pluginEntry = new URL("../../dist/eslint-plugin/index.js", import.meta.url);
const loadStarted = performance.now();
const plugin = (await import(pathToFileURL(pluginEntry.pathname).href)).default;
const loadMs = performance.now() - loadStarted;

const config = {
  files: ["**/*.ts"],
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { project: "./tsconfig.json", tsconfigRootDir: projectDir },
  },
};
if (variant === "noop") {
  config.plugins = { bench: { rules: { noop: { create: () => ({ Program() {} }) } } } };
  config.rules = { "bench/noop": "error" };
}
if (variant.startsWith("typed-rules")) {
  for (const c of tseslint.configs.recommendedTypeChecked) {
    config.plugins = { ...config.plugins, ...c.plugins };
    config.rules = { ...config.rules, ...c.rules };
  }
}
if (variant.endsWith("recommended")) {
  config.plugins = { ...config.plugins, ...plugin.configs.recommended.plugins };
  config.rules = {
    ...config.rules,
    ...Object.fromEntries(
      Object.keys(plugin.configs.recommended.rules).map((id) => [id, ["error", { mode }]]),
    ),
  };
}
// `stats` in every variant, so ESLint's per-rule timing costs each of them alike.
const eslint = new ESLint({
  cwd: projectDir,
  overrideConfigFile: true,
  overrideConfig: [config],
  stats: true,
});
const started = performance.now();
const results = await eslint.lintFiles(["src/**/*.ts"]);
const ms = performance.now() - started;
const messages = results.flatMap((r) => r.messages);
// What the pipl rules reported, as one digest: variants of the same rules must agree on it.
const reported = results
  .flatMap((r) =>
    r.messages
      .filter((m) => m.ruleId?.startsWith("pipl/"))
      .map((m) =>
        [path.relative(projectDir, r.filePath), m.line, m.column, m.ruleId, m.messageId].join(":"),
      ),
  )
  .sort();
/** ESLint's own timing (`--stats`) of the rules whose id starts with `prefix`, over every file. */
const ruleMs = (prefix) =>
  results
    .flatMap((r) => r.stats?.times.passes ?? [])
    .flatMap((pass) => Object.entries(pass.rules ?? {}))
    .filter(([id]) => id.startsWith(prefix))
    .reduce((sum, [, time]) => sum + time.total, 0);
process.stdout.write(
  `${JSON.stringify({
    ms,
    loadMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    files: results.length,
    reports: reported.length,
    reportsDigest: createHash("sha256").update(reported.join("\n")).digest("hex").slice(0, 16),
    crashes: messages.filter((m) => !m.ruleId || m.messageId === "analysisFailed").length,
    extendCalls: fix?.calls,
    piplRuleMs: ruleMs("pipl/"),
    ruleMs: ruleMs(""),
  })}\n`,
);
