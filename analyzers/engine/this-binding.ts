import type { ts } from "ts-morph";
import {
  SyntaxKind,
  canHaveModifiers,
  getModifiers,
  isArrowFunction,
  isClassElement,
  isClassLike,
  isClassStaticBlockDeclaration,
  isFunctionLike,
} from "./typescript-functions.js";

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
    if (isClassLike(n)) {
      return isClassElement(child) ? { cls: n, isStatic: isStaticMember(child) } : undefined;
    }
    if (isFunctionLike(n) && !isArrowFunction(n)) {
      return isClassLike(n.parent) ? { cls: n.parent, isStatic: isStaticMember(n) } : undefined;
    }
  }
  return undefined;
}

function isStaticMember(member: ts.Node): boolean {
  if (isClassStaticBlockDeclaration(member)) return true;
  return (
    canHaveModifiers(member) &&
    (getModifiers(member) ?? []).some((m) => m.kind === SyntaxKind.StaticKeyword)
  );
}
