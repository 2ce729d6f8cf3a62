import type { ts } from "ts-morph";
import {
  SyntaxKind,
  isCallExpression,
  isElementAccessExpression,
  isNumericLiteral,
  isPrefixUnaryExpression,
  isPropertyAccessExpression,
} from "./typescript-functions.js";
import { unwrapExpression } from "./unwrap-expression.js";

/** The most characters a fragment keeps and still does not identify (a phone's last four). */
const maxFragment = 4;

/**
 * Whether an expression keeps only a fragment of a value, which no longer identifies the person,
 * like a mask: the last or first few characters (`phone.slice(-4)`, `id.substring(0, 3)`), or one
 * part of a split (`phone.split("_")[0]`, a country-code prefix).
 */
export function isPartialValue(expr: ts.Expression): boolean {
  const e = unwrapExpression(expr);
  if (isElementAccessExpression(e)) {
    const base = unwrapExpression(e.expression);
    return (
      isNumericLiteral(e.argumentExpression) &&
      isCallExpression(base) &&
      isPropertyAccessExpression(base.expression) &&
      base.expression.name.text === "split"
    );
  }
  if (!isCallExpression(e) || !isPropertyAccessExpression(e.expression)) return false;
  const method = e.expression.name.text;
  if (method !== "slice" && method !== "substring" && method !== "substr") return false;
  const [start, end] = e.arguments.map(literalNumber);
  if (start === undefined || e.arguments.length > 2) return false;
  if (e.arguments.length === 1) return start < 0 && -start <= maxFragment;
  if (end === undefined) return false;
  const length = method === "substr" ? end : end - start;
  return start >= 0 && length >= 0 && length <= maxFragment;
}

function literalNumber(arg: ts.Expression | undefined): number | undefined {
  if (!arg) return undefined;
  const a = unwrapExpression(arg);
  if (isNumericLiteral(a)) return Number(a.text);
  if (
    isPrefixUnaryExpression(a) &&
    a.operator === SyntaxKind.MinusToken &&
    isNumericLiteral(a.operand)
  )
    return -Number(a.operand.text);
  return undefined;
}
