/** Extra field-name vocabulary for one category. */
export interface FieldPatternAddition {
  /** Category id or alias. */
  category: string;
  /** Identifiers that classify only as a whole (`empNo`); split like any identifier. */
  names?: string[];
  /** Terms that classify wherever they appear as whole tokens (`gonghao` in `userGonghao`). */
  tokens?: string[];
  /** A regular expression (RE2 syntax) tested case-insensitively against the whole identifier. */
  pattern?: string;
}

/** A built-in term to switch off (`"location"`), or all built-in terms of a category. */
export type FieldPatternDisable = string | { category: string };

/** User changes to the field-name vocabulary. */
export interface FieldPatterns {
  add?: FieldPatternAddition[];
  disable?: FieldPatternDisable[];
}
