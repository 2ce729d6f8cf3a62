import * as pulumi from "@pulumi/pulumi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, packDir } from "./support/ensure-built.js";
import { fakeSdk } from "./support/fake-sdk.js";
import { startPack, type Diagnostic, type PackHandle } from "./support/pack-harness.mjs";
import { runProgram, type RegisteredResource } from "./support/run-program.mjs";

/*
 * Provider-level default tags, the way the engine sends them: the program registers a provider
 * resource with its default tags (JSON-encoded, as the provider SDKs' constructors do), then a
 * resource that references it by `urn::id`; the harness forwards that provider with the resource.
 * Of the providers in scope only AWS (`defaultTags.tags`) and Google Cloud (`defaultLabels`) have
 * them (sources in analyzers/regions/provider-regions.ts).
 */
const aws = fakeSdk("aws");
const gcp = fakeSdk("gcp");
const alicloud = fakeSdk("alicloud");
// The proxies answer every module and class; `!` only tells the index signature so.
const Volume = aws.ebs!.Volume!;
const Bucket = gcp.storage!.Bucket!;
const Disk = alicloud.ecs!.Disk!;
const json = (value: object) => pulumi.output(value).apply((v) => JSON.stringify(v));

let pack: PackHandle;
beforeAll(async () => {
  ensureBuilt();
  pack = await startPack({ packDir, stackConfig: { "aws:region": "cn-north-1" } });
});
afterAll(async () => {
  await pack?.close();
});

async function run(program: () => void, preview: boolean) {
  const resources = await runProgram(async () => program(), preview);
  const diagnostics: Diagnostic[] = [];
  for (const r of resources)
    if (r.custom && !r.type.startsWith("pulumi:providers:"))
      diagnostics.push(...(await pack.analyze(r)).diagnostics);
  diagnostics.push(...(await pack.analyzeStack(resources)).diagnostics);
  const name = (urn: string) => resources.find((r) => r.urn === urn)?.name;
  return {
    resources,
    found: diagnostics.map((d) => [d.policyName, name(d.urn), d.enforcementLevel]).sort(),
    diagnostics,
  };
}

for (const preview of [true, false]) {
  /** A Cloud KMS key the team controls: face data (sensitive PI) in GCS needs one beyond the default. */
  const gcsKey = { defaultKmsKeyName: "projects/p/locations/asia-east2/keyRings/r/cryptoKeys/k" };

  describe(`provider default tags (${preview ? "preview" : "update"})`, () => {
    it("reads the PI tag from an AWS provider's defaultTags for a resource created with it", async () => {
      const { resources, found, diagnostics } = await run(() => {
        const p = new aws.Provider("beijing", {
          region: "cn-north-1",
          defaultTags: json({ tags: { pipl: "resident-id" } }),
        });
        new Volume("kyc-disk", { size: 10, encrypted: false }, { provider: p });
        new Volume("plain-disk", { size: 10, encrypted: false });
      }, preview);
      const disk = resources.find((r: RegisteredResource) => r.name === "kyc-disk")!;
      expect(disk.providerRef).toMatch(/^urn:pulumi:.*pulumi:providers:aws::beijing::/);
      expect(disk.properties).not.toHaveProperty("tags");
      expect(found).toEqual([["pi-store-encrypted-at-rest", "kyc-disk", "mandatory"]]);
      expect(diagnostics[0]!.message).toContain("provider defaultTags.tags.pipl");
    });

    it("reads the PI label from a Google Cloud provider's defaultLabels", async () => {
      const { found, diagnostics } = await run(() => {
        const hk = new gcp.Provider("hong-kong", {
          region: "asia-east2",
          defaultLabels: json({ pipl: "face", team: "kyc" }),
        });
        new Bucket("face-images", { location: "asia-east2", encryption: gcsKey }, { provider: hk });
        const plain = new gcp.Provider("plain", { region: "asia-east2" });
        new Bucket("assets", { location: "asia-east2" }, { provider: plain });
      }, preview);
      expect(found).toEqual([["pi-store-in-mainland-china", "face-images", "mandatory"]]);
      expect(diagnostics[0]!.message).toContain("provider defaultLabels.pipl");
      expect(diagnostics[0]!.message).toContain("asia-east2 (Hong Kong)");
    });

    it("lets a resource's own tag win over the provider's default", async () => {
      const { found, diagnostics } = await run(() => {
        const hk = new gcp.Provider("hong-kong", {
          region: "asia-east2",
          defaultLabels: json({ pipl: "face" }),
        });
        new Bucket(
          "faces",
          { location: "asia-east2", labels: { pipl: "facee" }, encryption: gcsKey },
          { provider: hk },
        );
      }, preview);
      expect(found.map(([policy]) => policy)).toEqual([
        "pi-category-tags-valid",
        "pi-store-in-mainland-china",
      ]);
      expect(diagnostics.find((d) => d.policyName === "pi-category-tags-valid")!.message).toContain(
        'labels.pipl = "facee"',
      );
    });

    it("reads no default tags from providers that have none (Alibaba Cloud)", async () => {
      const { found } = await run(() => {
        const hz = new alicloud.Provider("hangzhou", {
          region: "cn-hangzhou",
          defaultTags: json({ tags: { pipl: "face" } }),
        });
        new Disk("disk", { encrypted: false }, { provider: hz });
      }, preview);
      expect(found).toEqual([]);
    });
  });
}
