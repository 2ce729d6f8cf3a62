/** A character's class for splitting identifiers. */
type CharClass = "upper" | "lower" | "digit" | "cjk" | "other";

function classOf(ch: string): CharClass {
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return "upper";
  if (c >= 97 && c <= 122) return "lower";
  if (c >= 48 && c <= 57) return "digit";
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return "cjk";
  return "other";
}

/**
 * Splits an identifier into lower-case tokens: camelCase (with acronyms: `userIDNo` → user, id, no;
 * `IDCard` → id, card), snake_case, kebab-case, dots, digits, and runs of Chinese characters, each
 * run kept as one token (`用户身份证号`). A single linear scan, no regular expression.
 */
export function tokenizeIdentifier(identifier: string): string[] {
  const tokens: string[] = [];
  let current = "";
  let previous: CharClass = "other";
  const flush = (): void => {
    if (current !== "") tokens.push(current.toLowerCase());
    current = "";
  };
  for (let i = 0; i < identifier.length; i++) {
    const ch = identifier[i]!;
    const cls = classOf(ch);
    if (cls === "other") {
      flush();
      previous = cls;
      continue;
    }
    let boundary = false;
    if (cls !== previous) {
      // lower→upper starts a word; upper→lower continues it (`Card`); any other change splits.
      boundary = !(previous === "upper" && cls === "lower");
    } else if (cls === "upper") {
      // In an acronym run, the last capital before a lower-case letter starts the next word: `IDCard`.
      const next = identifier[i + 1];
      boundary = next !== undefined && classOf(next) === "lower" && current.length > 0;
    }
    if (boundary) flush();
    current += ch;
    previous = cls;
  }
  flush();
  return tokens;
}
