import type { Taxonomy } from "../taxonomy/taxonomy.js";
import type { Locale } from "../messages/locale.js";
import type { ParsedConfig } from "./config-schema.js";

/**
 * A loaded config: the locale, the taxonomy (built-ins + user categories + field patterns), every
 * module-owned section as parsed by its schema (`sinks`, `consentFunctions`, ... once they are
 * registered in `config-schema.ts`), and `raw`, the whole parsed file.
 */
export type ResolvedConfig = Omit<
  ParsedConfig,
  "categories" | "fieldPatterns" | "$schema" | "locale"
> & {
  locale: Locale;
  taxonomy: Taxonomy;
  raw: ParsedConfig;
};
