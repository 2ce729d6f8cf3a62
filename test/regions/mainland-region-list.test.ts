import { describe, expect, it } from "vitest";
import { mainlandRegion } from "../../analyzers/regions/mainland-region.js";
import { mainlandRegionIds } from "../../analyzers/regions/mainland-region-ids.js";
import { mainlandRegionList } from "../../analyzers/regions/mainland-region-list.js";
import { providerRegions } from "../../analyzers/regions/provider-regions.js";
import { awsResourceTypes } from "../../analyzers/resources/resource-types/aws.js";
import { alicloudResourceTypes } from "../../analyzers/resources/resource-types/alicloud.js";

describe("mainlandRegionIds", () => {
  it("reads a provider's mainland regions from the region table, in its order", () => {
    expect(mainlandRegionIds("aws")).toEqual(["cn-north-1", "cn-northwest-1"]);
    expect(mainlandRegionIds("tencentcloud")).toEqual(
      providerRegions.find((p) => p.provider === "tencentcloud")?.mainland,
    );
  });

  it("throws for a provider without mainland regions or one the table does not know", () => {
    expect(() => mainlandRegionIds("gcp")).toThrow(/no mainland region for provider 'gcp'/);
    expect(() => mainlandRegionIds("acme")).toThrow(/no mainland region for provider 'acme'/);
  });
});

describe("mainlandRegion", () => {
  it("returns a region the table lists as mainland, and throws for one outside it", () => {
    expect(mainlandRegion("alicloud", "cn-shanghai")).toBe("cn-shanghai");
    expect(() => mainlandRegion("alicloud", "cn-hongkong")).toThrow(
      /does not list 'cn-hongkong' as a mainland region of 'alicloud'/,
    );
  });
});

describe("mainlandRegionList", () => {
  it("words AWS's two mainland regions as fix messages have always shown them", () => {
    expect(mainlandRegionList("aws", "en")).toBe("cn-north-1 or cn-northwest-1");
    expect(mainlandRegionList("aws", "zh-CN")).toBe("cn-north-1 或 cn-northwest-1");
  });

  it("separates a longer list with commas (en) or 、 (zh-CN) before the last region", () => {
    const ids = mainlandRegionIds("huaweicloud");
    expect(mainlandRegionList("huaweicloud", "en")).toBe(
      `${ids.slice(0, -1).join(", ")} or ${ids.at(-1)}`,
    );
    expect(mainlandRegionList("huaweicloud", "zh-CN")).toBe(
      `${ids.slice(0, -1).join("、")} 或 ${ids.at(-1)}`,
    );
  });
});

describe("region names in built-in fix messages", () => {
  const fixes = (types: typeof awsResourceTypes) =>
    types.flatMap((t) => (t.replication ?? []).map((r) => ({ type: t.type, fix: r.fix })));

  it("lists AWS's mainland regions from the region table in every AWS replication fix", () => {
    const aws = fixes(awsResourceTypes);
    expect(aws.map(({ type }) => type)).toEqual([
      "aws:s3/bucket:Bucket",
      "aws:s3/bucketV2:BucketV2",
      "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
      "aws:rds/instance:Instance",
      "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
      "aws:dynamodb/table:Table",
      "aws:dynamodb/tableReplica:TableReplica",
      "aws:backup/plan:Plan",
    ]);
    for (const { fix } of aws) {
      expect(fix).toMatchObject({
        en: expect.stringContaining("cn-north-1 or cn-northwest-1"),
        "zh-CN": expect.stringContaining("cn-north-1 或 cn-northwest-1"),
      });
    }
    expect(aws.find((f) => f.type === "aws:dynamodb/table:Table")?.fix).toEqual({
      en: "keep `replicas[].regionName` in cn-north-1 or cn-northwest-1",
      "zh-CN": "`replicas[].regionName` 只用 cn-north-1 或 cn-northwest-1",
    });
  });

  it("gives an OSS replication example in a mainland Alibaba Cloud region", () => {
    expect(fixes(alicloudResourceTypes)).toEqual([
      {
        type: "alicloud:oss/bucketReplication:BucketReplication",
        fix: {
          en: 'replicate only to a mainland region, e.g. `destination.location: "oss-cn-shanghai"`',
          "zh-CN": '只复制到大陆区域，例如 `destination.location: "oss-cn-shanghai"`',
        },
      },
    ]);
  });
});
