import { describe, expect, it } from "vitest";
import { loadConfig } from "../../analyzers/config/load-config.js";
import {
  sanitizerInScope,
  suggestedSanitizerFor,
} from "../../analyzers/consent/choose-sanitizer.js";
import { compileConsentRules } from "../../analyzers/consent/compile-consent-rules.js";

const config = loadConfig({});
const rules = compileConsentRules(config);

/*
 * Contrasting pairs: which of the names in scope a value of a category is wrapped in. A sanitizer
 * named for the category (or a related one) wins over a general one; one named for another
 * category is never used; a name that is not a sanitizer (`masking`, `mobile`) is never used.
 */
describe("the sanitizer in scope for a category", () => {
  it.each([
    ["contact.mobile", ["maskMobile", "maskPii"], "maskMobile"],
    ["identity.resident-id", ["maskMobile", "maskPii"], "maskPii"],
    ["contact.mobile", ["mask_phone", "redact"], "mask_phone"],
    ["identity.resident-id", ["desensitizeIdCard", "maskMobile"], "desensitizeIdCard"],
    ["identity.resident-id", ["maskMobile"], undefined],
    ["contact.mobile", ["masking", "mobile"], undefined],
    ["basic.name", ["hashName", "maskPii"], "hashName"],
    ["basic.name", ["redact", "maskPii"], "maskPii"],
    ["contact.mobile", ["mask", "maskMobile"], "mask"],
  ])("%s with %j in scope: %s", (category, names, expected) => {
    expect(sanitizerInScope(category, names, rules, config.taxonomy)).toBe(expected);
  });
});

describe("the configured sanitizer for a category", () => {
  const configured = loadConfig({
    sanitizers: {
      suggested: "scrub",
      suggestedFor: { mobile: "maskPhoneNumber", identity: "maskDocument" },
    },
  });
  const configuredRules = compileConsentRules(configured);

  it.each([
    ["contact.mobile", "maskPhoneNumber"],
    ["identity.resident-id", "maskDocument"],
    ["identity.passport", "maskDocument"],
    ["basic.name", "scrub"],
  ])("%s: %s (its own entry, else its parent's, else sanitizers.suggested)", (category, name) => {
    expect(suggestedSanitizerFor(category, configuredRules, configured.taxonomy)).toBe(name);
  });

  it("is used when it is in scope, even if its name says nothing", () => {
    expect(
      sanitizerInScope(
        "contact.mobile",
        ["maskMobile", "maskPhoneNumber"],
        configuredRules,
        configured.taxonomy,
      ),
    ).toBe("maskPhoneNumber");
  });

  it("names a category the taxonomy knows", () => {
    expect(() => loadConfig({ sanitizers: { suggestedFor: { mobil: "maskMobile" } } })).toThrow(
      /sanitizers\.suggestedFor\.mobil/,
    );
  });
});
