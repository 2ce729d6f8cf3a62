/*
 * Values a node receives from elsewhere in its function: what a `reduce` accumulator is fed, what
 * a callback pushes into its parameter, what a `try` block throws to its `catch`.
 */
import type { ts } from "ts-morph";
import {
  SyntaxKind,
  forEachChild,
  isArrowFunction,
  isBinaryExpression,
  isCallExpression,
  isElementAccessExpression,
  isFunctionExpression,
  isFunctionLike,
  isIdentifier,
  isPropertyAccessExpression,
  isThrowStatement,
} from "./typescript-functions.js";
import { unwrapExpression } from "./unwrap-expression.js";
import { reduceMethods } from "./flow-methods.js";

/**
 * The `xs.reduce(callback, initial)` call whose accumulator `p` is (the callback's first
 * parameter, with an initial value given: without one, the accumulator starts as an element).
 */
export function reduceOfAccumulator(p: ts.ParameterDeclaration): ts.CallExpression | undefined {
  const fn = p.parent;
  if (!(isArrowFunction(fn) || isFunctionExpression(fn)) || fn.parameters[0] !== p)
    return undefined;
  const call = fn.parent;
  if (
    !isCallExpression(call) ||
    call.arguments[0] !== fn ||
    call.arguments.length < 2 ||
    !isPropertyAccessExpression(call.expression) ||
    !reduceMethods.has(call.expression.name.text)
  )
    return undefined;
  return call;
}

/** Values a function pushes or assigns into its parameter `p` (`p.push(x)`, `p[k] = x`). */
export function fedValues(p: ts.ParameterDeclaration): ts.Expression[] {
  const fn = p.parent;
  const name = isIdentifier(p.name) ? p.name.text : undefined;
  const body = (fn as { body?: ts.Node }).body;
  if (name === undefined || !body) return [];
  const isParam = (e: ts.Expression): boolean => {
    let root = unwrapExpression(e);
    while (isPropertyAccessExpression(root) || isElementAccessExpression(root))
      root = unwrapExpression(root.expression);
    return isIdentifier(root) && root.text === name;
  };
  const out: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (
      isCallExpression(n) &&
      isPropertyAccessExpression(n.expression) &&
      (n.expression.name.text === "push" || n.expression.name.text === "unshift") &&
      isParam(n.expression.expression)
    )
      out.push(...n.arguments);
    else if (
      isBinaryExpression(n) &&
      n.operatorToken.kind === SyntaxKind.EqualsToken &&
      !isIdentifier(n.left) &&
      isParam(n.left)
    )
      out.push(n.right);
    forEachChild(n, visit);
  };
  visit(body);
  return out;
}

/** The expressions a block throws directly (not from nested functions). */
export function thrownExpressions(block: ts.Block): ts.Expression[] {
  const out: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (isThrowStatement(n)) out.push(n.expression);
    if (isFunctionLike(n)) return;
    forEachChild(n, visit);
  };
  forEachChild(block, visit);
  return out;
}
