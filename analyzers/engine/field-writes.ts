import type { ts } from "ts-morph";
import {
  SyntaxKind,
  forEachChild,
  isBinaryExpression,
  isClassLike,
  isConstructorDeclaration,
  isIdentifier,
  isParameterPropertyDeclaration,
  isPropertyAccessExpression,
  isPropertyDeclaration,
} from "./typescript-functions.js";
import { thisBinding } from "./this-binding.js";
import { unwrapExpression } from "./unwrap-expression.js";
import { writeOperators } from "./write-operators.js";

const writesByClass = new WeakMap<
  ts.Node,
  Map<string, (ts.Expression | ts.ParameterDeclaration)[]>
>();

/**
 * The values a class writes to its fields, by field name: initializers, `this.f = e` in any of its
 * methods, and constructor parameter properties. Memoised per class.
 */
export function fieldWrites(
  cls: ts.ClassLikeDeclaration,
): Map<string, (ts.Expression | ts.ParameterDeclaration)[]> {
  const cached = writesByClass.get(cls);
  if (cached) return cached;
  const writes = new Map<string, (ts.Expression | ts.ParameterDeclaration)[]>();
  const add = (name: string, value: ts.Expression | ts.ParameterDeclaration) => {
    const list = writes.get(name) ?? [];
    list.push(value);
    writes.set(name, list);
  };
  const visit = (n: ts.Node): void => {
    if (isClassLike(n)) return;
    if (isBinaryExpression(n) && writeOperators.has(n.operatorToken.kind)) {
      const left = unwrapExpression(n.left);
      if (
        isPropertyAccessExpression(left) &&
        left.expression.kind === SyntaxKind.ThisKeyword &&
        thisBinding(n)?.cls === cls
      )
        add(left.name.text, n.right);
    }
    forEachChild(n, visit);
  };
  for (const member of cls.members) {
    if (isPropertyDeclaration(member) && member.initializer && isIdentifier(member.name))
      add(member.name.text, member.initializer);
    if (isConstructorDeclaration(member))
      for (const p of member.parameters)
        if (isParameterPropertyDeclaration(p, member) && isIdentifier(p.name)) add(p.name.text, p);
    forEachChild(member, visit);
  }
  writesByClass.set(cls, writes);
  return writes;
}
