import { describe, expect, it } from "vitest";
import { checkResidency } from "../../analyzers/resources/check-store-residency.js";
import { checkResourceEncryption } from "../../analyzers/resources/check-store-encryption.js";
import { evaluateCondition } from "../../analyzers/resources/evaluate-conditions.js";
import { createResourceCatalog } from "../../analyzers/resources/resource-catalog.js";
import { propertyConditionSchema } from "../../analyzers/resources/resource-type-spec.js";
import { createRegionCatalog } from "../../analyzers/regions/region-catalog.js";
import { renderFinding } from "../../policies/render-finding.js";
import { resource, testContext } from "./support/evaluate.js";

describe("security teams extend regions and resource types as data", () => {
  const regions = createRegionCatalog([
    {
      provider: "volcengine",
      providerType: "pulumi:providers:volcengine",
      configKey: "volcengine:region",
      providerRegionProperty: "region",
      mainland: ["cn-beijing", "cn-shanghai", "cn-guangzhou"],
      outsideMainland: { "cn-hongkong": { en: "Hong Kong", "zh-CN": "中国香港" } },
    },
    { provider: "azure-native", mainland: ["chinanorth9"] },
  ]);
  const resources = createResourceCatalog([
    {
      type: "volcengine:tos/bucket:Bucket",
      label: { en: "Volcengine TOS bucket", "zh-CN": "火山引擎 TOS 存储桶" },
      store: {
        encryption: {
          anyOf: [[{ path: "encryption.sseAlgorithm", equals: ["AES256", "kms"] }]],
          fix: '`encryption: { sseAlgorithm: "kms" }`',
        },
      },
    },
  ]);
  const context = { ...testContext(), regions, resources };
  const tos = (region: string, props: Record<string, unknown> = {}) =>
    resource(
      "volcengine:tos/bucket:Bucket",
      { tags: { pipl: "resident-id" }, ...props },
      {
        provider: {
          type: "pulumi:providers:volcengine",
          urn: "urn:p::v",
          name: "v",
          props: { region },
        },
      },
    );

  it("judges a new provider's regions and a new type's encryption", () => {
    expect(checkResidency(tos("cn-beijing"), context)).toEqual([]);
    const [outside] = checkResidency(tos("cn-hongkong"), context);
    expect(renderFinding(outside!)).toContain("cn-hongkong (Hong Kong)");
    expect(
      checkResourceEncryption(tos("cn-beijing", { encryption: { sseAlgorithm: "kms" } }), context),
    ).toEqual([]);
    const [missing] = checkResourceEncryption(tos("cn-beijing"), context);
    expect(renderFinding(missing!)).toContain("Volcengine TOS bucket");
  });

  it("adds a region to a built-in provider without restating or resetting it", () => {
    expect(regions.verdict("azure-native", "chinanorth9")).toBe("mainland");
    expect(regions.verdict("azure-native", "China North 3")).toBe("mainland");
    expect(regions.forProvider("azure-native")?.normalise).toBe("lowercase-strip-spaces");
  });

  it("rejects a malformed spec with the config path and the problem", () => {
    expect(() =>
      createResourceCatalog([{ type: "not a token", label: { en: "x", "zh-CN": "x" } }]),
    ).toThrow(/resourceTypes\[0\]\.type: 'not a token' is not a Pulumi type token/);
    expect(() => createRegionCatalog([{ provider: "newcloud", mainland: ["x"] } as never])).toThrow(
      /regions\[0\]\.providerType/,
    );
    expect(() =>
      createResourceCatalog([
        {
          type: "volcengine:es/instance:Instance",
          label: { en: "x", "zh-CN": "x" },
          exposure: [
            {
              label: { en: "x", "zh-CN": "x" },
              kind: "network",
              anyOf: [[{ path: "vpcId", absent: true, equals: ["x"] }]],
              fix: "x",
            },
          ],
        },
      ]),
    ).toThrow(/`absent` cannot be combined with `equals` or `matches`/);
  });

  it("reads `absent` as nothing or empty there, and a computed value as unknown", () => {
    const condition = propertyConditionSchema.parse({ path: "vpcOptions.subnetIds", absent: true });
    const result = (props: unknown) => evaluateCondition(props, condition).result;
    expect(result({})).toBe("yes");
    expect(result({ vpcOptions: { subnetIds: [] } })).toBe("yes");
    expect(result({ vpcOptions: { subnetIds: ["subnet-1"] } })).toBe("no");
    expect(result({ vpcOptions: { subnetIds: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } })).toBe(
      "unknown",
    );
  });
});

describe("pipl-guard config sections for the policy pack", () => {
  it("feeds a loaded config (regions, resourceTypes, policies, user categories) into piplPolicies", async () => {
    const { loadConfig } = await import("../../analyzers/config/load-config.js");
    const { piplPolicies } = await import("../../policies/index.js");
    const config = loadConfig({
      regions: [{ provider: "alicloud", mainland: ["cn-private-1"] }],
      policies: { onUnknown: "mandatory", tagKey: "data-class" },
    });
    const policies = piplPolicies({ ...config, env: {} });
    const residency = policies.find((p) => p.name === "pi-store-in-mainland-china")!;
    const reports: unknown[] = [];
    const args = {
      type: "alicloud:oss/bucket:Bucket",
      urn: "urn:x",
      name: "x",
      props: { tags: { "data-class": "face" } },
      provider: {
        type: "pulumi:providers:alicloud",
        urn: "urn:p",
        name: "p",
        props: { region: "cn-private-1" },
      },
      getConfig: () => ({}),
    };
    (
      residency as { validateResource: (a: unknown, r: (v: unknown) => void) => void }
    ).validateResource(args, (v) => reports.push(v));
    expect(reports).toEqual([]);
    args.provider.props.region = "cn-hongkong";
    (
      residency as { validateResource: (a: unknown, r: (v: unknown) => void) => void }
    ).validateResource(args, (v) => reports.push(v));
    expect(reports).toEqual([{ urn: "urn:x", message: expect.any(String) }]);
    const { message } = reports[0] as { message: string };
    // The configured tag key and the configured region catalog, not the defaults.
    expect(message).toContain("region cn-hongkong");
    expect(message).toContain("outside mainland China");
    expect(message).toContain("tag tags.data-class");
    expect(message).toContain("biometric.face");
  });

  it("rejects an unknown category in the policies section when the policies are created", async () => {
    const { piplPolicies } = await import("../../policies/index.js");
    expect(() =>
      piplPolicies({ policies: { encryptCategories: ["biometrics.face"] }, env: {} }),
    ).toThrow(/encryptCategories\[0\]: unknown category 'biometrics\.face'\. Did you mean/);
  });

  it("rejects a misspelt option in the policies section with a clear error", async () => {
    const { loadConfig } = await import("../../analyzers/config/load-config.js");
    expect(() => loadConfig({ policies: { onUnknwn: "mandatory" } })).toThrow(/onUnknwn/);
  });
});
