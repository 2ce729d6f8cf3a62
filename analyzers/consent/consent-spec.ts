import { z } from "zod";

/**
 * A consent function: `assertion` style throws (or rejects) when consent is absent, so the code
 * after it runs only with consent; `predicate` style returns whether consent was given.
 */
export const consentFunctionSpecSchema = z
  .object({
    name: z.string().min(1).describe("Function or method name, e.g. requireConsent or has"),
    style: z.enum(["assertion", "predicate"]),
    receiver: z
      .string()
      .min(1)
      .optional()
      .describe(
        "When set, only a method call whose receiver's last name contains this text (case-insensitive) counts: `consent.require(...)`, `this.consentService.has(...)`",
      ),
  })
  .strict();

/** A consent function as written in data or config. */
export type ConsentFunctionSpec = z.infer<typeof consentFunctionSpecSchema>;

/** The `consentFunctions` config section: extra consent functions, and built-in names to ignore. */
export const consentFunctionsSectionSchema = z
  .object({
    add: z.array(consentFunctionSpecSchema).default([]),
    disable: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** The `consentDecorators` config section: names of method decorators that assert consent. */
export const consentDecoratorsSectionSchema = z
  .object({
    add: z.array(z.string().regex(/^[A-Za-z_$][\w$]*$/, "a decorator name")).default([]),
    disable: z.array(z.string().min(1)).default([]),
  })
  .strict();

/**
 * The `sanitizers` config section: functions whose result no longer carries the PI of their
 * arguments (masking, hashing, encryption, tokenising).
 */
export const sanitizersSectionSchema = z
  .object({
    names: z.array(z.string().min(1)).default([]).describe("Exact function or method names"),
    prefixes: z
      .array(z.string().min(1))
      .default([])
      .describe(
        "Name prefixes, matched at a word boundary: `mask` matches maskMobile, not masking",
      ),
    disable: z.array(z.string().min(1)).default([]).describe("Built-in prefixes to drop"),
    suggested: z
      .string()
      .min(1)
      .optional()
      .describe("The function a fix suggests wrapping values in (default: mask)"),
    suggestedFor: z
      .record(z.string().min(1), z.string().min(1))
      .optional()
      .describe(
        'The function a fix suggests for the values of a category, by category id or alias (a parent\'s entry covers its children), e.g. { "mobile": "maskMobile" }',
      ),
  })
  .strict();

/** Parsed config sections of this module. */
export type ConsentFunctionsSection = z.input<typeof consentFunctionsSectionSchema>;
export type ConsentDecoratorsSection = z.input<typeof consentDecoratorsSectionSchema>;
export type SanitizersSection = z.input<typeof sanitizersSectionSchema>;
