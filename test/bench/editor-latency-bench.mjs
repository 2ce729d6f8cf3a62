// Editor latency benchmark (issue 19): the real VS Code ESLint language server on a small
// workspace, once with the README's typed flat config and once with the same config without pipl's
// rules. Each edit removes the consent check of a logged mobile number or puts it back (the loop of
// test/eslint-plugin/language-server.test.ts); its latency is the time from `didChange` to the
// answer of the `textDocument/diagnostic` pull that follows, which the server sends once it has
// linted the new text. Both servers run warm; the variants alternate edit by edit. Prints the median per-edit latency of each variant, the spread of the
// round medians, and the ratio. Goal: pipl adds at most 10% (ratio <= 1.10).
// Uses the built plugin (dist/); `npm run bench` builds first.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import {
  consentLine,
  createWorkspace,
  readmeConfigWithoutPipl,
  readmeTypedConfig,
  serviceText,
  startEslintServer,
} from "./support/eslint-language-server.mjs";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
if (!existsSync(path.join(repoRoot, "dist/eslint-plugin/index.js"))) {
  console.error("dist/eslint-plugin/index.js is missing: run `npm run build` first.");
  process.exit(1);
}

const rounds = Math.max(7, Number(process.env.PIPL_BENCH_RUNS ?? 9));
const editsPerRound = 20;
const warmupEdits = 20;
const goal = 1.1;

const withoutConsentCheck = serviceText
  .split("\n")
  .map((line, i) => (i === consentLine - 1 ? "" : line))
  .join("\n");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;

const work = mkdtempSync(path.join(tmpdir(), "pipl-guard-editor-bench-"));
const variants = [
  { name: "README config (pipl recommended)", config: readmeTypedConfig(), pipl: true },
  { name: "same config without pipl rules", config: readmeConfigWithoutPipl(), pipl: false },
];
const servers = [];
try {
  for (const [i, variant] of variants.entries()) {
    const dir = createWorkspace(path.join(work, `v${i}`), variant.config);
    const server = await startEslintServer(dir, { timeoutMs: 120_000 });
    servers.push(server);
    variant.server = server;
    variant.uri = server.uri("src/user-service.ts");
    variant.edits = 0;
    variant.latencies = [];
    variant.roundMedians = [];
    await server.open(variant.uri, serviceText);
    await server.diagnostics(variant.uri);
  }

  /** One edit, timed; checks that the pipl diagnostic follows the edit, so nothing is skipped. */
  const edit = async (variant) => {
    const removing = variant.edits % 2 === 0;
    variant.edits++;
    const text = removing ? withoutConsentCheck : serviceText;
    const start = performance.now();
    await variant.server.change(variant.uri, text);
    const items = await variant.server.diagnostics(variant.uri);
    const elapsed = performance.now() - start;
    const reported = items.some((d) => d.code === "pipl/no-unconsented-logging");
    if (reported !== (variant.pipl && removing))
      throw new Error(`${variant.name}: unexpected diagnostics ${JSON.stringify(items)}`);
    return elapsed;
  };

  for (const variant of variants) for (let i = 0; i < warmupEdits; i++) await edit(variant);

  // Edits alternate one by one (and which variant goes first alternates each round), so a burst of
  // load from other processes on the machine falls on both variants alike.
  const pairRatios = [];
  const pairDifferences = [];
  for (let round = 0; round < rounds; round++) {
    const latencies = variants.map(() => []);
    for (let i = 0; i < editsPerRound; i++) {
      const order = (round + i) % 2 ? [1, 0] : [0, 1];
      for (const k of order) latencies[k].push(await edit(variants[k]));
      pairRatios.push(latencies[0].at(-1) / latencies[1].at(-1));
      pairDifferences.push(latencies[0].at(-1) - latencies[1].at(-1));
    }
    for (const [k, variant] of variants.entries()) {
      variant.latencies.push(...latencies[k]);
      variant.roundMedians.push(median(latencies[k]));
    }
  }

  console.log(
    `Editor latency: VS Code ESLint language server (vscode-langservers-extracted), ${rounds} rounds of ${editsPerRound} alternating edit pairs after ${warmupEdits} warm-up edits (Node ${process.version})`,
  );
  for (const v of variants) {
    const rm = v.roundMedians;
    console.log(
      `  ${v.name.padEnd(34)} median ${ms(median(v.latencies))}  round medians ${ms(Math.min(...rm))}–${ms(Math.max(...rm))}  p90 ${ms([...v.latencies].sort((a, b) => a - b)[Math.floor(v.latencies.length * 0.9)])}`,
    );
  }
  const [withPipl, without] = variants;
  const ratio = median(withPipl.latencies) / median(without.latencies);
  const roundRatios = withPipl.roundMedians.map((m, i) => m / without.roundMedians[i]);
  console.log(
    `  ratio of medians ${ratio.toFixed(2)}x; median of per-edit pair ratios ${median(pairRatios).toFixed(2)}x; round-median ratios ${Math.min(...roundRatios).toFixed(2)}x–${Math.max(...roundRatios).toFixed(2)}x`,
  );
  console.log(
    `  pipl adds ${ms(median(pairDifferences))} per edit (median of pair differences); goal <= ${goal.toFixed(2)}x: ${ratio <= goal ? "met" : "NOT met"}`,
  );
} finally {
  for (const server of servers) await server.close();
  rmSync(work, { recursive: true, force: true });
}
