import { fileURLToPath } from "node:url";
import {
  RuleTester,
  type InvalidTestCase,
  type ValidTestCase,
} from "@typescript-eslint/rule-tester";
import { afterAll, describe, it } from "vitest";
import type {
  FindingFix,
  FindingReason,
  TransferMechanismDeclaration,
} from "../../../analyzers/engine/finding.js";
import type { TransferDestination } from "../../../analyzers/transfers/transfer-destination.js";
import type { DescribedFinding } from "../../../analyzers/messages/describe-findings.js";
import { findingMessageParts } from "../../../analyzers/messages/finding-message-parts.js";
import type { SinkRuleRecord } from "../../../analyzers/rules/rule-record.js";
import { defaultTaxonomy } from "../../../analyzers/taxonomy/index.js";
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

/** The message ids of findings; the others (annotation problems, …) carry a whole message. */
type FindingMessageId =
  | "noConsent"
  | "consentForOtherCategory"
  | "generalConsentForSensitive"
  | "noConsentToRecipient"
  | "consentForOtherCategoryToRecipient"
  | "generalConsentForSensitiveToRecipient"
  | "crossBorderNoConsent"
  | "crossBorderConsentForOtherCategory"
  | "crossBorderGeneralConsentForSensitive"
  | "noCrossBorderConsent";

/** What a finding's report names: field paths and category ids in order, the sink as written. */
export interface Named {
  fields: string[];
  categories: string[];
  sink: string;
  /** The fix; by default the config's: mask logs with `mask`, check consent before the rest. */
  fix?: FindingFix;
  /**
   * For a cross-border transfer or one to a named mainland recipient: the recipient the message
   * must name (`{{destination}}`).
   */
  destination?: TransferDestination;
  /** For a cross-border transfer: the mechanism declared with `@pipl-transfer`, if any. */
  mechanism?: TransferMechanismDeclaration;
  /**
   * The sanitizer the 💡 suggestion wraps the value in, or `false` for none. By default, for a log
   * report of one field whose reported expression is its path (`u.mobile`, not
   * `u.mobile.trim()`): the header's sanitizer for the category (`maskMobile` for a mobile number,
   * else the general `maskPii`).
   */
  suggest?: string | false;
}

/** The header's sanitizer for a category: the one named for it, else the general one. */
const headerSanitizer = (category: string) =>
  category === "contact.mobile" ? "maskMobile" : "maskPii";

/** The expected suggestions of a finding's report at a 1-based line and column of `code`. */
function expectedSuggestions(
  record: SinkRuleRecord,
  code: string,
  line: number,
  column: number,
  named: Named,
): { messageId: "wrapInSanitizer"; output: string }[] {
  const lines = code.split("\n");
  const at = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const [field] = named.fields;
  const wrapsByDefault =
    record.sinkKind === "log" &&
    named.fields.length === 1 &&
    named.categories.length === 1 &&
    field !== undefined &&
    code.startsWith(field, at) &&
    !/[\w$.?([]/.test(code.charAt(at + field.length));
  const sanitizer =
    named.suggest ?? (wrapsByDefault ? headerSanitizer(named.categories[0]!) : false);
  if (sanitizer === false || field === undefined) return [];
  const output = `${code.slice(0, at)}${sanitizer}(${field})${code.slice(at + field.length)}`;
  return [{ messageId: "wrapInSanitizer", output }];
}

/**
 * An expected report: message id, line and column of the reached expression in `code`, and for a
 * finding what it names (asserted through the message's placeholders).
 */
export type Expected =
  | [FindingMessageId, number, number, Named]
  | [Exclude<MessageIds, FindingMessageId>, number, number];

/** A case that must report, at 1-based positions relative to `code` (the header is added). */
export interface ReportingCase {
  name: string;
  code: string;
  expected: Expected[];
}

/** A case that must report what `expected` lists. */
export function reports(name: string, code: string, ...expected: Expected[]): ReportingCase {
  return { name, code, expected };
}

const reasonOf = {
  noConsent: "no-consent",
  consentForOtherCategory: "consent-for-other-category",
  generalConsentForSensitive: "general-consent-for-sensitive",
  noConsentToRecipient: "no-consent",
  consentForOtherCategoryToRecipient: "consent-for-other-category",
  generalConsentForSensitiveToRecipient: "general-consent-for-sensitive",
  crossBorderNoConsent: "no-consent",
  crossBorderConsentForOtherCategory: "consent-for-other-category",
  crossBorderGeneralConsentForSensitive: "general-consent-for-sensitive",
  noCrossBorderConsent: "no-cross-border-consent",
} as const satisfies Record<FindingMessageId, FindingReason>;

/**
 * The placeholders a finding's message must have, in English. Findings are paired with fields so
 * that each field path and each category appears in the listed order.
 */
function findingData(
  record: SinkRuleRecord,
  messageId: FindingMessageId,
  named: Named,
): Record<string, string> {
  const count = Math.max(named.fields.length, named.categories.length);
  const findings: DescribedFinding[] = Array.from({ length: count }, (_, i) => {
    const category = named.categories[Math.min(i, named.categories.length - 1)]!;
    return {
      kind: record.sinkKind,
      reason: reasonOf[messageId],
      category,
      fieldPath: named.fields[Math.min(i, named.fields.length - 1)]!,
      sink: { id: "expected", label: named.sink },
      fix:
        named.fix ??
        (record.sinkKind === "log"
          ? { kind: "mask", sanitizer: "mask" }
          : { kind: "consent", category }),
      ...(named.destination ? { destination: named.destination } : {}),
      ...(named.mechanism ? { mechanism: named.mechanism } : {}),
    };
  });
  return { ...findingMessageParts(findings, record, defaultTaxonomy, "en", named.sink) };
}

/** A reporting case as RuleTester takes it, for the rule of `record`. */
export function invalidCase(
  record: SinkRuleRecord,
  c: ReportingCase,
): InvalidTestCase<MessageIds, Options> {
  return {
    name: c.name,
    code: header + c.code,
    filename: "file.ts",
    errors: c.expected.map(([messageId, line, column, named]) => ({
      messageId,
      line: line + 1,
      column,
      ...(named
        ? {
            data: findingData(record, messageId as FindingMessageId, named),
            suggestions: expectedSuggestions(record, header + c.code, line + 1, column, named),
          }
        : {}),
    })),
  };
}

/**
 * Runs a sink rule's cases through RuleTester on the typed fixture project, then again with the
 * rule forced into isolated mode: reports must be the same, field, category and sink included.
 */
export function runSinkRuleTests(
  rule: Parameters<RuleTester["run"]>[1],
  record: SinkRuleRecord,
  cases: { valid: ValidTestCase<Options>[]; invalid: ReportingCase[] },
): void {
  const invalid = cases.invalid.map((c) => invalidCase(record, c));
  typedRuleTester().run(record.name, rule, { valid: cases.valid, invalid });
  typedRuleTester().run(record.name, rule, {
    valid: inIsolatedMode(cases.valid),
    invalid: inIsolatedMode(invalid),
  });
}

/** The same cases with the rule forced into isolated mode. */
export function inIsolatedMode<T extends ValidTestCase<Options>>(cases: T[]): T[] {
  return cases.map((c) => ({
    ...c,
    name: `${c.name} (isolated)`,
    options: [{ mode: "isolated" }],
  }));
}
