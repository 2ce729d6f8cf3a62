/**
 * Runs of three or more English words in a text, outside code spans and quotes: what a Chinese
 * message must not contain. Ids, paths, code identifiers and the user's own quoted values are
 * allowed (they are single tokens, or quoted).
 */
export function englishRuns(text: string): string[] {
  const unquoted = text
    .replace(/`[^`]*`/g, " ")
    .replace(/'[^']*'/g, " ")
    .replace(/"[^"]*"/g, " ")
    .replace(/“[^”]*”/g, " ");
  return unquoted.match(/[A-Za-z][\w-]*(?: +[A-Za-z][\w-]*){2,}/g) ?? [];
}
