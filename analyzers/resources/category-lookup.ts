/** What the policies need to know about a PI category (a subset of the taxonomy's definition). */
export interface PolicyCategory {
  id: string;
  name: { en: string; "zh-CN": string };
  sensitivity: "general" | "sensitive";
  legalBasis: readonly string[];
}

/** The taxonomy operations the policies use; `Taxonomy` from `analyzers/taxonomy` satisfies it. */
export interface CategoryLookup {
  resolve(idOrAlias: string): PolicyCategory | undefined;
  suggest(unknown: string): string | undefined;
  covers(coveringIdOrAlias: string, categoryId: string): boolean;
  legalBasis(id: string): { citation: { en: string; "zh-CN": string } } | undefined;
}
