// Step 1 of the demo: lint examples/app with the built ESLint plugin (flat config, typed linting),
// as an editor or `npx eslint` would, and compare the reports with examples/app/EXPECTED.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { appDir, eslintPluginEntry, reportsDir, repoRoot } from "./paths.mjs";
import { bold, dim, green, line, notBuilt, red } from "./print.mjs";

/**
 * The rules of the plugin's `recommended` config (every rule as an error when it has none), with
 * the message language as the rules' `locale` option.
 */
function recommendedRules(plugin, locale) {
  const recommended = plugin.configs?.recommended;
  const configs = Array.isArray(recommended) ? recommended : [recommended];
  let rules = Object.assign({}, ...configs.map((c) => c?.rules ?? {}));
  if (Object.keys(rules).length === 0) {
    rules = Object.fromEntries(Object.keys(plugin.rules ?? {}).map((r) => [`pipl/${r}`, "error"]));
  }
  return Object.fromEntries(
    Object.entries(rules).map(([id, setting]) => {
      const severity = Array.isArray(setting) ? setting[0] : setting;
      return [id, locale === "en" ? setting : [severity, { locale }]];
    }),
  );
}

/**
 * Import a built entry point. A module missing inside dist/ means the build is older than the
 * sources (a part landed after the last build): say so instead of failing.
 */
async function importBuilt(entry) {
  try {
    return (await import(pathToFileURL(entry).href)).default;
  } catch (error) {
    const missing = /Cannot find module '([^']+)'/.exec(String(error))?.[1];
    if (error?.code !== "ERR_MODULE_NOT_FOUND" || !missing?.includes(`${sep}dist${sep}`))
      throw error;
    notBuilt(
      "ESLint plugin",
      relative(repoRoot, missing),
      "The build is incomplete: run `npm run build`.",
    );
    return undefined;
  }
}

/** "user.mobile (contact.mobile), …" from a report's "- `field`: Name (名称, category.id), …" lines. */
function fieldsOf(message) {
  // The category id closes the parenthesis after the field's name, in either language.
  const fields = [...message.matchAll(/^- `([^`]+)`[:：].*?([a-z][\w.-]*)[)）][,，]/gm)];
  if (fields.length === 0) return message.split("\n")[0];
  const shown = fields.slice(0, 3).map((f) => `${f[1]} (${f[2]})`);
  return fields.length > 3 ? `${shown.join(", ")} +${fields.length - 3} more` : shown.join(", ");
}

/** (file, line, rule) triples EXPECTED.md lists, one per sink report. */
function expectedReports() {
  const expected = new Set();
  let file = "";
  let inFindings = false;
  for (const row of readFileSync(join(appDir, "EXPECTED.md"), "utf8").split("\n")) {
    if (row.startsWith("## ")) inFindings = row === "## Findings";
    if (row.startsWith("### ")) file = row.slice(4).trim();
    const cells = row.split("|").map((c) => c.trim());
    if (inFindings && /^\d+$/.test(cells[1] ?? "")) expected.add(`${file}:${cells[1]}:${cells[2]}`);
  }
  return expected;
}

/** Lint the example app; returns the number of reports, or `undefined` when the plugin is absent. */
export async function lintApp({ locale = "en" } = {}) {
  if (!existsSync(eslintPluginEntry)) {
    notBuilt(
      "ESLint plugin",
      relative(repoRoot, eslintPluginEntry),
      "Run `npm run build` once the plugin's sources exist in eslint-plugin/.",
    );
    return undefined;
  }
  const { ESLint } = await import("eslint");
  const tseslint = (await import("typescript-eslint")).default;
  const plugin = await importBuilt(eslintPluginEntry);
  if (!plugin) return undefined;
  const eslint = new ESLint({
    cwd: appDir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ["**/*.ts"],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { project: "./tsconfig.json", tsconfigRootDir: appDir },
        },
        plugins: { pipl: plugin },
        rules: recommendedRules(plugin, locale),
      },
    ],
  });
  const started = performance.now();
  const results = await eslint.lintFiles(["src/**/*.ts"]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const messages = results.flatMap((r) =>
    r.messages.map((m) => ({ ...m, file: relative(appDir, r.filePath).split("\\").join("/") })),
  );
  const crashes = messages.filter((m) => !m.ruleId);
  const reports = messages.filter((m) => m.ruleId);
  line(`${results.length} files linted in ${seconds} s with ${bold("pipl/recommended")}.`);
  const width = Math.max(0, ...reports.map((m) => `${m.file}:${m.line}`.length));
  for (const m of reports) {
    const where = `${m.file}:${m.line}`.padEnd(width);
    line(`${red("✖")} ${where} ${m.ruleId.padEnd(29)} ${dim(fieldsOf(m.message))}`);
  }
  if (reports[0]) {
    line();
    line("What the first one says in the editor:");
    for (const text of reports[0].message.split("\n")) line(dim(`  ${text}`));
  }
  for (const m of crashes) line(red(`error in ${m.file}:${m.line}: ${m.message}`));

  const byRule = new Map();
  for (const m of reports) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
  line();
  for (const [rule, n] of [...byRule].sort()) line(`${rule}: ${n}`);
  const expected = expectedReports();
  const got = new Set(reports.map((m) => `${m.file}:${m.line}:${m.ruleId}`));
  const found = [...expected].filter((k) => got.has(k)).length;
  const extra = [...got].filter((k) => !expected.has(k));
  line(
    `${found === expected.size ? green("✔") : red("✖")} ${found} of ${expected.size} sink reports ` +
      `listed in examples/app/EXPECTED.md; ${extra.length} not listed there` +
      (extra.length ? ` (${extra.slice(0, 3).join(", ")}${extra.length > 3 ? ", …" : ""})` : "") +
      ".",
  );
  mkdirSync(reportsDir, { recursive: true });
  const out = join(reportsDir, "eslint.json");
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  line(`Report: ${relative(repoRoot, out)}`);
  return reports.length;
}
