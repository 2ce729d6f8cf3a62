import type { ts } from "ts-morph";
import {
  SyntaxKind,
  isBinaryExpression,
  isClassStaticBlockDeclaration,
  isExpressionStatement,
  isForInStatement,
  isForOfStatement,
  isFunctionLike,
  isIdentifier,
  isIterationStatement,
  isParenthesizedExpression,
  isSourceFile,
} from "./typescript-functions.js";
import { unwrapExpression } from "./unwrap-expression.js";

/** `for (const x of xs)` / `for (const k in o)`: the variable the loop assigns each round. */
export function isLoopVariable(d: ts.VariableDeclaration): boolean {
  const loop = d.parent.parent;
  return loop !== undefined && (isForOfStatement(loop) || isForInStatement(loop));
}

type Scope = ts.SignatureDeclaration | ts.SourceFile | ts.ClassStaticBlockDeclaration;

function scopeOf(node: ts.Node): Scope {
  let n = node.parent;
  while (n && !isFunctionLike(n) && !isSourceFile(n) && !isClassStaticBlockDeclaration(n))
    n = n.parent;
  return n as Scope;
}

function contains(outer: ts.Node, inner: ts.Node): boolean {
  return (
    inner.pos >= outer.pos &&
    inner.end <= outer.end &&
    inner.getSourceFile() === outer.getSourceFile()
  );
}

/**
 * The values of a variable that may reach `use`, in source order, and whether the variable may
 * still be uninitialised there; undefined when the use is not in the variable's own function (a
 * closure may run at any time: every value counts).
 *
 * A definition is its initializer (or the bare declaration) and each assignment or
 * `push`/`set`; `x = e` as a statement of a block that encloses the use, before it, kills the
 * definitions before it (the declaration kills nothing before it). Definitions after the use
 * reach it only around a loop that encloses the use and not the killing definition. Branches
 * join conservatively (every definition in an earlier branch reaches), and definitions inside
 * nested functions may run at any time: they always reach and never kill.
 */
export function reachingDefinitions(
  d: ts.VariableDeclaration,
  values: readonly ts.Expression[],
  use: ts.Node,
): { values: ts.Expression[]; uninitialised: boolean } | undefined {
  const scope = scopeOf(d);
  if (scopeOf(use) !== scope || use.getSourceFile() !== d.getSourceFile()) return undefined;
  interface Def {
    at: ts.Node;
    value: ts.Expression | undefined;
    anywhere: boolean;
  }
  const defs: Def[] = [{ at: d, value: d.initializer, anywhere: false }];
  for (const value of values) {
    const at = value.parent ?? value;
    defs.push({ at, value, anywhere: scopeOf(at) !== scope });
  }
  // The latest definition before the use that dominates it.
  let kill: Def = defs[0]!;
  if (kill.at.pos > use.pos) kill = { at: d.getSourceFile(), value: undefined, anywhere: false };
  for (const def of defs) {
    if (def.anywhere || def.at.end > use.pos || def.at.pos < kill.at.pos) continue;
    const at = def.at;
    if (
      !isBinaryExpression(at) ||
      at.operatorToken.kind !== SyntaxKind.EqualsToken ||
      !isIdentifier(unwrapExpression(at.left))
    )
      continue;
    let statement: ts.Node = at;
    while (isParenthesizedExpression(statement.parent)) statement = statement.parent;
    statement = statement.parent;
    if (!isExpressionStatement(statement)) continue;
    if (contains(statement.parent, use)) kill = def;
  }
  const loops: ts.Node[] = [];
  for (let n = use.parent; n && n !== scope; n = n.parent)
    if (isIterationStatement(n, false) && !contains(n, kill.at)) loops.push(n);
  const out: ts.Expression[] = [];
  for (const def of defs) {
    if (def.value === undefined) continue;
    const reaches =
      def.anywhere ||
      def === kill ||
      (def.at.pos > kill.at.pos &&
        (def.at.end <= use.pos || loops.some((loop) => contains(loop, def.at))));
    if (reaches) out.push(def.value);
  }
  // `let x;` (or a use before the declaration) reaches with no value: `undefined`, not masked.
  return { values: out, uninitialised: kill.value === undefined };
}
