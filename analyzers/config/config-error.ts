/**
 * A configuration (or taxonomy definition) problem, reported as one line naming the path, the problem
 * and the fix: `pipl-guard config: categories[2].parent: unknown category 'resident_id'. Did you mean
 * 'resident-id'? Fix: …`. Thrown by `loadConfig` and `createTaxonomy`; never wrapped in a stack dump
 * by our own entry points.
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";

  /**
   * @param path - where in the config: `categories[2].parent`, `fieldPatterns.add[0].category`.
   * @param problem - what is wrong, without a trailing full stop.
   * @param fix - how to fix it, a sentence.
   * @param suggestion - the closest valid value, shown as "Did you mean '…'?".
   */
  constructor(
    readonly path: string,
    readonly problem: string,
    readonly fix: string,
    readonly suggestion?: string,
  ) {
    super(
      `pipl-guard config: ${path === "" ? "(root)" : path}: ${problem}.` +
        (suggestion === undefined ? "" : ` Did you mean '${suggestion}'?`) +
        ` Fix: ${fix}`,
    );
  }
}
