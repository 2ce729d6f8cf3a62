import type { ts } from "ts-morph";
import {
  isArrayLiteralExpression,
  isBinaryExpression,
  isCallExpression,
  isIdentifier,
  isObjectLiteralExpression,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isStringLiteralLike,
  isVariableDeclaration,
  SyntaxKind,
  forEachChild,
} from "./typescript-functions.js";
import type { NameContext } from "./name-context.js";
import type { PiTaint } from "./taint.js";
import { unwrapExpression } from "./unwrap-expression.js";

/** Keys of a column definition that name the column (exceljs `{ header, key }`, json2csv `label`). */
const columnKeys = new Set(["header", "key", "label", "title", "field"]);

/**
 * PI an export announces by its column names when its rows are untyped: a header row of strings
 * among the call's arguments (`aoa_to_sheet([["姓名", "身份证号"], ...rows])`), or column
 * definitions assigned to the receiver before the call (`sheet.columns = [{ header: "手机号",
 * key: "mobile" }]`). One taint per column that names a category, with medium confidence.
 */
export function columnTaints(
  call: ts.CallExpression | ts.NewExpression,
  names: NameContext,
): PiTaint[] {
  const strings: ts.StringLiteralLike[] = [];
  for (const arg of call.arguments ?? []) collectHeaderRow(unwrapExpression(arg), strings, 0);
  const callee = unwrapExpression(call.expression);
  if (isPropertyAccessExpression(callee)) {
    const receiver = unwrapExpression(callee.expression);
    if (isIdentifier(receiver)) collectColumns(receiver.text, call, strings);
  }
  const out: PiTaint[] = [];
  const seen = new Set<string>();
  for (const s of strings) {
    const verdict = names.judge(s.text, undefined, s);
    if (!verdict || seen.has(s.text)) continue;
    seen.add(s.text);
    out.push({
      kind: "pi",
      category: verdict.category,
      fieldPath: `column "${s.text}"`,
      origin: "name",
      steps: [s],
      untyped: true,
    });
  }
  return out;
}

/** String elements of an array literal that is (or whose first element is) a header row. */
function collectHeaderRow(e: ts.Expression, out: ts.StringLiteralLike[], depth: number): void {
  if (depth > 2) return;
  if (isIdentifier(e)) return;
  if (!isArrayLiteralExpression(e)) return;
  const strings = e.elements.filter(isStringLiteralLike);
  if (strings.length > 0 && strings.length === e.elements.length) {
    out.push(...strings);
    return;
  }
  const first = e.elements[0];
  if (first) collectHeaderRow(unwrapExpression(first), out, depth + 1);
}

/**
 * `receiver.columns = [...]` (exceljs) assigned in the function around the call, or a
 * `const columns = [...]` passed along: the `header`/`key` strings of the column definitions.
 */
function collectColumns(
  receiver: string,
  call: ts.CallExpression | ts.NewExpression,
  out: ts.StringLiteralLike[],
): void {
  let scope: ts.Node = call;
  while (scope.parent && !isBlockLike(scope)) scope = scope.parent;
  const visit = (n: ts.Node): void => {
    if (
      isBinaryExpression(n) &&
      n.operatorToken.kind === SyntaxKind.EqualsToken &&
      isPropertyAccessExpression(n.left) &&
      n.left.name.text === "columns" &&
      isIdentifier(n.left.expression) &&
      n.left.expression.text === receiver
    )
      columnStrings(unwrapExpression(n.right), out);
    forEachChild(n, visit);
  };
  visit(scope);
}

function isBlockLike(n: ts.Node): boolean {
  return n.kind === SyntaxKind.Block || n.kind === SyntaxKind.SourceFile;
}

function columnStrings(e: ts.Expression, out: ts.StringLiteralLike[]): void {
  if (isCallExpression(e)) {
    // `Object.keys(...).map(...)`: the column names are computed, nothing to read.
    return;
  }
  if (isIdentifier(e)) {
    const d = e.parent;
    if (d && isVariableDeclaration(d) && d.initializer) columnStrings(d.initializer, out);
    return;
  }
  if (!isArrayLiteralExpression(e)) return;
  for (const el of e.elements) {
    const x = unwrapExpression(el);
    if (!isObjectLiteralExpression(x)) continue;
    for (const p of x.properties) {
      if (
        isPropertyAssignment(p) &&
        p.name &&
        (isIdentifier(p.name) || isStringLiteralLike(p.name)) &&
        columnKeys.has(p.name.text) &&
        isStringLiteralLike(p.initializer)
      )
        out.push(p.initializer);
    }
  }
}
