import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, packDir } from "./support/ensure-built.js";
import { startPack, type HarnessResource, type PackHandle } from "./support/pack-harness.mjs";
import { policyNames } from "./support/pack-values.js";

/*
 * The bundled pack reads the team's pipl-guard config through the `configFile` option every policy
 * accepts in `--policy-pack-config`: examples/custom-config adds a `vehicle.vin` category, an Acme
 * private-cloud region and the `acme:storage/vault:Vault` resource type.
 */
const root = path.resolve(packDir, "..");
const customConfig = path.join(root, "examples/custom-config/pipl-guard.config.json");
const badConfig = path.join(root, "examples/custom-config/bad-configs/unknown-category.json");
const withConfig = (configFile: string, extra: Record<string, unknown> = {}) =>
  Object.fromEntries(
    policyNames.map((n) => [
      n,
      { enforcementLevel: "mandatory" as const, properties: { configFile, ...extra } },
    ]),
  );
const acmeProvider = {
  type: "pulumi:providers:acme",
  urn: "urn:pulumi:dev::infra::pulumi:providers:acme::sh",
  name: "sh",
  properties: { region: "acme-private-sh" },
};
const vault = (props: Record<string, unknown>): HarnessResource => ({
  type: "acme:storage/vault:Vault",
  urn: "urn:pulumi:dev::infra::acme:storage/vault:Vault::fleet",
  name: "fleet",
  properties: props,
  provider: acmeProvider,
});

let pack: PackHandle;
beforeAll(async () => {
  ensureBuilt();
  pack = await startPack({ packDir, stackConfig: {}, env: { PWD: root } });
});
afterAll(async () => {
  await pack?.close();
});

describe("one config for the bundled pack (configFile)", () => {
  it("publishes configFile in every policy's schema", async () => {
    const info = await pack.getAnalyzerInfo();
    for (const p of info.policies)
      expect(p.configSchema?.configFile, p.name).toMatchObject({ type: "string", default: "" });
  });

  it("without it, a team's category, region and resource type are unknown to the pack", async () => {
    await pack.configure(withConfig(""));
    // An unmodelled type's tag is read from `tags`.
    const names = (await pack.analyze(vault({ tags: { pipl: "vin" } }))).diagnostics.map(
      (d) => d.policyName,
    );
    expect(names).toContain("pi-category-tags-valid");
    expect(names).toContain("pi-store-encrypted-at-rest");
  });

  it("with it, judges the team's category, region and resource type like built-ins", async () => {
    await pack.configure(withConfig(customConfig));
    const ok = await pack.analyze(
      vault({ labels: { pipl: "vin" }, site: "acme-private-sh", encryption: { mode: "sm4-gcm" } }),
    );
    expect(ok.diagnostics).toEqual([]);
    const bad = await pack.analyze(vault({ labels: { pipl: "vin" }, site: "acme-private-sh" }));
    expect(bad.diagnostics.map((d) => d.policyName)).toEqual(["pi-store-encrypted-at-rest"]);
    expect(bad.diagnostics[0]!.message).toContain('"fleet" (Acme vault, acme:storage/vault:Vault)');
    expect(bad.diagnostics[0]!.message).toContain("vehicle.vin");
    expect(bad.diagnostics[0]!.message).toContain('Fix: set `encryption: { mode: "sm4-gcm" }`');
  });

  it("resolves a relative path against the directory pulumi runs in", async () => {
    await pack.configure(withConfig("examples/custom-config/pipl-guard.config.json"));
    const { diagnostics } = await pack.analyze(
      vault({ labels: { pipl: "vin" }, site: "acme-private-sh", encryption: { mode: "sm4-gcm" } }),
    );
    expect(diagnostics).toEqual([]);
  });

  it("lets options next to configFile use the file's categories", async () => {
    await pack.configure(
      withConfig(customConfig, { maxRetentionDays: { vin: 30 }, encryptCategories: ["vehicle"] }),
    );
    const { diagnostics } = await pack.analyze(
      vault({ labels: { pipl: "vin" }, site: "acme-private-sh" }),
    );
    expect(diagnostics.map((d) => d.policyName)).toEqual(["pi-store-encrypted-at-rest"]);
  });

  it("stops with the config loader's clear error when the file is invalid or missing", async () => {
    await pack.configure(withConfig(badConfig));
    await expect(pack.analyze(vault({ labels: { pipl: "vin" } }))).rejects.toThrow(
      /configFile .*unknown-category\.json: .*categories\[\d\]\.parent.*unknown category/s,
    );
    await pack.configure(withConfig(path.join(root, "no-such-pipl-guard.config.json")));
    await expect(pack.analyze(vault({ labels: { pipl: "vin" } }))).rejects.toThrow(
      /configFile .*no-such-pipl-guard\.config\.json/,
    );
  });
});
