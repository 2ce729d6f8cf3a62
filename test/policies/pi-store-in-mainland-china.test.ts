import { describe, expect, it } from "vitest";
import { renderFinding } from "../../policies/render-finding.js";
import { awsCn, checkResidency, resource, testContext } from "./support/evaluate.js";

const tags = { pipl: "resident-id" };
const provider = (type: string, props: Record<string, unknown>) => ({
  type: `pulumi:providers:${type}`,
  urn: `urn:p::${type}`,
  name: type,
  props,
});
const unknownString = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

describe("pi-store-in-mainland-china", () => {
  const cases: [
    string,
    string,
    Record<string, unknown>,
    ReturnType<typeof provider> | undefined,
    boolean,
  ][] = [
    [
      "AWS China Beijing via provider",
      "aws:rds/instance:Instance",
      { tags },
      provider("aws", { region: "cn-north-1" }),
      true,
    ],
    [
      "AWS China Ningxia via resource region",
      "aws:s3/bucket:Bucket",
      { tags, region: "cn-northwest-1" },
      undefined,
      true,
    ],
    [
      "AWS Hong Kong",
      "aws:rds/instance:Instance",
      { tags },
      provider("aws", { region: "ap-east-1" }),
      false,
    ],
    [
      "AWS us-east-1 via resource region over a China provider",
      "aws:s3/bucket:Bucket",
      { tags, region: "us-east-1" },
      awsCn,
      false,
    ],
    [
      "Alibaba Hangzhou",
      "alicloud:oss/bucket:Bucket",
      { tags },
      provider("alicloud", { region: "cn-hangzhou" }),
      true,
    ],
    [
      "Alibaba cn-hongkong (a cn- region outside the mainland)",
      "alicloud:oss/bucket:Bucket",
      { tags },
      provider("alicloud", { region: "cn-hongkong" }),
      false,
    ],
    [
      "Azure China East 2 in display form",
      "azure-native:storage:StorageAccount",
      { tags, location: "China East 2" },
      undefined,
      true,
    ],
    [
      "Azure eastasia (Hong Kong)",
      "azure-native:storage:StorageAccount",
      { tags, location: "eastasia" },
      undefined,
      false,
    ],
    [
      "Tencent ap-hongkong",
      "tencentcloud:Cos/bucket:Bucket",
      { tags },
      provider("tencentcloud", { region: "ap-hongkong" }),
      false,
    ],
    [
      "Huawei ap-southeast-1 (CN-Hong Kong)",
      "huaweicloud:Obs/bucket:Bucket",
      { tags, region: "ap-southeast-1" },
      undefined,
      false,
    ],
    [
      "Huawei cn-north-4",
      "huaweicloud:Obs/bucket:Bucket",
      { tags, region: "cn-north-4" },
      undefined,
      true,
    ],
    [
      "GCP (no mainland region)",
      "gcp:storage/bucket:Bucket",
      { labels: tags, location: "ASIA-EAST2" },
      undefined,
      false,
    ],
  ];
  for (const [name, type, props, p, ok] of cases) {
    it(`${ok ? "passes" : "reports"} ${name}`, () => {
      const findings = checkResidency(
        resource(type, props, p ? { provider: p } : {}),
        testContext(),
      );
      if (ok) expect(findings).toEqual([]);
      else {
        expect(findings.map((f) => f.message)).toEqual(["residency.outside"]);
        const text = renderFinding(findings[0]!);
        expect(text).toContain("outside mainland China");
        expect(text).toContain("PIPL Arts. 38–40");
        expect(text).toContain("identity.resident-id");
        expect(text).toContain("Fix: use a mainland-China region");
      }
    });
  }

  it("names Hong Kong in both languages", () => {
    const [f] = checkResidency(
      resource(
        "alicloud:oss/bucket:Bucket",
        { tags },
        { provider: provider("alicloud", { region: "cn-hongkong" }) },
      ),
      testContext(),
    );
    const text = renderFinding(f!);
    expect(text).toContain("cn-hongkong (Hong Kong)");
    expect(text).toContain("cn-hongkong（中国香港）");
    expect(text).toContain("`cn-qingdao`");
  });

  it("falls back to stack config, then the environment, then Tencent's documented default", () => {
    const bucket = resource("alicloud:oss/bucket:Bucket", { tags });
    expect(checkResidency(bucket, testContext({}, { "alicloud:region": "cn-shanghai" }))).toEqual(
      [],
    );
    const [fromConfig] = checkResidency(
      bucket,
      testContext({}, { "alicloud:region": "cn-hongkong" }),
    );
    expect(renderFinding(fromConfig!)).toContain("stack config alicloud:region");
    expect(checkResidency(bucket, testContext({}, {}, { ALICLOUD_REGION: "cn-beijing" }))).toEqual(
      [],
    );
    expect(
      checkResidency(resource("tencentcloud:Cos/bucket:Bucket", { tags }), testContext()),
    ).toEqual([]);
  });

  it("reports a region that cannot be determined instead of passing it", () => {
    const [f] = checkResidency(resource("alicloud:oss/bucket:Bucket", { tags }), testContext());
    expect(f?.message).toBe("residency.undetermined");
    expect(f?.dependsOnUnknown).toBe(false);
    expect(renderFinding(f!)).toContain("`alicloud:region` in stack config");
  });

  it("reports a computed provider region at the onUnknown level", () => {
    const [f] = checkResidency(
      resource(
        "aws:rds/instance:Instance",
        { tags },
        { provider: provider("aws", { region: unknownString }) },
      ),
      testContext(),
    );
    expect(f?.message).toBe("residency.unknown");
    expect(f?.dependsOnUnknown).toBe(true);
    expect(renderFinding(f!)).toContain("provider region");
  });

  it("accepts extra allowed regions from config", () => {
    const r = resource(
      "alicloud:oss/bucket:Bucket",
      { tags },
      { provider: provider("alicloud", { region: "cn-private-1" }) },
    );
    const findings = checkResidency(r, testContext());
    expect(findings.map((f) => [f.urn, f.message, f.dependsOnUnknown])).toEqual([
      [r.urn, "residency.outside", false],
    ]);
    expect(renderFinding(findings[0]!)).toContain("in region cn-private-1, outside mainland China");
    expect(checkResidency(r, testContext({ allowedRegions: ["cn-private-1"] }))).toEqual([]);
  });

  it("ignores untagged resources and applies to tagged resources of unmodelled types", () => {
    expect(
      checkResidency(
        resource(
          "aws:rds/instance:Instance",
          {},
          { provider: provider("aws", { region: "us-east-1" }) },
        ),
        testContext(),
      ),
    ).toEqual([]);
    const [f] = checkResidency(
      resource(
        "aws:lambda/function:Function",
        { tags },
        { provider: provider("aws", { region: "us-east-1" }) },
      ),
      testContext(),
    );
    expect(f?.message).toBe("residency.outside");
  });
});
