import type { ts } from "ts-morph";
import {
  forEachChild,
  isCallExpression,
  isConstructorDeclaration,
  isIdentifier,
  isMethodDeclaration,
  isNewExpression,
  isPropertyAccessExpression,
} from "./typescript-functions.js";
import { unwrapExpression } from "./unwrap-expression.js";

const callsByFunction = new WeakMap<ts.Node, (ts.CallExpression | ts.NewExpression)[]>();

/** `new C(...)` for a constructor, `x.m(...)` for a method, in the class's file. */
export function callsOf(
  cls: ts.ClassLikeDeclaration,
  fn: ts.ConstructorDeclaration | ts.MethodDeclaration,
  checker: ts.TypeChecker,
): (ts.CallExpression | ts.NewExpression)[] {
  const cached = callsByFunction.get(fn);
  if (cached) return cached;
  const out: (ts.CallExpression | ts.NewExpression)[] = [];
  const name = isConstructorDeclaration(fn)
    ? cls.name?.text
    : fn.name && isIdentifier(fn.name)
      ? fn.name.text
      : undefined;
  const visit = (n: ts.Node): void => {
    if (name !== undefined) {
      if (isConstructorDeclaration(fn) && isNewExpression(n)) {
        const callee = unwrapExpression(n.expression);
        if (isIdentifier(callee) && callee.text === name) {
          const d = checker.getSymbolAtLocation(callee)?.valueDeclaration;
          if (d === cls) out.push(n);
        }
      } else if (
        isMethodDeclaration(fn) &&
        isCallExpression(n) &&
        isPropertyAccessExpression(n.expression) &&
        n.expression.name.text === name &&
        checker.getSymbolAtLocation(n.expression.name)?.valueDeclaration === fn
      )
        out.push(n);
    }
    forEachChild(n, visit);
  };
  if (name !== undefined) visit(cls.getSourceFile());
  callsByFunction.set(fn, out);
  return out;
}
