import { ts } from "ts-morph";

/** Strips what does not change a value: parentheses, type assertions, `!`, `satisfies`, `await`. */
export function unwrapExpression(expr: ts.Expression): ts.Expression {
  let e = expr;
  for (;;) {
    if (
      ts.isParenthesizedExpression(e) ||
      ts.isAsExpression(e) ||
      ts.isNonNullExpression(e) ||
      ts.isSatisfiesExpression(e) ||
      ts.isTypeAssertionExpression(e) ||
      ts.isAwaitExpression(e)
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
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  if (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression)) {
    return e.argumentExpression.text;
  }
  if (e.kind === ts.SyntaxKind.ThisKeyword) return "this";
  return undefined;
}

/** The identifier naming the function a call runs: `send` for `client.send(…)` and `send(…)`, `#send`
 * for `this.#send(…)`. */
export function calleeNameNode(
  call: ts.CallExpression | ts.NewExpression,
): ts.MemberName | undefined {
  const callee = unwrapExpression(call.expression);
  if (ts.isPropertyAccessExpression(callee)) return callee.name;
  return ts.isIdentifier(callee) ? callee : undefined;
}
