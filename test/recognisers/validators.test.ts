import { describe, expect, test } from "vitest";
import { validators } from "../../analyzers/index.js";
import { isMobileLoose } from "../../analyzers/recognisers/validators/mobile.js";
import {
  isLegacyResidentId,
  residentIdCheckCharacter,
  upgradeLegacyResidentId,
} from "../../analyzers/recognisers/validators/resident-id.js";
import { isUnionPayCard } from "../../analyzers/recognisers/validators/bank-card.js";
import { syntheticBankCard, syntheticMobile, syntheticResidentId } from "../support/synthetic.js";

describe("validators.residentId (pipl.md §2.1 vectors)", () => {
  test.each([
    ["360426199101010071", true],
    ["44011320141005001X", true],
    ["44011320141005001x", true],
    ["11010519491231002X", true],
    ["440524188001010014", true],
    ["120101198001010071", true],
    ["36042619910102009X", false], // checksum
    ["360426199113010079", false], // month 13
    ["990426199112010074", false], // unknown province
    ["360426199102300078", false], // 30 February
    ["3604261991010100711", false], // 19 digits
    ["36042619910101007", false], // 17 digits
    ["", false],
  ])("%s → %s", (value, expected) => {
    expect(validators.residentId(value)).toBe(expected);
  });

  test("accepts the 83 prefix of Taiwan residents' residence permits, and 71/81/82/91", () => {
    for (const prefix of ["83", "71", "81", "82", "91"]) {
      const first17 = `${prefix}000019900101001`;
      expect(validators.residentId(first17 + residentIdCheckCharacter(first17)), prefix).toBe(true);
    }
    const unknown = "99000019900101001";
    expect(validators.residentId(unknown + residentIdCheckCharacter(unknown))).toBe(false);
  });

  test("the 15-digit legacy form is a separate check and upgrades to 18", () => {
    expect(validators.residentId("110105491231002")).toBe(false);
    expect(isLegacyResidentId("110105491231002")).toBe(true);
    expect(validators.residentIdLegacy("110105491331002")).toBe(false);
    expect(upgradeLegacyResidentId("110105491231002")).toBe("11010519491231002X");
  });
});

describe("validators.mobile", () => {
  test.each([
    ["13123456789", true],
    ["13800138000", true],
    ["+8619912345678", true],
    ["008613800138000", true],
    ["16212345678", true],
    ["12012345678", false],
    ["19412345678", false],
    ["1380013800", false],
    ["138001380000", false],
  ])("strict %s → %s", (value, expected) => {
    expect(validators.mobile(value)).toBe(expected);
  });

  test("loose detection accepts unallocated 19x segments the strict check rejects", () => {
    expect(isMobileLoose("19412345678")).toBe(true);
    expect(validators.mobile("19412345678")).toBe(false);
    expect(isMobileLoose("12012345678")).toBe(false);
  });
});

describe("validators.bankCard", () => {
  test.each([
    ["6200000000000005", true],
    ["6205500000000000004", true],
    ["6212345678901232", true],
    ["4111111111111111", true],
    ["6222026006705354217", false], // fails Luhn
    ["6200000000000006", false],
    ["000000000000000", false],
    ["620000000005", false], // 12 digits
  ])("%s → %s", (value, expected) => {
    expect(validators.bankCard(value)).toBe(expected);
  });

  test("UnionPay needs the 62 prefix", () => {
    expect(isUnionPayCard("6212345678901232")).toBe(true);
    expect(isUnionPayCard("4111111111111111")).toBe(false);
  });
});

describe("passport, travel permit and USCC", () => {
  test.each([
    ["E12345678", true],
    ["EA1234567", true],
    ["G12345678", true],
    ["DE1234567", true],
    ["K12345678", true],
    ["EI1234567", false],
    ["E1234567", false],
    ["e12345678", false],
  ])("passport %s → %s", (value, expected) => {
    expect(validators.passport(value)).toBe(expected);
  });

  test.each([
    ["H12345678", true],
    ["M1234567890", true],
    ["H123456789", false],
    ["X12345678", false],
  ])("travel permit %s → %s", (value, expected) => {
    expect(validators.travelPermit(value)).toBe(expected);
  });

  test.each([
    ["91110000600037341L", true],
    ["91230184MA1BUFLT44", true],
    ["92371000MA3MXH0E3W", true],
    ["91110000600037341M", false],
    ["360426199101010071", false],
  ])("uscc %s → %s", (value, expected) => {
    expect(validators.uscc(value)).toBe(expected);
  });
});

describe("synthetic data helpers", () => {
  test("produce values the validators accept, distinct per seed", () => {
    const ids = Array.from({ length: 50 }, (_, i) => syntheticResidentId(i));
    for (const id of ids) expect(validators.residentId(id), id).toBe(true);
    expect(new Set(ids).size).toBe(50);
    expect(syntheticMobile(0)).toBe("13800138000");
    for (let i = 0; i < 20; i++) {
      expect(validators.mobile(syntheticMobile(i))).toBe(true);
      expect(validators.bankCard(syntheticBankCard(i))).toBe(true);
      expect(syntheticBankCard(i).startsWith("62")).toBe(true);
    }
  });
});
