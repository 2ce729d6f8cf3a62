import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { policyOptionsSchema } from "../../analyzers/resources/policy-options.js";
import { piCategoryTagsValid } from "../../policies/pi-category-tags-valid.js";
import { piNoCrossBorderReplication } from "../../policies/pi-no-cross-border-replication.js";
import { piStoreEncryptedAtRest } from "../../policies/pi-store-encrypted-at-rest.js";
import { piStoreInMainlandChina } from "../../policies/pi-store-in-mainland-china.js";
import { createPolicyRuntime } from "../../policies/policy-runtime.js";
import { ensureBuilt, packDir } from "./support/ensure-built.js";
import { testTaxonomy } from "./support/test-taxonomy.js";

const root = path.resolve(packDir, "..");
const runtime = createPolicyRuntime({ taxonomy: testTaxonomy, env: {} });
const policies = [
  piStoreEncryptedAtRest(runtime, "mandatory"),
  piStoreInMainlandChina(runtime, "mandatory"),
  piNoCrossBorderReplication(runtime, "mandatory"),
  piCategoryTagsValid(runtime, "mandatory"),
];
const readJson = (p: string) => JSON.parse(readFileSync(p, "utf8")) as Record<string, unknown>;

describe("policy pack package", () => {
  beforeAll(() => ensureBuilt());

  it("resolves the pack's main to the compiled pack the way Node's require does", () => {
    const pkg = readJson(path.join(packDir, "package.json"));
    expect(pkg.version).toBe(readJson(path.join(root, "package.json")).version);
    expect(pkg.type).toBe("module");
    const resolved = createRequire(path.join(root, "package.json")).resolve(packDir);
    expect(resolved).toBe(path.join(root, "dist/policies/pack.js"));
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
        expect(existsSync(doc)).toBe(true);
        expect(policy.url).toMatch(new RegExp(`/policies/docs/${policy.name}\\.md$`));
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
