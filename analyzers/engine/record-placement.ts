import type { ts } from "ts-morph";
import type { CompiledSink } from "../sinks/compile-sink-catalog.js";
import { logTable } from "../sinks/inferred-sinks.js";
import {
  SyntaxKind,
  isAsExpression,
  isAwaitExpression,
  isBinaryExpression,
  isConditionalExpression,
  isElementAccessExpression,
  forEachChild,
  isFunctionLike,
  isIdentifier,
  isObjectLiteralExpression,
  isNonNullExpression,
  isParenthesizedExpression,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isShorthandPropertyAssignment,
  isTemplateExpression,
  isTemplateSpan,
  isVariableDeclaration,
} from "./typescript-functions.js";

/**
 * Whether a sink stores records whose fields are named: an export's rows and columns, a log
 * table's rows. Prints and sends are not: their findings stay on the call's argument.
 */
export function storesRecords(sink: CompiledSink): boolean {
  return sink.kind === "export" || sink.id === logTable.id;
}

/**
 * Where PI is put into the record a storing sink writes: the column or field value
 * (`手机号码: cur.phonenumber`, `params: JSON.stringify(ctx.request.body)`, `operLog.operParam =
 * …`) nearest the sink along the flow, within the function that calls the sink. That is where a
 * reviewer masks or drops it, and where a row is built twenty lines before it is written. None
 * when the flow passes no such field there (a whole value is written as it is).
 */
export function recordPlacement(
  steps: readonly ts.Node[],
  call: ts.Node,
  sf: ts.SourceFile,
): ts.Node | undefined {
  const scope = enclosingFunction(call) ?? sf;
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
    if (step.getSourceFile() !== sf || step.pos < scope.pos || step.end > scope.end) continue;
    const value = fieldValue(step) ?? (i > 0 ? propertyHolding(step, steps[i - 1]!) : undefined);
    if (value) return value;
  }
  return undefined;
}

/**
 * The value of the property of a record literal that holds what the previous step names: the
 * flow goes from `changePhone` straight to `newLog` when `newLog = { phone: changePhone ?
 * changePhone : payPhone }`; that property's value is where it is put.
 */
function propertyHolding(step: ts.Node, previous: ts.Node): ts.Node | undefined {
  const holder = step.parent;
  const literal =
    holder && isVariableDeclaration(holder) && holder.name === step && holder.initializer
      ? holder.initializer
      : step;
  if (!isObjectLiteralExpression(literal)) return undefined;
  const sf = step.getSourceFile();
  const wanted = previous.getText(previous.getSourceFile());
  let found: ts.Node | undefined;
  const names = (n: ts.Node): boolean =>
    ((isIdentifier(n) || isPropertyAccessExpression(n)) && n.getText(sf) === wanted) ||
    (forEachChild(n, names) ?? false);
  for (const p of literal.properties) {
    if (isPropertyAssignment(p) && names(p.initializer)) found = p.initializer;
    else if (isShorthandPropertyAssignment(p) && p.name.text === wanted) found = p.name;
    if (found) return found;
  }
  return undefined;
}

function enclosingFunction(node: ts.Node): ts.Node | undefined {
  for (let n = node.parent; n; n = n.parent) if (isFunctionLike(n)) return n;
  return undefined;
}

/** Operators whose result carries an operand's value: `a || b`, `a ?? b`, `"+86" + phone`. */
const carrying = new Set([
  SyntaxKind.BarBarToken,
  SyntaxKind.QuestionQuestionToken,
  SyntaxKind.AmpersandAmpersandToken,
  SyntaxKind.PlusToken,
]);

/**
 * The value under a key that holds `node`: an object literal property's value, or the right side
 * of `x.f = …`, reached through what carries the value unchanged or in part (parentheses,
 * `await`, `c ? a : b`, `a || b`, concatenation, a template).
 */
function fieldValue(node: ts.Node): ts.Node | undefined {
  let n = node;
  let parent = n.parent;
  while (
    parent &&
    (isParenthesizedExpression(parent) ||
      isAsExpression(parent) ||
      isNonNullExpression(parent) ||
      isAwaitExpression(parent) ||
      (isConditionalExpression(parent) && parent.condition !== n) ||
      (isBinaryExpression(parent) && carrying.has(parent.operatorToken.kind)) ||
      isTemplateSpan(parent) ||
      isTemplateExpression(parent))
  ) {
    n = parent;
    parent = n.parent;
  }
  if (!parent) return undefined;
  if (isPropertyAssignment(parent)) return parent.initializer === n ? n : undefined;
  if (isShorthandPropertyAssignment(parent)) return parent.name === n ? n : undefined;
  return isBinaryExpression(parent) &&
    parent.operatorToken.kind === SyntaxKind.EqualsToken &&
    parent.right === n &&
    (isPropertyAccessExpression(parent.left) || isElementAccessExpression(parent.left))
    ? n
    : undefined;
}
