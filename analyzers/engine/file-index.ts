import type { ts } from "ts-morph";
import {
  SyntaxKind,
  forEachChild,
  isArrowFunction,
  isAsExpression,
  isAwaitExpression,
  isBinaryExpression,
  isCallExpression,
  isComputedPropertyName,
  isElementAccessExpression,
  isExportSpecifier,
  isExternalModuleReference,
  isFunctionDeclaration,
  isFunctionExpression,
  isFunctionLike,
  isIdentifier,
  isImportClause,
  isImportEqualsDeclaration,
  isImportSpecifier,
  isMethodDeclaration,
  isNewExpression,
  isNonNullExpression,
  isNumericLiteral,
  isParameter,
  isParenthesizedExpression,
  isPrivateIdentifier,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isPropertyDeclaration,
  isPropertySignature,
  isSatisfiesExpression,
  isSpreadElement,
  isStringLiteralLike,
  isTypeAssertionExpression,
  isVariableDeclaration,
  isVariableStatement,
} from "./typescript-functions.js";
import { bindingKinds, boundName, FileBindings } from "./file-bindings.js";
import { kindsWhere } from "./kinds-where.js";
import { writeOperators } from "./write-operators.js";
import { unwrapExpression } from "./unwrap-expression.js";
import { mentionsPipl } from "./pipl-jsdoc-tags.js";

export interface FileIndex {
  calls: (ts.CallExpression | ts.NewExpression)[];
  functions: ts.SignatureDeclaration[];
  declarations: ts.Node[];
  /** Nodes carrying a `@pipl` JSDoc tag, checked for unknown categories. */
  tagged: ts.Node[];
  /**
   * Names under which a call can reach a function with a body declared in this file (function,
   * method, variable or property holding a function), or `undefined` when a computed name makes
   * that set unknowable. Lets {@link AnalysisRun.target} skip the checker for calls of anything
   * else when helpers are only followed within the file.
   */
  callableNames: Set<string> | undefined;
  /** The name of each function of {@link callableNames}. */
  functionNames: Map<ts.Node, string>;
  /**
   * Local names that may stand for a function declared under another name: `import send =
   * Helpers.post`, renamed and default imports, renamed exports.
   */
  aliasNames: Set<string>;
  /** The file's declarations by name, for the sink matcher. */
  bindings: FileBindings;
}

/** Methods whose arguments feed the receiver variable (`rows.push(x)`, `params.set(k, v)`). */
const feedingMethods = new Set(["push", "unshift", "add", "set", "append"]);

/** The node kinds the file index acts on (besides `@pipl` tags); it only descends into others. */
const indexedKinds = kindsWhere(
  (n) =>
    bindingKinds[n.kind] === 1 ||
    isCallExpression(n) ||
    isNewExpression(n) ||
    isBinaryExpression(n) ||
    isPropertySignature(n) ||
    isPropertyDeclaration(n) ||
    isParameter(n) ||
    isVariableDeclaration(n) ||
    isFunctionLike(n) ||
    isImportEqualsDeclaration(n) ||
    isImportSpecifier(n) ||
    isExportSpecifier(n) ||
    isImportClause(n),
);

/**
 * One walk per file: calls (sorted by position), functions, declarations, `@pipl`-tagged nodes,
 * callable and alias names, and the assignments that feed variables (passed to `feed`).
 */
