import type { Locale } from "../messages/locale.js";
import { mainlandRegionIds } from "./mainland-region-ids.js";

/** How the last two items of a list are joined, and the separator before them, per language. */
const listWords: Readonly<Record<Locale, { separator: string; last: string }>> = {
  en: { separator: ", ", last: " or " },
  "zh-CN": { separator: "、", last: " 或 " },
};

/**
 * A provider's built-in mainland-China regions as a list for a fix message:
 * `cn-north-1 or cn-northwest-1` (`en`), `cn-north-1 或 cn-northwest-1` (`zh-CN`).
 *
 * @throws Error when the built-in table lists no mainland region for `provider` (see
 *   {@link mainlandRegionIds}).
 */
export function mainlandRegionList(provider: string, locale: Locale): string {
  const ids = mainlandRegionIds(provider);
  const { separator, last } = listWords[locale];
  const head = ids.slice(0, -1);
  const tail = ids[ids.length - 1];
  return head.length === 0 ? ids[0] : `${head.join(separator)}${last}${tail}`;
}
