import { z } from "zod";

/** A region named in English and Chinese, for violation messages. */
export const regionNameSchema = z.strictObject({
  en: z.string().min(1),
  "zh-CN": z.string().min(1),
});

/**
 * How one cloud provider's regions are found and judged. Security teams extend the built-in table
 * with the same shape through the `regions` config section (e.g. a private cloud's region ids).
 */
export const regionSpecSchema = z.strictObject({
  /** Pulumi package name, the first segment of type tokens. */
  provider: z.string().min(1),
  /** Type token of the first-class provider resource, e.g. `pulumi:providers:aws`. */
  providerType: z.string().min(1),
  /** Stack config key the provider reads its region from, e.g. `aws:region`. */
  configKey: z.string().min(1),
  /** Property of the provider resource that holds the region (`region` / `location`). */
  providerRegionProperty: z.string().min(1),
  /** Environment variables the provider falls back to when config is unset, in order. */
  envVars: z.array(z.string().min(1)).default([]),
  /** The region the provider uses when nothing is configured, only where documented. */
  defaultRegion: z.string().min(1).optional(),
  /** Azure spells locations in display form ("China East 2"); normalise before comparing. */
  normalise: z.enum(["none", "lowercase-strip-spaces"]).default("none"),
  /** Mainland-China region ids: the allow-list. Never derived from a prefix. */
  mainland: z.array(z.string().min(1)),
  /** Chinese-named or nearby regions that are outside the mainland, with names for messages. */
  outsideMainland: z.record(z.string(), regionNameSchema).default({}),
  /**
   * Path inside the provider resource's properties to tags it applies to every resource (AWS
   * `defaultTags.tags`); providers JSON-encode object inputs, so a string there is parsed.
   */
  defaultTagsPath: z.string().min(1).optional(),
  /** Names of mainland regions for messages (optional; the id is used otherwise). */
  mainlandNames: z.record(z.string(), regionNameSchema).default({}),
});

/** One provider's region facts (see {@link regionSpecSchema}). */
export type RegionSpec = z.output<typeof regionSpecSchema>;
/** A region spec as written in config, before defaults are applied. */
export type RegionSpecInput = z.input<typeof regionSpecSchema>;

/**
 * A change to a built-in provider's spec: `provider` plus only the fields to change (lists are
 * merged), e.g. `{ provider: "alicloud", mainland: ["cn-private-1"] }`.
 */
export const regionSpecExtensionSchema = regionSpecSchema.partial().required({ provider: true });
/** A change to a built-in provider's region spec. */
export type RegionSpecExtension = z.input<typeof regionSpecExtensionSchema>;
