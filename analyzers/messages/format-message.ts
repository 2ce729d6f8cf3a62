import type { Locale } from "./locale.js";
import type { LocalizedText } from "./localized-text.js";

/** A message catalogue: id → template per locale, placeholders in `{braces}`. */
export type MessageCatalog = Readonly<Record<string, Readonly<LocalizedText>>>;

/**
 * Fills a catalogue template. A placeholder without a parameter stays visible (`{field}`) so a
 * missing value shows up in tests instead of printing "undefined".
 */
export function formatMessage<C extends MessageCatalog>(
  catalog: C,
  locale: Locale,
  id: keyof C & string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = catalog[id]?.[locale];
  if (template === undefined) throw new Error(`pipl-guard: no message '${id}' in ${locale}`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
