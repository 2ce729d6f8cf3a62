import { fileURLToPath } from "node:url";
import {
  RuleTester,
  type InvalidTestCase,
  type ValidTestCase,
} from "@typescript-eslint/rule-tester";
import { afterAll, describe, it } from "vitest";
import type { MessageIds } from "../../../eslint-plugin/sink-rule-messages.js";
import type { Options } from "../../../eslint-plugin/rule-options.js";

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** The typed fixture project the rule tests lint (`file.ts` in it takes each case's code). */
export const typedFixtureDir = fileURLToPath(
  new URL("../../fixtures/eslint-typed/", import.meta.url),
);

/** A RuleTester with typescript-eslint's typed parser on the fixture project. */
export function typedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { project: "./tsconfig.json", tsconfigRootDir: typedFixtureDir },
    },
  });
}

/** One import line every case starts with, so case code can use the fixture's declarations. */
const header =
  'import type { Citizen, Contact, UserProfile, Order } from "./models.js"; ' +
  'import { requireConsent, assertConsent, hasConsent, checkConsent, consent, ConsentService, RequireConsent } from "./consent.js"; ' +
  'import { maskPii, maskMobile, hashIdentifier, redact } from "./privacy.js";\n';

/** A case that must stay silent. */
export function silent(name: string, code: string): ValidTestCase<Options> {
  return { name, code: header + code, filename: "file.ts" };
}

/** An expected report: message id, then line and column of the reached expression in `code`. */
export type Expected = [MessageIds, number, number];

/** A case that must report, at 1-based positions relative to `code` (the header is added). */
export function reports(
  name: string,
  code: string,
  ...expected: Expected[]
): InvalidTestCase<MessageIds, Options> {
  return {
    name,
    code: header + code,
    filename: "file.ts",
    errors: expected.map(([messageId, line, column]) => ({ messageId, line: line + 1, column })),
  };
}

/** The same cases with the rule forced into isolated mode. */
export function inIsolatedMode<T extends ValidTestCase<Options>>(cases: T[]): T[] {
  return cases.map((c) => ({
    ...c,
    name: `${c.name} (isolated)`,
    options: [{ mode: "isolated" }],
  }));
}
