import type { LocalizedText } from "../messages/localized-text.js";

/**
 * Where a transfer takes personal information, for PIPL Arts. 38-39: to a recipient in mainland
 * China, outside it (Hong Kong, Macao and Taiwan included), or somewhere the code does not show.
 */
export type Jurisdiction = "mainland" | "cross-border" | "unknown";

/** How the engine learnt a transfer's destination. */
export type DestinationSource =
  "url" | "base-url" | "endpoint" | "region" | "sdk-default" | "config" | "environment" | "none";

/** The recipient of a transfer sink call, as far as the code shows it. */
export interface TransferDestination {
  jurisdiction: Jurisdiction;
  /** Host name the data goes to, when read from a URL, base URL or endpoint. */
  host?: string;
  /** The service, when known: `OpenAI API`, `Segment`. */
  service?: string;
  /** Country or region of the recipient, when known. */
  place?: LocalizedText;
  /** Cloud region id the destination was read from (`ap-singapore`, `cn-hongkong`). */
  region?: string;
  from: DestinationSource;
}