export function buildFileIndex(
  sf: ts.SourceFile,
  checker: ts.TypeChecker,
  feedVariable: (d: ts.VariableDeclaration, value: ts.Expression) => void,
): FileIndex {
  const declaredNames = new Map<string, number>();
  const index: FileIndex = {
    calls: [],
    functions: [],
    declarations: [],
    tagged: [],
    callableNames: new Set(),
    functionNames: new Map(),
    aliasNames: new Set(),
    bindings: new FileBindings(sf, declaredNames),
  };
  const callable = (name: ts.Node | undefined, fn?: ts.Node): void => {
    const key = name && isComputedPropertyName(name) ? name.expression : name;
    if (
      key &&
      (isIdentifier(key) ||
        isPrivateIdentifier(key) ||
        isStringLiteralLike(key) ||
        isNumericLiteral(key))
    ) {
      index.callableNames?.add(key.text);
      if (fn) index.functionNames.set(fn, key.text);
    } else index.callableNames = undefined;
  };
  const feed = (target: ts.Expression, value: ts.Expression) => {
    let root = unwrapExpression(target);
    while (isPropertyAccessExpression(root) || isElementAccessExpression(root))
      root = unwrapExpression(root.expression);
    if (!isIdentifier(root)) return;
    const d = checker.getSymbolAtLocation(root)?.valueDeclaration;
    if (d && isVariableDeclaration(d)) feedVariable(d, value);
  };
  const indexNode = (n: ts.Node): void => {
    const bound = boundName(n);
    if (bound !== undefined) declaredNames.set(bound, (declaredNames.get(bound) ?? 0) + 1);
    if (isCallExpression(n) || isNewExpression(n)) {
      index.calls.push(n);
      if (
        isCallExpression(n) &&
        isPropertyAccessExpression(n.expression) &&
        feedingMethods.has(n.expression.name.text)
      ) {
        for (const a of n.arguments)
          feed(n.expression.expression, isSpreadElement(a) ? a.expression : a);
      }
    } else if (isBinaryExpression(n)) {
      if (writeOperators.has(n.operatorToken.kind)) feed(n.left, n.right);
    } else if (
      isPropertySignature(n) ||
      isPropertyDeclaration(n) ||
      isParameter(n) ||
      (isVariableDeclaration(n) && isIdentifier(n.name))
    ) {
      index.declarations.push(n);
    }
    if (isFunctionLike(n) && (n as { body?: ts.Node }).body) {
      index.functions.push(n);
      if (isFunctionDeclaration(n) || isMethodDeclaration(n)) {
        if (n.name) callable(n.name, n);
      } else if (isArrowFunction(n) || isFunctionExpression(n)) {
        const holder = functionHolderName(n);
        if (holder) callable(holder, n);
      }
    } else if (isImportEqualsDeclaration(n) && !isExternalModuleReference(n.moduleReference)) {
      // `import send = Helpers.send`: an alias of an entity that may be declared in this file.
      callable(n.name);
      index.aliasNames.add(n.name.text);
    } else if (isImportSpecifier(n) || isExportSpecifier(n)) {
      if (n.propertyName) index.aliasNames.add(n.name.text);
    } else if (isImportClause(n) && n.name) index.aliasNames.add(n.name.text);
  };
  // Reading `jsDoc` off every node is a lookup by name on dozens of node shapes: skipped in
  // files that never mention `@pipl`, most of them.
  const tagsPossible = mentionsPipl(sf);
  const visit = (n: ts.Node): void => {
    // Identifiers, keywords and other tokens hold nothing indexed and have no children: most
    // nodes of a file, skipped before the checks below.
    if (n.kind < SyntaxKind.FirstNode) return;
    if (indexedKinds[n.kind]) indexNode(n);
    if (tagsPossible && hasPiplTag(n)) {
      if (isVariableStatement(n)) index.tagged.push(...n.declarationList.declarations);
      else index.tagged.push(n);
    }
    forEachChild(n, visit);
  };
  visit(sf);
  index.calls.sort((a, b) => a.pos - b.pos);
  return index;
}

/**
 * The name a function expression is held under, when {@link AnalysisRun.target} would follow a
 * call through it: `const send = () => ...`, `send = () => ...` in a class, `{ send: ... }`, and
 * CommonJS `exports.send = function (...) {...}` / `obj.send = ...`.
 */
function functionHolderName(fn: ts.ArrowFunction | ts.FunctionExpression): ts.Node | undefined {
  let n: ts.Node = fn;
  while (
    n.parent &&
    (isParenthesizedExpression(n.parent) ||
      isAsExpression(n.parent) ||
      isNonNullExpression(n.parent) ||
      isSatisfiesExpression(n.parent) ||
      isTypeAssertionExpression(n.parent) ||
      isAwaitExpression(n.parent))
  )
    n = n.parent;
  const holder = n.parent;
  if (!holder) return undefined;
  if (
    (isVariableDeclaration(holder) ||
      isPropertyDeclaration(holder) ||
      isPropertyAssignment(holder)) &&
    holder.initializer === n
  )
    return holder.name;
  if (
    isBinaryExpression(holder) &&
    holder.operatorToken.kind === SyntaxKind.EqualsToken &&
    holder.right === n &&
    isPropertyAccessExpression(holder.left)
  )
    return holder.left.name;
  return undefined;
}

/** Whether a declaration has a `@pipl` JSDoc tag (TypeScript keeps parsed JSDoc on `jsDoc`). */
function hasPiplTag(n: ts.Node): boolean {
  const docs = (n as { jsDoc?: ts.JSDoc[] }).jsDoc;
  if (!docs) return false;
  return docs.some((d) => d.tags?.some((t) => t.tagName.text === "pipl"));
}
