import { describe, expect, it } from "vitest";
import { policyMessages } from "../../analyzers/policies/policy-messages.js";
import { renderFinding } from "../../policies/render-finding.js";

const finding = {
  urn: "urn:x",
  message: "residency.outside",
  params: {
    resource: { en: '"faces" (OSS bucket)', "zh-CN": "“faces”（OSS 存储桶）" },
    categories: { en: "biometric.face (Face)", "zh-CN": "biometric.face（人脸）" },
    tag: "tags.pipl",
    region: { en: "cn-hongkong (Hong Kong)", "zh-CN": "cn-hongkong（中国香港）" },
    field: "provider region",
    fix: "`cn-qingdao`",
  },
  dependsOnUnknown: false,
};

describe("renderFinding", () => {
  it("words a finding in both languages, the configured locale first", () => {
    const [en, zh] = renderFinding(finding, "en").split("\n");
    expect(en).toContain(
      '"faces" (OSS bucket) holds personal information (biometric.face (Face), tag tags.pipl)',
    );
    expect(zh).toContain("“faces”（OSS 存储桶） 在境外区域 cn-hongkong（中国香港） 存储个人信息");
    expect(renderFinding(finding, "zh-CN").split("\n")[0]).toBe(zh);
  });

  it("keeps an unfilled placeholder visible", () => {
    expect(renderFinding({ ...finding, params: {} })).toContain("{resource}");
  });

  it("fails loudly on an unknown message id", () => {
    expect(() => renderFinding({ ...finding, message: "nope" })).toThrow(
      /no policy message "nope"/,
    );
  });

  it("has every message in both languages with the same placeholders", () => {
    for (const [id, m] of Object.entries(policyMessages)) {
      const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect(names(m["zh-CN"]), id).toEqual(names(m.en));
    }
  });
});
