import { describe, expect, it } from "vitest";
import { renderFinding } from "../../policies/render-finding.js";
import { checkCategoryTags, resource, testContext } from "./support/evaluate.js";

const bucket = (tags: unknown, key = "tags") => resource("aws:s3/bucket:Bucket", { [key]: tags });

describe("pi-category-tags-valid", () => {
  it("accepts ids and aliases separated by commas, spaces or underscores", () => {
    for (const v of [
      "identity.resident-id,contact.mobile",
      "resident-id mobile",
      "resident-id_mobile",
    ]) {
      expect(checkCategoryTags(bucket({ pipl: v }), testContext())).toEqual([]);
    }
  });

  it("reports an unknown category with the closest id", () => {
    const [f, ...rest] = checkCategoryTags(bucket({ pipl: "mobile,resident-idd" }), testContext());
    expect(rest).toEqual([]);
    expect(f?.message).toBe("tags.invalid-suggest");
    const text = renderFinding(f!);
    expect(text).toContain('"resident-idd"');
    expect(text).toContain('did you mean "identity.resident-id"');
    expect(text).toContain("tags.pipl");
  });

  it("reports a token with no close category", () => {
    const [f] = checkCategoryTags(bucket({ pipl: "zzzzzzzzzz" }), testContext());
    expect(f?.message).toBe("tags.invalid");
  });

  it("reports an empty tag", () => {
    expect(checkCategoryTags(bucket({ pipl: "" }), testContext())[0]?.message).toBe("tags.empty");
  });

  it("validates GCP labels", () => {
    const r = resource("gcp:storage/bucket:Bucket", { labels: { pipl: "resident-id_mobil" } });
    expect(checkCategoryTags(r, testContext())[0]?.params.suggestion).toBe("contact.mobile");
  });

  it("reports computed tag values and maps at the onUnknown level", () => {
    const [v] = checkCategoryTags(
      bucket({ pipl: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" }),
      testContext(),
    );
    expect(v).toMatchObject({ message: "tags.unknown-value", dependsOnUnknown: true });
    const [m] = checkCategoryTags(bucket("dd056dcd-154b-4c76-9bd3-c8f88648b5ff"), testContext());
    expect(m).toMatchObject({ message: "tags.unknown-map", dependsOnUnknown: true });
  });

  it("ignores untagged resources and provider resources", () => {
    expect(checkCategoryTags(bucket({ team: "x" }), testContext())).toEqual([]);
    expect(
      checkCategoryTags(
        resource("pulumi:providers:aws", { tags: { pipl: "nope" } }),
        testContext(),
      ),
    ).toEqual([]);
  });
});
