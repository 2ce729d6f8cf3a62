import type { ts } from "ts-morph";
import {
  SyntaxKind,
  isAsExpression,
  isAwaitExpression,
  isElementAccessExpression,
  isIdentifier,
  isNonNullExpression,
  isParenthesizedExpression,
  isPropertyAccessExpression,
  isSatisfiesExpression,
  isStringLiteralLike,
  isTypeAssertionExpression,
} from "./typescript-functions.js";

/** Strips what does not change a value: parentheses, type assertions, `!`, `satisfies`, `await`. */
export function unwrapExpression(expr: ts.Expression): ts.Expression {
  let e = expr;
  for (;;) {
    if (
      isParenthesizedExpression(e) ||
      isAsExpression(e) ||
      isNonNullExpression(e) ||
      isSatisfiesExpression(e) ||
      isTypeAssertionExpression(e) ||
      isAwaitExpression(e)
    ) {
      e = e.expression;
    } else {
      return e;
    }
  }
}

/** The last name of an expression: `logger` for `this.ctx.logger`, `send` for `client.send`. */
export function lastName(expr: ts.Expression): string | undefined {
  const e = unwrapExpression(expr);
  if (isIdentifier(e)) return e.text;
  if (isPropertyAccessExpression(e)) return e.name.text;
  if (isElementAccessExpression(e) && isStringLiteralLike(e.argumentExpression)) {
    return e.argumentExpression.text;
  }
  if (e.kind === SyntaxKind.ThisKeyword) return "this";
  return undefined;
}

/** The identifier naming the function a call runs: `send` for `client.send(…)` and `send(…)`, `#send`
 * for `this.#send(…)`. */
export function calleeNameNode(
  call: ts.CallExpression | ts.NewExpression,
): ts.MemberName | undefined {
  const callee = unwrapExpression(call.expression);
  if (isPropertyAccessExpression(callee)) return callee.name;
  return isIdentifier(callee) ? callee : undefined;
}
