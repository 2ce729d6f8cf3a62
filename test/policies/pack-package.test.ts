import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { policyOptionsSchema } from "../../analyzers/resources/policy-options.js";
import { piCategoryTagsValid } from "../../policies/pi-category-tags-valid.js";
import { piNoCrossBorderReplication } from "../../policies/pi-no-cross-border-replication.js";
import { piStoreEncryptedAtRest } from "../../policies/pi-store-encrypted-at-rest.js";
import { piStoreInMainlandChina } from "../../policies/pi-store-in-mainland-china.js";
import { piStoreNotPublic } from "../../policies/pi-store-not-public.js";
import { piStoreRetentionLimited } from "../../policies/pi-store-retention-limited.js";
import { defaultDocsBaseUrl } from "../../policies/docs-url.js";
import { piplPolicies } from "../../policies/index.js";
import { createPolicyRuntime } from "../../policies/policy-runtime.js";
import { ensureBuilt, packDir } from "./support/ensure-built.js";
import { startPack } from "./support/pack-harness.mjs";
import { testTaxonomy } from "./support/test-taxonomy.js";

const root = path.resolve(packDir, "..");
const runtime = createPolicyRuntime({ taxonomy: testTaxonomy, env: {} });
const policies = [
  piStoreEncryptedAtRest(runtime, "mandatory"),
  piStoreInMainlandChina(runtime, "mandatory"),
  piStoreNotPublic(runtime, "mandatory"),
  piStoreRetentionLimited(runtime, "advisory"),
  piNoCrossBorderReplication(runtime, "mandatory"),
  piCategoryTagsValid(runtime, "mandatory"),
];
const readJson = (p: string) => JSON.parse(readFileSync(p, "utf8")) as Record<string, unknown>;

