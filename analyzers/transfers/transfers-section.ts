import { z } from "zod";

const hostSchema = z
  .string()
  .regex(
    /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/,
    "a lower-case host name without scheme, port or path, e.g. api.example.com (subdomains match too)",
  );

const placeSchema = z
  .object({
    en: z.string().min(1).describe("English name"),
    "zh-CN": z.string().min(1).describe("Simplified Chinese name"),
  })
  .strict()
  .describe("Country or region of the recipient");

/**
 * A destination a security team declares: a host (and its subdomains) or a sink id (an SDK whose
 * default destination changes, e.g. an OpenAI client the environment points at a mainland
 * gateway), with the jurisdiction of its recipient.
 */
export const destinationSpecSchema = z
  .object({
    host: hostSchema.optional().describe("Host name; its subdomains match too"),
    sink: z
      .string()
      .min(1)
      .optional()
      .describe("Sink id whose default destination this replaces (e.g. `openai`)"),
    service: z.string().min(1).optional().describe("Name of the recipient shown in messages"),
    jurisdiction: z
      .enum(["mainland", "cross-border"])
      .describe("`mainland` or `cross-border` (Hong Kong, Macao and Taiwan are cross-border)"),
    place: placeSchema.optional(),
  })
  .strict()
  .refine((d) => (d.host === undefined) !== (d.sink === undefined), {
    message: "needs exactly one of host or sink",
    params: { configMessage: "schema.destination-host-or-sink" },
  });

/** A mechanism the config adds to those `@pipl-transfer` accepts. */
export const mechanismSpecSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case id"),
    description: z.string().min(1).describe("What the mechanism is, for reports"),
  })
  .strict();

/** The `transfers` config section: where transfers go, and what covers a cross-border one. */
export const transfersSectionSchema = z
  .object({
    destinations: z
      .array(destinationSpecSchema)
      .default([])
      .describe("Hosts and SDK sinks with the jurisdiction of their recipient"),
    ownHosts: z
      .array(hostSchema)
      .default([])
      .describe(
        "The organisation's own hosts (and subdomains): sending to them is not a transfer to another party",
      ),
    crossBorderPurposes: z
      .array(z.string().min(1))
      .default([])
      .describe(
        "Consent purposes, besides `cross-border` and `overseas`, that cover a cross-border send",
      ),
    mechanisms: z
      .array(mechanismSpecSchema)
      .default([])
      .describe("Mechanisms `@pipl-transfer` accepts besides the built-in ones"),
  })
  .strict();

/** The `transfers` section as written. */
export type TransfersSection = z.input<typeof transfersSectionSchema>;
/** A declared destination. */
export type DestinationSpec = z.output<typeof destinationSpecSchema>;
