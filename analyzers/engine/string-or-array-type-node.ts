import type { ts } from "ts-morph";
import {
  SyntaxKind,
  isArrayTypeNode,
  isLiteralTypeNode,
  isNoSubstitutionTemplateLiteral,
  isParenthesizedTypeNode,
  isStringLiteral,
  isTemplateLiteralTypeNode,
  isTupleTypeNode,
  isTypeOperatorNode,
  isUnionTypeNode,
} from "./typescript-functions.js";

/** A declared type that is a string or an array (`string`, `T[]`, `readonly T[]`, tuples, unions). */
export function stringOrArrayTypeNode(node: ts.TypeNode): boolean {
  if (isParenthesizedTypeNode(node)) return stringOrArrayTypeNode(node.type);
  if (
    node.kind === SyntaxKind.StringKeyword ||
    isArrayTypeNode(node) ||
    isTupleTypeNode(node) ||
    isTemplateLiteralTypeNode(node)
  ) {
    return true;
  }
  if (isLiteralTypeNode(node)) {
    return isStringLiteral(node.literal) || isNoSubstitutionTemplateLiteral(node.literal);
  }
  if (isTypeOperatorNode(node) && node.operator === SyntaxKind.ReadonlyKeyword) {
    return stringOrArrayTypeNode(node.type);
  }
  if (isUnionTypeNode(node)) {
    const nullish = (t: ts.TypeNode) =>
      t.kind === SyntaxKind.UndefinedKeyword ||
      (isLiteralTypeNode(t) && t.literal.kind === SyntaxKind.NullKeyword);
    return (
      node.types.some((t) => !nullish(t)) &&
      node.types.every((t) => nullish(t) || stringOrArrayTypeNode(t))
    );
  }
  return false;
}
