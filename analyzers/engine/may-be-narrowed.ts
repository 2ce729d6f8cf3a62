import type { ts } from "ts-morph";
import {
  SyntaxKind,
  forEachChild,
  isBinaryExpression,
  isBlock,
  isCaseBlock,
  isCatchClause,
  isClassDeclaration,
  isConditionalExpression,
  isEmptyStatement,
  isFunctionDeclaration,
  isFunctionLike,
  isIfStatement,
  isImportDeclaration,
  isInterfaceDeclaration,
  isIterationStatement,
  isLabeledStatement,
  isModuleBlock,
  isSourceFile,
  isTryStatement,
  isTypeAliasDeclaration,
  isVariableStatement,
} from "./typescript-functions.js";

/**
 * Whether TypeScript may narrow a reference at `node`: whether any code that can run before it
 * in the file could be a condition or an assertion. A conservative syntactic test (a yes may be
 * wrong, a no never is): `node` must not sit in a branch of an `if`, a `?:`, the right of `&&`,
 * `||` or `??`, a loop, a `switch`, a `catch` or a `finally`, and every statement before it in each enclosing
 * block must be a declaration, or an expression statement that calls nothing (an assertion
 * function narrows after its call). Closures inherit narrowing, so functions are walked through.
 */
export function mayBeNarrowedAt(node: ts.Node): boolean {
  let child: ts.Node = node;
  for (let n = node.parent; n; child = n, n = n.parent) {
    if (isBlock(n) || isSourceFile(n) || isModuleBlock(n)) {
      for (const statement of n.statements) {
        if (statement === child) break;
        if (!cannotNarrow(statement)) return true;
      }
    } else if (isIfStatement(n) || isConditionalExpression(n)) {
      const condition = isIfStatement(n) ? n.expression : n.condition;
      if (child !== condition) return true;
    } else if (isTryStatement(n)) {
      if (child !== n.tryBlock) return true;
    } else if (isBinaryExpression(n)) {
      if (child === n.right && logicalOperators.has(n.operatorToken.kind)) return true;
    } else if (
      isIterationStatement(n, false) ||
      isCaseBlock(n) ||
      isCatchClause(n) ||
      isLabeledStatement(n)
    ) {
      return true;
    }
  }
  return false;
}

const logicalOperators = new Set<ts.SyntaxKind>([
  SyntaxKind.AmpersandAmpersandToken,
  SyntaxKind.BarBarToken,
  SyntaxKind.QuestionQuestionToken,
  SyntaxKind.AmpersandAmpersandEqualsToken,
  SyntaxKind.BarBarEqualsToken,
  SyntaxKind.QuestionQuestionEqualsToken,
]);

/** Declarations, and expression statements with no call, condition or assignment in them. */
function cannotNarrow(statement: ts.Statement): boolean {
  if (
    isFunctionDeclaration(statement) ||
    isClassDeclaration(statement) ||
    isInterfaceDeclaration(statement) ||
    isTypeAliasDeclaration(statement) ||
    isImportDeclaration(statement) ||
    isEmptyStatement(statement)
  ) {
    return true;
  }
  // `const x = ...` narrows nothing itself, but its initializer may hold `a && b` or an assignment.
  if (isVariableStatement(statement)) return !containsNarrowing(statement);
  return false;
}

/** Whether a subtree holds a condition, a logical operator or an assignment (outside functions). */
function containsNarrowing(node: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || isFunctionLike(n)) return;
    if (
      isConditionalExpression(n) ||
      (isBinaryExpression(n) &&
        (logicalOperators.has(n.operatorToken.kind) ||
          (n.operatorToken.kind >= SyntaxKind.FirstAssignment &&
            n.operatorToken.kind <= SyntaxKind.LastAssignment)))
    ) {
      found = true;
      return;
    }
    forEachChild(n, visit);
  };
  visit(node);
  return found;
}
