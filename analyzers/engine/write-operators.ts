import type { ts } from "ts-morph";
import { SyntaxKind } from "./typescript-functions.js";

/**
 * Operators that write their right side into their left (`x = e`, `x += e`, `x ??= e`,
 * `x ||= e`): what feeds a variable or a field. `&&=` and the arithmetic ones write something
 * other than the right side.
 */
export const writeOperators: ReadonlySet<ts.SyntaxKind> = new Set([
  SyntaxKind.EqualsToken,
  SyntaxKind.PlusEqualsToken,
  SyntaxKind.QuestionQuestionEqualsToken,
  SyntaxKind.BarBarEqualsToken,
]);
