/**
 * Masks a PI literal for messages: first 3 and last 4 characters kept, the rest starred
 * (`440305198512124565` → `440***********4565`); short values are starred entirely. Findings and
 * messages never carry a PI literal's value.
 */
export function maskLiteral(value: string): string {
  if (value.length < 10) return "*".repeat(value.length);
  return `${value.slice(0, 3)}${"*".repeat(value.length - 7)}${value.slice(-4)}`;
}
