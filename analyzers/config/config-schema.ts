import { z } from "zod";
import { policyOptionsSchema } from "../resources/policy-options.js";
import { resourceTypeSpecSchema } from "../resources/resource-type-spec.js";
import { regionSpecExtensionSchema } from "../regions/region-spec.js";
import {
  consentDecoratorsSectionSchema,
  consentFunctionsSectionSchema,
  sanitizersSectionSchema,
} from "../consent/consent-spec.js";
import { sinksSectionSchema } from "../sinks/sink-spec.js";
import { scanSectionSchema } from "../scan/file-size-limit.js";
import { analysisSectionSchema } from "../engine/analysis-options.js";
import { transfersSectionSchema } from "../transfers/transfers-section.js";

/*
 * The one pipl-guard config shape, shared by the ESLint rules, the scanner and the policy pack.
 * Each module owns its section's schema; add a section by adding one line to `sections` below
 * (`name: schemaOfThatModule.optional()`), nothing else: `ResolvedConfig` picks it up by inference.
 */

const localizedTextSchema = z
  .object({
    en: z.string().min(1).describe("English text"),
    "zh-CN": z.string().min(1).describe("Simplified Chinese text"),
  })
  .strict()
  .describe("A text in English and Simplified Chinese");

const termsSchema = z.array(z.string().min(1));

/** A user category: the same shape as the built-in ones (controls follow from sensitivity). */
export const categoryConfigSchema = z
  .object({
    id: z.string().min(1).describe("Dot-hierarchical kebab-case id, e.g. 'identity.employee-id'"),
    parent: z
      .string()
      .min(1)
      .optional()
      .describe("Parent category id or alias; defaults to the id's dotted prefix"),
    aliases: termsSchema.default([]).describe("Kebab-case public names, e.g. 'employee-id'"),
    name: localizedTextSchema.describe("Display name in English and Chinese"),
    sensitivity: z
      .enum(["general", "sensitive"])
      .describe("'sensitive' for PIPL Art. 28 information, otherwise 'general'"),
    legalBasis: termsSchema.min(1).describe("Legal-basis ids, e.g. ['pipl-art-28']"),
    fieldNames: z
      .object({
        english: termsSchema.default([]).describe("English field names, e.g. 'employeeNo'"),
        pinyin: termsSchema.default([]).describe("Full-pinyin field names"),
        pinyinAbbreviations: termsSchema.default([]).describe("Pinyin initials, exact tokens only"),
        chinese: termsSchema.default([]).describe("Chinese keys and comment words"),
      })
      .strict()
      .default({ english: [], pinyin: [], pinyinAbbreviations: [], chinese: [] })
      .describe("Field-name vocabulary that classifies identifiers into this category"),
    validators: termsSchema.default([]).describe("Value validator ids, e.g. 'resident-id'"),
    networkLogIdentifier: z
      .boolean()
      .optional()
      .describe(
        "An identifier network logs must keep (Cybersecurity Law Art. 21): not reported on log sinks unless analysis.reportNetworkLogIdentifiers",
      ),
    deprecated: z
      .object({ replacedBy: z.string().min(1).describe("The category id that replaces this one") })
      .strict()
      .optional()
      .describe("Retire an id without reusing it"),
  })
  .strict();

const fieldPatternAdditionSchema = z
  .object({
    category: z.string().min(1).describe("Category id or alias the names belong to"),
    names: termsSchema.optional().describe("Identifiers that classify only as a whole"),
    tokens: termsSchema.optional().describe("Terms that classify wherever they are whole tokens"),
    pattern: z
      .string()
      .min(1)
      .max(500)
      .optional()
      .describe(
        "Regular expression over the whole identifier (case-insensitive, RE2 syntax: no lookaround or backreferences, at most 500 characters)",
      ),
  })
  .strict()
  .refine((a) => a.names !== undefined || a.tokens !== undefined || a.pattern !== undefined, {
    message: "needs names, tokens or pattern",
    params: { configMessage: "schema.field-pattern-terms" },
  });

/** The `fieldPatterns` section: extend or switch off identifier vocabulary. */
export const fieldPatternsSchema = z
  .object({
    add: z.array(fieldPatternAdditionSchema).default([]).describe("Vocabulary to add"),
    disable: z
      .array(
        z.union([
          z.string().min(1),
          z.object({ category: z.string().min(1).describe("Category id or alias") }).strict(),
        ]),
      )
      .default([])
      .describe("Built-in field names to switch off, or { category } to switch off all of one"),
  })
  .strict();

/** Sections owned by other modules: one line each, `name: schema.optional()`. */
export const sections = {
  regions: z.array(regionSpecExtensionSchema).optional(),
  resourceTypes: z.array(resourceTypeSpecSchema).optional(),
  policies: policyOptionsSchema.partial().optional(),
  sinks: sinksSectionSchema.optional(),
  consentFunctions: consentFunctionsSectionSchema.optional(),
  consentDecorators: consentDecoratorsSectionSchema.optional(),
  sanitizers: sanitizersSectionSchema.optional(),
  scan: scanSectionSchema.optional(),
  analysis: analysisSectionSchema.optional(),
  transfers: transfersSectionSchema.optional(),
};

/** The whole config file. Unknown top-level keys are rejected. */
export const configSchema = z
  .object({
    $schema: z.string().optional().describe("Editor hint, ignored"),
    locale: z.enum(["en", "zh-CN"]).default("en").describe("Language of messages"),
    categories: z.array(categoryConfigSchema).default([]).describe("Categories to add"),
    fieldPatterns: fieldPatternsSchema
      .default({ add: [], disable: [] })
      .describe("Identifier vocabulary to add or switch off"),
    ...sections,
  })
  .strict();

/** The config as written (before defaults). */
export type ConfigInput = z.input<typeof configSchema>;

/** The config after validation and defaults. */
export type ParsedConfig = z.output<typeof configSchema>;
