import type { ts } from "ts-morph";
import {
  SyntaxKind,
  isCallExpression,
  isElementAccessExpression,
  isIdentifier,
  isNumericLiteral,
  isPropertyAccessExpression,
  isStringLiteralLike,
} from "./typescript-functions.js";
import { unwrapExpression } from "./unwrap-expression.js";

/** `JSON.stringify` → `g:JSON.stringify` when `JSON` is the global; undefined otherwise. */
export function globalName(callee: ts.Expression): string | undefined {
  if (isIdentifier(callee)) return `g:${callee.text}`;
  if (isPropertyAccessExpression(callee) && isIdentifier(callee.expression)) {
    return `g:${callee.expression.text}.${callee.name.text}`;
  }
  return undefined;
}

/** A readable path for an expression: `user.mobile`, `orders[0]`, `this.user.mobile` → `user.mobile`. */
export function pathOf(expr: ts.Expression): string {
  const e = unwrapExpression(expr);
  if (isIdentifier(e)) return e.text;
  if (e.kind === SyntaxKind.ThisKeyword) return "this";
  if (isPropertyAccessExpression(e)) {
    const base = pathOf(e.expression);
    return base === "this" ? e.name.text : `${base}.${e.name.text}`;
  }
  if (isElementAccessExpression(e)) {
    const a = e.argumentExpression;
    const base = pathOf(e.expression);
    if (isStringLiteralLike(a)) return `${base}.${a.text}`;
    return `${base}[${isNumericLiteral(a) ? a.text : "i"}]`;
  }
  if (isCallExpression(e)) return `${pathOf(e.expression)}()`;
  const text = e.getText();
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
