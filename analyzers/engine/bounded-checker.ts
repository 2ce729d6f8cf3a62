import type { ts } from "ts-morph";
import {
  isClassDeclaration,
  isElementAccessExpression,
  isFunctionDeclaration,
  isFunctionLike,
  isPropertyAccessExpression,
  isQualifiedName,
  isSourceFile,
} from "./typescript-functions.js";

/**
 * Function bodies longer than this (in characters) are too large to ask the checker about. No
 * hand-written function comes near it; generated code does (a bundle's module wrapper, a
 * compiler's `createChecker`).
 */
export const hugeFlowContainerChars = 128 * 1024;

/**
 * Files longer than this are not asked about at all. In a bundle, any one question (the type of
 * `ts.foo`) can make the checker infer the program: every assignment to every member of a
 * namespace object, each checked with the control-flow analysis of the function it is in, however
 * small the function asked about. Hand-written files stay far below it; the scanner skips files
 * over 2 MB by default.
 */
export const hugeFileChars = 512 * 1024;

/**
 * The checker as the engine asks it, with one bound: inside a function longer than
 * {@link hugeFlowContainerChars} (or any function nested in one), and anywhere in a file longer
 * than {@link hugeFileChars}, a reference's type is `any` and a property read names no symbol, as
 * in untyped code, so the engine reads names there (medium confidence). Declared types (a
 * parameter's annotation) still hold. The checker answers a reference's type by walking its function's control flow back
 * from the reference: one walk per reference makes a huge function quadratic (a 4 MB bundle took
 * 26 s where 2 MB took 1.8 s). Everything else goes to the checker unchanged, as does every
 * question about a file shorter than the bound.
 */
export function boundedChecker(checker: ts.TypeChecker): ts.TypeChecker {
  const any = checker.getAnyType();
  const hugeFunctions = new WeakMap<ts.Node, boolean>();

  /**
   * Whether a function is over the bound or nested in a function that is; for the file, whether
   * its top-level code is (a bundle without a wrapper): the bodies of functions and classes
   * declared at top level are flow containers of their own.
   */
  function hugeContainer(container: ts.Node): boolean {
    let huge = hugeFunctions.get(container);
    if (huge === undefined) {
      if (isSourceFile(container))
        huge =
          container.end > hugeFileChars || topLevelCodeChars(container) > hugeFlowContainerChars;
      else {
        huge = container.end - container.pos > hugeFlowContainerChars;
        const outer = huge ? undefined : flowContainer(container.parent);
        huge ||= outer !== undefined && hugeContainerOrFile(outer);
      }
      hugeFunctions.set(container, huge);
    }
    return huge;
  }

  /** A function's hugeness as an outer container; a file passes on only its own size. */
  function hugeContainerOrFile(outer: ts.Node): boolean {
    return isSourceFile(outer) ? outer.end > hugeFileChars : hugeContainer(outer);
  }

  function inHugeContainer(node: ts.Node | undefined): boolean {
    const container = flowContainer(node);
    return container !== undefined && hugeContainer(container);
  }

  return Object.create(checker, {
    getTypeAtLocation: {
      value: (node: ts.Node) => (inHugeContainer(node) ? any : checker.getTypeAtLocation(node)),
    },
    getSymbolAtLocation: {
      // A plain name resolves through scopes (cheap); a member name needs its object's type.
      value: (node: ts.Node) =>
        isMemberName(node) && inHugeContainer(node) ? undefined : checker.getSymbolAtLocation(node),
    },
    getTypeOfSymbol: {
      // A declaration without a type annotation is typed from its initializer, checked in place.
      value: (symbol: ts.Symbol) => {
        const declaration = symbol.valueDeclaration;
        return declaration &&
          !(declaration as { type?: ts.TypeNode }).type &&
          inHugeContainer(declaration)
          ? any
          : checker.getTypeOfSymbol(symbol);
      },
    },
  }) as ts.TypeChecker;
}

/** Characters of a file's top-level statements other than function and class declarations. */
function topLevelCodeChars(file: ts.SourceFile): number {
  let chars = 0;
  for (const statement of file.statements)
    if (!isFunctionDeclaration(statement) && !isClassDeclaration(statement))
      chars += statement.end - statement.pos;
  return chars;
}

/** The nearest enclosing function, else the source file; undefined for a detached node. */
function flowContainer(node: ts.Node | undefined): ts.Node | undefined {
  for (let n = node; n; n = n.parent) if (isFunctionLike(n) || isSourceFile(n)) return n;
  return undefined;
}

function isMemberName(node: ts.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  return (
    (isPropertyAccessExpression(parent) && parent.name === node) ||
    (isElementAccessExpression(parent) && parent.argumentExpression === node) ||
    (isQualifiedName(parent) && parent.right === node)
  );
}