describe("policy pack package", () => {
  beforeAll(() => ensureBuilt());

  it("resolves the pack's main to the bundled pack the way Node's require does", () => {
    const pkg = readJson(path.join(packDir, "package.json"));
    expect(pkg.version).toBe(readJson(path.join(root, "package.json")).version);
    expect(pkg.type).toBe("module");
    const resolved = createRequire(path.join(root, "package.json")).resolve(packDir);
    expect(resolved).toBe(path.join(root, "dist/policies/pack.cjs"));
  });

  it("starts under the runner without the @pulumi/pulumi index, sharing the runner's SDK modules", () => {
    // Run the pack as the engine does, with a preload that lists the loaded modules when the
    // port line is written: the bundle must reach it without the Automation API that the
    // @pulumi/pulumi index loads, with one copy of the SDK's runtime state, and from one file.
    const tmp = mkdtempSync(path.join(os.tmpdir(), "pipl-pack-modules-"));
    try {
      const preload = path.join(tmp, "list-modules.cjs");
      writeFileSync(
        preload,
        `process.stdout.write = (chunk) => {
  process.stderr.write("PORT " + JSON.stringify(String(chunk)) + "\\n");
  process.stderr.write("MODULES " + JSON.stringify(Object.keys(require.cache)) + "\\n");
  process.exit(0);
};
`,
      );
      const runner = createRequire(path.join(packDir, "package.json")).resolve(
        "@pulumi/pulumi/cmd/run-policy-pack",
      );
      const r = spawnSync(process.execPath, ["--require", preload, runner, "127.0.0.1:1", "."], {
        cwd: packDir,
        env: { ...process.env, PULUMI_CONFIG: JSON.stringify({ "aws:region": "cn-north-1" }) },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(r.stderr).toMatch(/^PORT "\d+\\n"$/m);
      const line = r.stderr.split("\n").find((l) => l.startsWith("MODULES "));
      const modules = JSON.parse(line!.slice("MODULES ".length)) as string[];
      const rel = modules.map((m) => path.relative(root, m).split(path.sep).join("/"));
      expect(rel).toContain("dist/policies/pack.cjs");
      expect(rel).toContain("node_modules/@pulumi/pulumi/asset/index.js");
      expect(rel.filter((m) => m.endsWith("@pulumi/pulumi/runtime/settings.js"))).toEqual([
        "node_modules/@pulumi/pulumi/runtime/settings.js",
      ]);
      expect(rel).not.toContain("node_modules/@pulumi/pulumi/index.js");
      expect(rel.filter((m) => m.includes("/automation/") || m.includes("@npmcli/"))).toEqual([]);
      // @pulumi/policy, zod and our own modules are inside the bundle.
      expect(rel.filter((m) => /@pulumi\/policy\/|\/zod\/|^dist\//.test(m))).toEqual([
        "dist/policies/pack.cjs",
      ]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("deserializes asset and archive properties through the SDK's classes in the bundled pack", async () => {
    // @pulumi/policy builds FileAsset, StringAsset, AssetArchive... from the engine's signatures;
    // in the bundle those classes come from @pulumi/pulumi/asset instead of the SDK's index.
    const sig = "4dabf18193072939515e22adb298388d";
    const asset = { [sig]: "c44067f5952c0a294b673a41bacd8c17" };
    const archive = { [sig]: "0def7320c3a5731c473e5ecbe6d01bc7" };
    const pack = await startPack({ packDir, stackConfig: { "aws:region": "cn-north-1" } });
    try {
      const urn = "urn:pulumi:dev::infra::aws:rds/instance:Instance::consent";
      const { diagnostics } = await pack.analyze({
        type: "aws:rds/instance:Instance",
        urn,
        name: "consent",
        properties: {
          storageEncrypted: false,
          tags: { pipl: "phone" },
          source: { ...asset, text: "synthetic" },
          content: {
            ...archive,
            assets: {
              "a.txt": { ...asset, path: "a.txt" },
              web: { ...archive, uri: "https://example.com/a.zip" },
            },
          },
        },
      });
      expect(diagnostics.map((d) => [d.policyName, d.urn])).toContainEqual([
        "pi-store-encrypted-at-rest",
        urn,
      ]);
      expect(pack.stderr()).not.toMatch(/error/i);
    } finally {
      await pack.close();
    }
  });

  it("resolves the TypeScript the runner hands to ts-node, from the pack, to a 6.0 compiler", () => {
    // run-policy-pack always registers ts-node with the `typescript` it resolves from
    // @pulumi/pulumi; TypeScript 7 has no compiler API and would kill the pack at start-up.
    const fromPulumi = createRequire(
      createRequire(path.join(packDir, "package.json")).resolve("@pulumi/pulumi"),
    );
    const ts = fromPulumi("typescript") as { version: string };
    expect(ts.version).toMatch(/^6\.0\./);
  });

  it("declares the nodejs runtime in PulumiPolicy.yaml", () => {
    expect(readFileSync(path.join(packDir, "PulumiPolicy.yaml"), "utf8")).toMatch(
      /^runtime: nodejs$/m,
    );
  });

  it("points the doc urls at the repository that package.json declares", () => {
    const pkg = readJson(path.join(root, "package.json")) as {
      repository?: { url?: string };
      homepage?: string;
    };
    const repo = /^git\+(https:\/\/github\.com\/[^/]+\/[^/]+?)\.git$/.exec(
      pkg.repository?.url ?? "",
    )?.[1];
    expect(repo).toBeDefined();
    expect(pkg.homepage?.startsWith(repo!)).toBe(true);
    expect(defaultDocsBaseUrl).toBe(`${repo}/blob/main/policies/docs/`);
  });

  it("serves the doc urls from docsBaseUrl when a team mirrors the pages", () => {
    const mirrored = piplPolicies({ docsBaseUrl: "https://docs.acme.example/pipl-guard" });
    expect(mirrored.map((p) => p.url)).toEqual(
      policies.map((p) => `https://docs.acme.example/pipl-guard/${p.name}.md`),
    );
  });

  it("exports the policies from pipl-guard/policies", () => {
    const exports = readJson(path.join(root, "package.json")).exports as Record<
      string,
      { default: string }
    >;
    expect(exports["./policies"]?.default).toBe("./dist/policies/index.js");
  });

  for (const policy of policies) {
    describe(policy.name, () => {
      const doc = path.join(packDir, "docs", `${policy.name}.md`);
      it("has a doc page at its url that lists every option", () => {
        // The url is the repository's copy of a file that exists in this tree.
        expect(policy.url!.startsWith(defaultDocsBaseUrl)).toBe(true);
        expect(path.join(root, "policies/docs", policy.url!.slice(defaultDocsBaseUrl.length))).toBe(
          doc,
        );
        expect(existsSync(doc)).toBe(true);
        const text = readFileSync(doc, "utf8");
        expect(text.startsWith(`# ${policy.name}\n`)).toBe(true);
        for (const option of Object.keys(policy.configSchema!.properties))
          expect(text).toContain(`\`${option}\``);
      });

      it("has JSON-schema defaults equal to the defaults the evaluation applies", () => {
        const defaults = policyOptionsSchema.parse({}) as Record<string, unknown>;
        for (const [option, schema] of Object.entries(policy.configSchema!.properties)) {
          expect(option in defaults, option).toBe(true);
          expect(typeof schema === "object" && schema.default, option).toEqual(defaults[option]);
          expect(typeof schema === "object" && schema.description, option).toBeTruthy();
        }
      });

      it("carries the PIPL framework, tags, severity and remediation steps", () => {
        expect(policy.framework?.name).toBe("PIPL");
        expect(policy.tags).toContain("pipl");
        expect(policy.severity).toMatch(/^(medium|high|critical)$/);
        expect(policy.description).toMatch(/^(Require|Disallow|Enforce) /);
        expect(policy.remediationSteps?.length).toBeGreaterThan(40);
      });
    });
  }

  it("lists every policy in the pack README", () => {
    const readme = readFileSync(path.join(packDir, "README.md"), "utf8");
    for (const p of policies) expect(readme).toContain(`\`${p.name}\``);
  });
});
