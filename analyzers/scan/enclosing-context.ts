import type { Node, SourceFile } from "ts-morph";
import { tsMorph } from "../typescript/index.js";

/**
 * The names of the functions, methods and classes around an offset (`OrderService.exportOrders`),
 * `""` at module level. Part of a finding's fingerprint: it keeps identical expressions in two
 * functions apart without depending on line numbers.
 */
export function enclosingContext(sourceFile: SourceFile, offset: number): string {
  const MorphNode = tsMorph().Node;
  const names: string[] = [];
  let node: Node | undefined = sourceFile.getDescendantAtPos(offset);
  while (node && !MorphNode.isSourceFile(node)) {
    if (
      MorphNode.isFunctionDeclaration(node) ||
      MorphNode.isMethodDeclaration(node) ||
      MorphNode.isClassDeclaration(node) ||
      MorphNode.isGetAccessorDeclaration(node) ||
      MorphNode.isSetAccessorDeclaration(node)
    ) {
      names.push(node.getName() ?? "<anonymous>");
    } else if (MorphNode.isConstructorDeclaration(node)) {
      names.push("constructor");
    } else if (MorphNode.isArrowFunction(node) || MorphNode.isFunctionExpression(node)) {
      const parent = node.getParent();
      names.push(
        parent && MorphNode.isVariableDeclaration(parent)
          ? parent.getName()
          : parent && MorphNode.isPropertyAssignment(parent)
            ? parent.getName()
            : "<anonymous>",
      );
    }
    node = node.getParent();
  }
  return names.reverse().join(".");
}
