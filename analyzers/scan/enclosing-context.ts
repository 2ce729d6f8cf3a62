import { Node, type SourceFile } from "ts-morph";

/**
 * The names of the functions, methods and classes around an offset (`OrderService.exportOrders`),
 * `""` at module level. Part of a finding's fingerprint: it keeps identical expressions in two
 * functions apart without depending on line numbers.
 */
export function enclosingContext(sourceFile: SourceFile, offset: number): string {
  const names: string[] = [];
  let node: Node | undefined = sourceFile.getDescendantAtPos(offset);
  while (node && !Node.isSourceFile(node)) {
    if (
      Node.isFunctionDeclaration(node) ||
      Node.isMethodDeclaration(node) ||
      Node.isClassDeclaration(node) ||
      Node.isGetAccessorDeclaration(node) ||
      Node.isSetAccessorDeclaration(node)
    ) {
      names.push(node.getName() ?? "<anonymous>");
    } else if (Node.isConstructorDeclaration(node)) {
      names.push("constructor");
    } else if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) {
      const parent = node.getParent();
      names.push(
        parent && Node.isVariableDeclaration(parent)
          ? parent.getName()
          : parent && Node.isPropertyAssignment(parent)
            ? parent.getName()
            : "<anonymous>",
      );
    }
    node = node.getParent();
  }
  return names.reverse().join(".");
}
