import { ts } from "ts-morph";

/** The class `this` refers to at a node, and whether it is the class itself (static side). */
export interface ThisBinding {
  cls: ts.ClassLikeDeclaration;
  isStatic: boolean;
}

/**
 * What `this` is at a node inside a class: arrow functions keep the enclosing `this`; a method,
 * accessor, constructor, field initializer or static block of a class binds it; any other
 * function (or an object literal's method) binds its own, which is not followed, and so does
 * the code around a class (its decorators and `extends` clause).
 */
export function thisBinding(node: ts.Node): ThisBinding | undefined {
  let child: ts.Node = node;
  for (let n = node.parent; n; child = n, n = n.parent) {
    if (ts.isClassLike(n)) {
      return ts.isClassElement(child) ? { cls: n, isStatic: isStaticMember(child) } : undefined;
    }
    if (ts.isFunctionLike(n) && !ts.isArrowFunction(n)) {
      return ts.isClassLike(n.parent) ? { cls: n.parent, isStatic: isStaticMember(n) } : undefined;
    }
  }
  return undefined;
}

function isStaticMember(member: ts.Node): boolean {
  if (ts.isClassStaticBlockDeclaration(member)) return true;
  return (
    ts.canHaveModifiers(member) &&
    (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword)
  );
}
