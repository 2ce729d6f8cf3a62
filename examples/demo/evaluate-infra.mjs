// Step 3 of the demo: evaluate examples/infra against the pipl-guard policy pack through the
// engine protocol, as `pulumi preview --policy-pack policies` would: the pack is spawned the way
// the engine spawns it and driven over gRPC (Analyze per resource, then AnalyzeStack).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { infraDir, policyPackEntry, reportsDir, repoRoot } from "./paths.mjs";
import { bold, dim, line, notBuilt, red, yellow } from "./print.mjs";

const harnessPath = join(repoRoot, "test", "policies", "support", "pack-harness.mjs");

/** `aws:region: cn-north-1` style entries of the program's Pulumi.yaml `config:` block. */
function stackConfig() {
  const config = {};
  const yaml = readFileSync(join(infraDir, "Pulumi.yaml"), "utf8");
  const block = /^config:\n((?:[ \t]+.*\n?)*)/m.exec(yaml)?.[1] ?? "";
  for (const m of block.matchAll(/^[ \t]+([\w:-]+):[ \t]*(\S+)[ \t]*$/gm)) config[m[1]] = m[2];
  return config;
}

/** Evaluate the example infrastructure; returns the number of violations, or undefined. */
export async function evaluateInfra({ locale = "en" } = {}) {
  for (const [what, path] of [
    ["Policy pack", policyPackEntry],
    ["Example infrastructure", join(infraDir, "index.ts")],
    ["Policy engine harness", harnessPath],
  ]) {
    if (!existsSync(path)) {
      notBuilt(what, relative(repoRoot, path), "Run `npm run build` once its sources exist.");
      return undefined;
    }
  }
  const { runInfraProgram } = await import("./run-infra-program.mjs");
  const { startPack } = await import(pathToFileURL(harnessPath).href);
  const config = stackConfig();
  const resources = await runInfraProgram();
  const pack = await startPack({ packDir: join(repoRoot, "policies"), stackConfig: config });
  const diagnostics = [];
  try {
    for (const r of resources) {
      if (!r.custom || r.type.startsWith("pulumi:providers:")) continue;
      diagnostics.push(...(await pack.analyze(r)).diagnostics);
    }
    diagnostics.push(...(await pack.analyzeStack(resources)).diagnostics);
  } finally {
    await pack.close();
  }
  const names = new Map(resources.map((r) => [r.urn, r.name]));
  const stores = resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"));
  line(
    `${stores.length} resources of examples/infra previewed (stack config ${JSON.stringify(config)}), ` +
      `policy pack started in ${Math.round(pack.readyMs)} ms.`,
  );
  const sorted = [...diagnostics].sort((a, b) =>
    `${a.policyName}${names.get(a.urn)}`.localeCompare(`${b.policyName}${names.get(b.urn)}`),
  );
  for (const d of sorted) {
    const level =
      d.enforcementLevel === "mandatory" ? red(d.enforcementLevel) : yellow(d.enforcementLevel);
    line(`${level}  ${bold(d.policyName)}  ${names.get(d.urn) ?? d.urn}`);
    // Messages carry English then Chinese, one line each; show the one in the demo's language.
    const lines = d.message.split("\n");
    line(dim(`    ${(locale === "zh-CN" ? lines[1] : undefined) ?? lines[0]}`));
  }
  const byPolicy = new Map();
  for (const d of sorted) byPolicy.set(d.policyName, (byPolicy.get(d.policyName) ?? 0) + 1);
  line();
  for (const [policy, n] of byPolicy) line(`${policy}: ${n}`);
  mkdirSync(reportsDir, { recursive: true });
  const out = join(reportsDir, "policy-violations.json");
  writeFileSync(
    out,
    `${JSON.stringify(
      sorted.map((d) => ({ ...d, resource: names.get(d.urn) })),
      null,
      2,
    )}\n`,
  );
  line(`Report: ${relative(repoRoot, out)}`);
  return diagnostics.length;
}
