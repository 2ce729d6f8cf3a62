/**
 * Runs of English words left in a text that should be Chinese: two or more Latin words in a row,
 * at least one of them lower case and longer than a letter (a sentence fragment, not a product name
 * such as "Google Cloud Storage"). Code, quotes, URLs and identifiers are removed first: `backticks`,
 * '…', "…", “…”, <placeholders>, the command name `pipl-guard`, and any token holding a digit or one
 * of `. : / _ $ = @ # { } [ ]` (type tokens, category ids, region ids, paths, URNs).
 */
export function englishRuns(text: string): string[] {
  // What is removed leaves a mark, so the words on either side do not join into one run.
  const cut = " | ";
  const stripped = text
    .replace(/`[^`]*`/g, cut)
    .replace(/“[^”]*”/g, cut)
    .replace(/"[^"]*"/g, cut)
    .replace(/'[^']*'/g, cut)
    .replace(/<[^>]*>/g, cut)
    .replace(/https?:\/\/\S+/g, cut)
    .replace(/\bpipl-guard\b/g, cut)
    .replace(/\S*[\d.:/_$=@#{}[\]]\S*/g, cut);
  const runs = stripped.match(/[A-Za-z][A-Za-z'-]*(?:[ \t]+[A-Za-z][A-Za-z'-]*){1,}/g) ?? [];
  return runs.filter((run) => run.split(/\s+/).some((w) => /^[a-z]/.test(w) && w.length > 1));
}
