// `npm run demo`: the whole product on the bundled examples. Lints examples/app with the ESLint
// plugin, scans it with `pipl-guard scan` (HTML inventory, SARIF), and evaluates examples/infra
// against the policy pack through the Pulumi engine protocol. Findings are the expected output, so
// the demo exits 0 when it ran; a part that is not built yet is reported and skipped. It exits 1
// only when something breaks. `npm run demo -- --locale zh-CN` shows the messages in Chinese.
import process from "node:process";
import { relative } from "node:path";
import { evaluateInfra } from "./demo/evaluate-infra.mjs";
import { lintApp } from "./demo/lint-app.mjs";
import { reportsDir, repoRoot } from "./demo/paths.mjs";
import { bold, dim, heading, line, red } from "./demo/print.mjs";
import { scanApp } from "./demo/scan-app.mjs";

const steps = [
  ["Lint examples/app with the ESLint plugin (pipl/recommended, typed)", lintApp],
  ["Scan examples/app with `pipl-guard scan`", scanApp],
  ["Evaluate examples/infra against the policy pack (engine protocol)", evaluateInfra],
];

console.log(bold("pipl-guard demo"));
console.log(
  dim(
    "PIPL (个人信息保护法) Art. 13-14, 23, 29: personal information is logged, exported or sent " +
      "only with a lawful basis;\nArt. 40, 51: stores of it stay encrypted and in mainland China. " +
      "Not legal advice.",
  ),
);
const localeFlag = process.argv.indexOf("--locale");
const locale = localeFlag === -1 ? "en" : process.argv[localeFlag + 1];
if (locale !== "en" && locale !== "zh-CN") {
  console.error(`Unknown --locale '${locale}': use en or zh-CN.`);
  process.exit(2);
}
let failed = false;
for (const [index, [title, run]] of steps.entries()) {
  heading(index + 1, title);
  try {
    await run({ locale });
  } catch (error) {
    failed = true;
    line(red(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  }
}
console.log(`\n${dim(`Reports are written under ${relative(repoRoot, reportsDir) || "."}/.`)}`);
process.exitCode = failed ? 1 : 0;
