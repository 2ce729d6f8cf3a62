import type { TransferDestination } from "../transfers/transfer-destination.js";
import type { Locale } from "./locale.js";

/**
 * A transfer's recipient as a message names it: the service, then its host and country or region
 * (`OpenAI API (api.openai.com, United States)`), or the host alone when no table knows it.
 * `hostWithService: false` leaves the host out when the service is named (a shorter line).
 */
export function describeDestination(
  destination: TransferDestination,
  locale: Locale,
  options: { hostWithService?: boolean } = {},
): string {
  const separator = locale === "en" ? ", " : "，";
  const details = [
    destination.service !== undefined && options.hostWithService !== false
      ? destination.host
      : undefined,
    destination.place?.[locale] ?? destination.region,
  ].filter((d): d is string => d !== undefined);
  const name = destination.service ?? destination.host ?? destination.region ?? "?";
  if (details.length === 0) return name;
  return locale === "en"
    ? `${name} (${details.join(separator)})`
    : `${name}（${details.join(separator)}）`;
}
