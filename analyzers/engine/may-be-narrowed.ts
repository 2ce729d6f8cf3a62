import { ts } from "ts-morph";

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
    if (ts.isBlock(n) || ts.isSourceFile(n) || ts.isModuleBlock(n)) {
      for (const statement of n.statements) {
        if (statement === child) break;
        if (!cannotNarrow(statement)) return true;
      }
    } else if (ts.isIfStatement(n) || ts.isConditionalExpression(n)) {
      const condition = ts.isIfStatement(n) ? n.expression : n.condition;
      if (child !== condition) return true;
    } else if (ts.isTryStatement(n)) {
      if (child !== n.tryBlock) return true;
    } else if (ts.isBinaryExpression(n)) {
      if (child === n.right && logicalOperators.has(n.operatorToken.kind)) return true;
    } else if (
      ts.isIterationStatement(n, false) ||
      ts.isCaseBlock(n) ||
      ts.isCatchClause(n) ||
      ts.isLabeledStatement(n)
    ) {
      return true;
    }
  }
  return false;
}

const logicalOperators = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.AmpersandAmpersandToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.AmpersandAmpersandEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
]);

/** Declarations, and expression statements with no call, condition or assignment in them. */
function cannotNarrow(statement: ts.Statement): boolean {
  if (
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isImportDeclaration(statement) ||
    ts.isEmptyStatement(statement)
  ) {
    return true;
  }
  // `const x = ...` narrows nothing itself, but its initializer may hold `a && b` or an assignment.
  if (ts.isVariableStatement(statement)) return !containsNarrowing(statement);
  return false;
}

/** Whether a subtree holds a condition, a logical operator or an assignment (outside functions). */
function containsNarrowing(node: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || ts.isFunctionLike(n)) return;
    if (
      ts.isConditionalExpression(n) ||
      (ts.isBinaryExpression(n) &&
        (logicalOperators.has(n.operatorToken.kind) ||
          (n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
            n.operatorToken.kind <= ts.SyntaxKind.LastAssignment)))
    ) {
      found = true;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}
