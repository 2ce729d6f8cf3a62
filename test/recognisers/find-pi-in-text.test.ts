import { describe, expect, test } from "vitest";
import { findPiInText } from "../../analyzers/recognisers/find-pi-in-text.js";
import { syntheticBankCard, syntheticMobile, syntheticResidentId } from "../support/synthetic.js";

describe("findPiInText", () => {
  test("reports each value's category and position, never the value", () => {
    const id = syntheticResidentId(7);
    const text = `user ${id} phone=${syntheticMobile(1)} card:${syntheticBankCard(3)}`;
    const findings = findPiInText(text);
    expect(findings).toEqual([
      { category: "identity.resident-id", start: 5, end: 23 },
      { category: "contact.mobile", start: 30, end: 41 },
      { category: "financial.bank-account", start: 47, end: 63 },
    ]);
    expect(JSON.stringify(findings)).not.toContain(id);
  });

  test("finds Chinese-context values and passports", () => {
    expect(findPiInText("身份证号：360426199101010071，护照E12345678")).toEqual([
      { category: "identity.resident-id", start: 5, end: 23 },
      { category: "identity.passport", start: 26, end: 35 },
    ]);
  });

  test("stays silent on look-alikes that fail validation", () => {
    expect(findPiInText("order 36042619910102009X")).toEqual([]); // bad check digit
    expect(findPiInText("ts=1700000000000 id=12012345678")).toEqual([]);
    expect(findPiInText("uscc 91110000600037341L")).toEqual([]);
    expect(findPiInText("x360426199101010071")).toEqual([]); // no boundary
    expect(findPiInText("trace 6222026006705354217")).toEqual([]); // fails Luhn
  });

  test("runs in linear time on 100 KB adversarial inputs", () => {
    const inputs = [
      "1".repeat(100_000),
      "1".repeat(100_000) + "X",
      "13800138000".repeat(9_000),
      "E".repeat(50_000) + "1".repeat(50_000),
      "9".repeat(17).concat("a").repeat(5_500),
      "+86".repeat(33_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      findPiInText(input);
      expect(performance.now() - started, input.slice(0, 20)).toBeLessThan(500);
    }
  });
});

test("stays linear with thousands of real hits in one text", () => {
  const text = Array.from({ length: 5_000 }, (_, i) => `${syntheticMobile(i)} `).join("");
  const started = performance.now();
  const findings = findPiInText(text);
  expect(performance.now() - started).toBeLessThan(500);
  expect(findings).toHaveLength(5_000);
  expect(findings[1]).toEqual({ category: "contact.mobile", start: 12, end: 23 });
});
