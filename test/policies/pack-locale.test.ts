import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { policyRecords } from "../../analyzers/policies/index.js";
import { englishRuns } from "../messages/support/english-runs.js";
import { ensureBuilt, packDir } from "./support/ensure-built.js";
import { startPack, type PackHandle } from "./support/pack-harness.mjs";

const han = /[\u4e00-\u9fff]/;
const descriptions = new Map(policyRecords.map((r) => [r.id as string, r.description]));
let zh: PackHandle;
let en: PackHandle;
beforeAll(async () => {
  ensureBuilt();
  [zh, en] = await Promise.all([
    startPack({ packDir: path.join(packDir, "../test/fixtures/zh-cn-pack") }),
    startPack({ packDir }),
  ]);
});
afterAll(async () => {
  await Promise.all([zh?.close(), en?.close()]);
});

describe("policy metadata over the engine protocol, by the pack's locale", () => {
  it("describes each policy and its options in Chinese when the pack is built with locale zh-CN", async () => {
    const info = await zh.getAnalyzerInfo();
    expect(info.policies.map((p) => p.name).sort()).toEqual([...descriptions.keys()].sort());
    for (const p of info.policies) {
      expect(p.description).toBe(descriptions.get(p.name)?.["zh-CN"]);
      expect(englishRuns(p.description), p.name).toEqual([]);
      expect(p.remediationSteps.split("\n")[0]).toMatch(han);
      const options = Object.entries(
        (p.configSchema ?? {}) as Record<string, { description?: string }>,
      );
      expect(options.length, p.name).toBeGreaterThan(0);
      for (const [option, schema] of options) {
        expect(schema.description, `${p.name}.${option}`).toMatch(han);
        expect(englishRuns(schema.description!), `${p.name}.${option}`).toEqual([]);
      }
    }
  });

  it("keeps the English descriptions in the default pack", async () => {
    const info = await en.getAnalyzerInfo();
    for (const p of info.policies) {
      expect(p.description).toBe(descriptions.get(p.name)?.en);
      expect(p.description).not.toMatch(han);
      for (const schema of Object.values(
        (p.configSchema ?? {}) as Record<string, { description?: string }>,
      ))
        expect(schema.description).not.toMatch(han);
    }
  });
});
