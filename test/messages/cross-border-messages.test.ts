import { describe, expect, it } from "vitest";
import {
  describeFindings,
  type DescribedFinding,
} from "../../analyzers/messages/describe-findings.js";
import { describeDestination } from "../../analyzers/messages/describe-destination.js";
import { defaultTaxonomy } from "../../analyzers/taxonomy/index.js";

const abroad: DescribedFinding = {
  kind: "transfer",
  reason: "no-cross-border-consent",
  fix: { kind: "consent", category: "contact.mobile" },
  category: "contact.mobile",
  fieldPath: "user.mobile",
  sink: { id: "segment", label: "Segment analytics" },
  destination: {
    jurisdiction: "cross-border",
    host: "api.segment.io",
    service: "Segment",
    place: { en: "United States", "zh-CN": "美国" },
    from: "sdk-default",
  },
};

describe("cross-border finding messages (scanner text, SARIF, JSON)", () => {
  it("name the recipient, the missing consent, the missing mechanism and the fix, in English", () => {
    const text = describeFindings([abroad], defaultTaxonomy, "en", "analytics.identify");
    const lines = text.split("\n");
    expect(lines[0]).toBe(
      "Personal information is sent outside mainland China to Segment (api.segment.io, United States) through `analytics.identify` but the consent check in scope does not cover providing it outside mainland China (PIPL Art. 39):",
    );
    expect(lines).toContain(
      "Transfer mechanism: none declared; PIPL Art. 38 requires a CAC security assessment, certification or the standard contract (or an exemption of CAC Order No. 16/2024, Art. 5).",
    );
    expect(lines.at(-1)).toMatch(
      /^Fix: check separate consent for "mobile-number" and for providing it abroad/,
    );
    expect(lines.at(-1)).toContain(
      '`await requireConsent(userId, "mobile-number", "cross-border")`',
    );
  });

  it("say which mechanism is declared, in Chinese", () => {
    const text = describeFindings(
      [{ ...abroad, mechanism: { mechanism: "standard-contract", reference: "备案 2024-0001" } }],
      defaultTaxonomy,
      "zh-CN",
    );
    expect(text.split("\n")[0]).toBe(
      "个人信息经 `Segment analytics` 向境外的 Segment（api.segment.io，美国） 提供，但作用域内的同意检查未涵盖向境外提供（《个人信息保护法》第三十九条）：",
    );
    expect(text).toContain("出境机制：standard-contract（备案 2024-0001）。");
  });

  it("leave a mainland or unknown transfer worded as before", () => {
    const text = describeFindings(
      [
        {
          ...abroad,
          reason: "no-consent",
          destination: { jurisdiction: "unknown", host: "partner.example.com", from: "url" },
        },
      ],
      defaultTaxonomy,
      "en",
    );
    expect(text.split("\n")[0]).toBe(
      "Personal information is sent to another party through `Segment analytics` without a consent check (PIPL Art. 14):",
    );
    expect(text).not.toContain("Transfer mechanism");
  });

  it("describe a recipient by service, host and place, or by what is known", () => {
    expect(describeDestination(abroad.destination!, "en")).toBe(
      "Segment (api.segment.io, United States)",
    );
    expect(
      describeDestination(
        {
          jurisdiction: "cross-border",
          service: "Tencent Cloud API",
          region: "ap-singapore",
          place: { en: "Singapore", "zh-CN": "新加坡" },
          from: "region",
        },
        "zh-CN",
      ),
    ).toBe("Tencent Cloud API（新加坡）");
    expect(
      describeDestination({ jurisdiction: "unknown", host: "x.example.com", from: "url" }, "en"),
    ).toBe("x.example.com");
  });
});
