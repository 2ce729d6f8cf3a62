import { z } from "zod";

/*
 * The `analysis` config section: how sure a finding must be to be reported, and whether logging
 * identifiers that network logs must keep is reported. Read by the engine, so the lint rules and
 * the scanner report alike.
 */

/** The `analysis` section. */
export const analysisSectionSchema = z
  .object({
    minConfidence: z
      .enum(["medium", "high"])
      .default("medium")
      .describe(
        "Lowest confidence reported: 'medium' also reports names read on untyped values and sends recognised by name; 'high' only declared or typed sources and catalogued sinks",
      ),
    reportNetworkLogIdentifiers: z
      .boolean()
      .default(false)
      .describe(
        "Also report IP addresses and account names reaching a log sink (network logs must keep them: Cybersecurity Law Art. 21); they are always reported when exported or sent",
      ),
  })
  .strict();

/** The `analysis` section as written. */
export type AnalysisSection = z.input<typeof analysisSectionSchema>;
