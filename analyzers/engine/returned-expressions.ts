import type { ts } from "ts-morph";
import {
  forEachChild,
  isBlock,
  isFunctionLike,
  isReturnStatement,
} from "./typescript-functions.js";

/** The expressions a function returns (an arrow's expression body, or its `return` statements). */
export function returnedExpressions(fn: ts.SignatureDeclaration): ts.Expression[] {
  const body = (fn as { body?: ts.Node }).body;
  if (!body) return [];
  if (!isBlock(body)) return [body as ts.Expression];
  const out: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (isReturnStatement(n)) {
      if (n.expression) out.push(n.expression);
      return;
    }
    if (isFunctionLike(n)) return;
    forEachChild(n, visit);
  };
  forEachChild(body, visit);
  return out;
}
