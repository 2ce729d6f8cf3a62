import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ensureBuilt, packDir } from "./support/ensure-built.js";
import { startPack, type Diagnostic, type PackHandle } from "./support/pack-harness.mjs";
import { runProgram, type RegisteredResource } from "./support/run-program.mjs";

// examples/infra/Pulumi.yaml sets `aws:region: cn-north-1`; the engine passes it as PULUMI_CONFIG.
const stackConfig = { "aws:region": "cn-north-1" };

/** Every violation the example is written to trigger: [policy, resource name, text it must name]. */
const expected: [string, string, string][] = [
  ["pi-category-tags-valid", "kyc-scratch", 'did you mean "resident-id" (identity.resident-id)'],
  ["pi-no-cross-border-replication", "customers-to-oregon", "us-west-2"],
  ["pi-no-cross-border-replication", "members-to-hongkong", "cn-hongkong"],
  [
    "pi-store-encrypted-at-rest",
    "call-records",
    "encrypted at rest only by the provider's default encryption: SSE-S3",
  ],
  ["pi-store-encrypted-at-rest", "location-events", "encryptionType"],
  ["pi-store-in-mainland-china", "face-images", "cn-hongkong"],
  ["pi-store-in-mainland-china", "payments", "us-west-2"],
  ["pi-store-not-public", "loyalty", "`publiclyAccessible: true` (a public endpoint)"],
  ["pi-store-not-public", "loyalty", "an ingress rule lets 0.0.0.0/0 reach port 3306"],
  ["pi-store-retention-limited", "sms-logs", "`retentionInDays` unset"],
];
/** Advisory by default; every other policy is mandatory. */
const advisory = new Set(["pi-store-retention-limited"]);

let pack: PackHandle;
beforeAll(async () => {
  ensureBuilt();
  pack = await startPack({ packDir, stackConfig });
});
afterAll(async () => {
  await pack?.close();
});

async function analyse(resources: RegisteredResource[]): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const r of resources) {
    if (!r.custom || r.type.startsWith("pulumi:providers:")) continue;
    diagnostics.push(...(await pack.analyze(r)).diagnostics);
  }
  diagnostics.push(...(await pack.analyzeStack(resources)).diagnostics);
  return diagnostics;
}

for (const preview of [true, false]) {
  describe(`examples/infra in ${preview ? "preview" : "update"} mode`, () => {
    let resources: RegisteredResource[];
    let diagnostics: Diagnostic[];
    beforeAll(async () => {
      vi.resetModules();
      resources = await runProgram(() => import("../../examples/infra/index.js"), preview);
      diagnostics = await analyse(resources);
    });

    it("registers the stack with its providers and, in preview, computed references", () => {
      const names = resources.map((r) => r.name);
      expect(names).toEqual(
        expect.arrayContaining(["aws-beijing", "ali-hongkong", "customers", "members-to-hongkong"]),
      );
      const sse = resources.find((r) => r.name === "customers-sse")!;
      expect(sse.provider?.properties).toEqual({ region: "cn-north-1" });
      expect(sse.propertyDependencies?.bucket).toEqual([
        resources.find((r) => r.name === "customers")!.urn,
      ]);
      const stream = resources.find((r) => r.name === "location-events")!;
      expect(JSON.stringify(stream.properties)).toContain("1b47061264138c4ac30d75fd1eb44270");
      if (preview) expect(sse.properties?.bucket).toBe("04da6b54-80e4-46f7-96ec-b56ff0331ba9");
      else expect(sse.properties?.bucket).toBe("customers-id");
    });

    it("produces exactly the violations the example is written to trigger, at each policy's level", () => {
      const byName = new Map(resources.map((r) => [r.urn, r.name]));
      const got = diagnostics.map((d) => [d.policyName, byName.get(d.urn)]).sort();
      expect(got).toEqual(expected.map(([p, n]) => [p, n]).sort());
      for (const [policy, name, text] of expected) {
        // Each expected violation is one diagnostic of its own (a store can have two).
        const d = diagnostics.find(
          (x) => x.policyName === policy && byName.get(x.urn) === name && x.message.includes(text),
        );
        expect(d, `${policy} ${name}: ${text}`).toBeDefined();
        expect(d!.enforcementLevel).toBe(advisory.has(policy) ? "advisory" : "mandatory");
      }
    });
  });
}
