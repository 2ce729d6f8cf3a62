/*
 * Runs of 7 or more digits (optionally grouped by spaces or dashes, optionally ending in the
 * resident-ID check character X) are what resident IDs, mobile numbers and bank cards look like in
 * source text; a field path or flow label holding a literal must never repeat them in a message.
 */
const digitRun = /\d(?:[ -]?\d){6,}[Xx]?/g;

/**
 * Mask every PI-like digit run in a text shown to users: keep the first three and last four
 * characters, star the rest (`"110105194912310021"` → `"110***********0021"`).
 */
export function maskLiteralValues(text: string): string {
  return text.replace(digitRun, (run) => {
    const chars = run.replace(/[ -]/g, "");
    return `${chars.slice(0, 3)}${"*".repeat(chars.length - 7)}${chars.slice(-4)}`;
  });
}
