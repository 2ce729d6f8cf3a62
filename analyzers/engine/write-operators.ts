import { ts } from "ts-morph";

/**
 * Operators that write their right side into their left (`x = e`, `x += e`, `x ??= e`,
 * `x ||= e`): what feeds a variable or a field. `&&=` and the arithmetic ones write something
 * other than the right side.
 */
export const writeOperators: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.PlusEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
]);
