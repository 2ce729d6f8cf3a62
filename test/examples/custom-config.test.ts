import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../analyzers/config/config-error.js";
import { loadConfig } from "../../analyzers/config/load-config.js";
import type { AnalyzedResource } from "../../analyzers/resources/analyzed-resource.js";
import {
  checkResourceEncryption,
  checkStackEncryption,
} from "../../analyzers/resources/check-store-encryption.js";
import { checkResidency } from "../../analyzers/resources/check-store-residency.js";
import type { EvaluationContext } from "../../analyzers/resources/evaluation-context.js";
import { policyOptionsSchema } from "../../analyzers/resources/policy-options.js";
import { createResourceCatalog } from "../../analyzers/resources/resource-catalog.js";
import { createRegionCatalog } from "../../analyzers/regions/region-catalog.js";
import type { RegionSpecInput } from "../../analyzers/regions/region-spec.js";
import { thrownBy } from "../support/thrown-by.js";

// examples/custom-config is what a security team copies; these tests prove every extension in its
// pipl-guard.config.json changes what pipl-guard reports, and every bad config fails clearly.
const dir = fileURLToPath(new URL("../../examples/custom-config/", import.meta.url));
const readJson = (file: string): unknown => JSON.parse(readFileSync(dir + file, "utf8"));

const extended = loadConfig(`${dir}pipl-guard.config.json`);
const builtIn = loadConfig();

describe("the vehicle.vin category", () => {
  it("resolves by id and alias, with its parent covering it", () => {
    const { taxonomy } = extended;
    expect(taxonomy.resolve("vin")?.id).toBe("vehicle.vin");
    expect(taxonomy.resolve("vehicle.vin")?.name["zh-CN"]).toBe("车架号");
    expect(taxonomy.covers("vehicle", "vehicle.vin")).toBe(true);
    expect(taxonomy.covers("vehicle.vin", "vehicle")).toBe(false);
  });

  it.each(["vinCode", "frame_number", "chejiahao", "车架号"])(
    "classifies %s as vehicle.vin, which the built-in taxonomy does not",
    (name) => {
      expect(extended.taxonomy.classify(name)[0]?.category.id).toBe("vehicle.vin");
      expect(builtIn.taxonomy.classify(name).map((m) => m.category.id)).not.toContain(
        "vehicle.vin",
      );
    },
  );

  it("leaves look-alike names alone", () => {
    expect(extended.taxonomy.classify("platen")).toEqual([]);
    expect(extended.taxonomy.classify("colour")).toEqual([]);
  });
});

describe("the acme region and vault resource type", () => {
  const vaults = readJson("infra/vault-resources.json") as AnalyzedResource[];
  const vault = (name: string) => vaults.find((v) => v.name === name)!;

  function context(withExtensions: boolean): EvaluationContext {
    return {
      taxonomy: extended.taxonomy,
      regions: createRegionCatalog(withExtensions ? (extended.regions as RegionSpecInput[]) : []),
      resources: createResourceCatalog(withExtensions ? (extended.resourceTypes ?? []) : []),
      environment: { stackConfig: {}, env: {} },
      options: policyOptionsSchema.parse({}),
    };
  }
  const encryption = (ctx: EvaluationContext) => [
    ...vaults.flatMap((v) => checkResourceEncryption(v, ctx)),
    ...checkStackEncryption(vaults, ctx),
  ];

  it("reports the unencrypted vault, naming the configured property and fix", () => {
    const findings = encryption(context(true));
    expect(findings.map((f) => [f.urn, f.message])).toEqual([
      [vault("vins-plain").urn, "encryption.missing"],
    ]);
    // The message names the checked property (the top-level `encryption`) and the configured fix.
    expect(findings[0]!.params).toMatchObject({
      field: expect.objectContaining({ en: expect.stringContaining("`encryption`") }),
      fix: '`encryption: { mode: "sm4-gcm" }`',
    });
  });

  it("does not judge vault encryption without the resource type", () => {
    expect(encryption(context(false))).toEqual([]);
  });

  it("accepts the private-cloud region acme-private-sh and rejects acme-dr-singapore", () => {
    const findings = vaults.flatMap((v) => checkResidency(v, context(true)));
    expect(findings.map((f) => [f.urn, f.message])).toEqual([
      [vault("vins-sg").urn, "residency.outside"],
    ]);
    expect(JSON.stringify(findings[0]!.params)).toContain("acme-dr-singapore");
    expect(JSON.stringify(findings[0]!.params)).toContain("acme-private-sh");
  });

  it("sees no PI in the vaults without the extensions (their `labels` are not known as tags)", () => {
    expect(vaults.flatMap((v) => checkResidency(v, context(false)))).toEqual([]);
  });
});

describe("bad configs", () => {
  const cases: [string, string, RegExp][] = [
    [
      "unknown-category.json",
      "categories[0].parent",
      /unknown category 'resident_id'\. Did you mean 'resident-id'\?/,
    ],
    ["invalid-regex.json", "fieldPatterns.add[0].pattern", /invalid regular expression/],
    ["parent-cycle.json", "categories[0].parent", /loops back to 'fleet'/],
    ["bad-resource-type.json", "resourceTypes[0].type", /a Pulumi type token pkg:module:Type/],
    ["bad-sink.json", "sinks.add[0].kind", /log|export|transfer/],
  ];

  it.each(cases)("rejects %s with a ConfigError at %s", (name, path, problem) => {
    const error = thrownBy(() => loadConfig(dir + "bad-configs/" + name));
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect(configError.path).toBe(path);
    expect(configError.message).toMatch(problem);
    expect(configError.message).toMatch(/Fix: \S/);
  });
});
