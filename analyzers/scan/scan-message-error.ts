import { renderConfigText } from "../config/config-error.js";
import { formatMessage } from "../messages/format-message.js";
import type { Locale } from "../messages/locale.js";
import type { ConfigText } from "../messages/config-messages.js";
import { scanMessages, type ScanMessageId } from "../messages/scan-messages.js";

/** A placeholder value: text as is, a number, or a config-catalogue message rendered in the same locale. */
export type ScanMessageParam = string | number | ConfigText;

/**
 * An error of the scanner's input worded from the `scanMessages` catalogue. `message` is the English
 * text; {@link ScanMessageError.format} words it in the user's locale.
 */
export abstract class ScanMessageError extends Error {
  constructor(
    readonly id: ScanMessageId,
    readonly params: Readonly<Record<string, ScanMessageParam>> = {},
  ) {
    super(renderScanMessage("en", id, params));
  }

  /** The message in `locale`. */
  format(locale: Locale): string {
    return renderScanMessage(locale, this.id, this.params);
  }
}

function renderScanMessage(
  locale: Locale,
  id: ScanMessageId,
  params: Readonly<Record<string, ScanMessageParam>>,
): string {
  const rendered: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params))
    rendered[name] = typeof value === "object" ? renderConfigText(value, locale) : value;
  return formatMessage(scanMessages, locale, id, rendered);
}
