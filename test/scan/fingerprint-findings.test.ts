import { describe, expect, it } from "vitest";
import {
  fingerprintFindings,
  type FingerprintInput,
} from "../../analyzers/scan/fingerprint-findings.js";

const base: FingerprintInput = {
  ruleId: "pipl/no-unconsented-logging",
  category: "identity.resident-id",
  file: "src/a.ts",
  fieldPath: "user.idNumber",
  sinkId: "console",
  context: "UserService.register",
  snippet: "user.idNumber",
  start: 100,
};

describe("fingerprintFindings", () => {
  it("does not change when the finding moves to another line or is re-indented", () => {
    const [a] = fingerprintFindings([base]);
    const [b] = fingerprintFindings([{ ...base, start: 900, snippet: "  user.idNumber\n" }]);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(b).toBe(a);
  });

  it.each([
    ["ruleId", "pipl/no-unconsented-export"],
    ["category", "contact.mobile"],
    ["file", "src/b.ts"],
    ["fieldPath", "user.mobile"],
    ["sinkId", "pino"],
    ["context", "UserService.login"],
    ["snippet", "account.idNumber"],
  ] as const)("changes when %s changes", (key, value) => {
    expect(fingerprintFindings([{ ...base, [key]: value }])).not.toEqual(
      fingerprintFindings([base]),
    );
  });

  it("numbers identical findings in source order so both are tracked", () => {
    const [second, first] = fingerprintFindings([{ ...base, start: 200 }, base]);
    expect(first).not.toBe(second);
    // Order of input does not matter, source order does.
    expect(fingerprintFindings([base, { ...base, start: 200 }])).toEqual([first, second]);
  });
});
