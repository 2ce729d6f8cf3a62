import { locales } from "./locale.js";

/**
 * The `id/locale` pairs of a catalogue that are missing or empty, and those whose placeholders differ
 * between languages. Every catalogue's test asserts this is `[]`.
 */
export function missingTranslations(
  catalog: Readonly<Record<string, Readonly<Partial<Record<string, string>>>>>,
): string[] {
  const problems: string[] = [];
  const placeholders = (text: string): string =>
    [...text.matchAll(/\{(\w+)\}/g)]
      .map((m) => m[1])
      .sort()
      .join(",");
  for (const [id, message] of Object.entries(catalog)) {
    const english = message.en;
    for (const locale of locales) {
      const text = message[locale];
      if (text === undefined || text.trim() === "") problems.push(`${id}/${locale}: missing`);
      else if (english !== undefined && placeholders(text) !== placeholders(english))
        problems.push(`${id}/${locale}: placeholders differ from en`);
    }
  }
  return problems;
}
