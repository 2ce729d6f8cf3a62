import type { ts } from "ts-morph";
import { isCallExpression, isNewExpression } from "./typescript-functions.js";

/** Longest callee text a message shows; longer ones end in "...". */
const maxLength = 60;

/**
 * The callee of the call the reached expression is an argument of (`logger.info`, `axios.post`,
 * a local helper `logValue`), as written, whitespace collapsed: how the ESLint rules, the scanner's
 * messages and the reports name the sink. `undefined` when the expression is not inside a call's
 * arguments (the sink's catalogue label names it then).
 */
export function sinkCallText(arg: ts.Node, sf: ts.SourceFile): string | undefined {
  const start = arg.getStart(sf);
  const end = arg.getEnd();
  for (let node: ts.Node | undefined = arg; node; node = node.parent) {
    if (
      (isCallExpression(node) || isNewExpression(node)) &&
      node.expression.getEnd() <= start &&
      node.getEnd() >= end
    ) {
      const text = node.expression.getText(sf).replace(/\s+/g, " ");
      return text.length > maxLength ? `${text.slice(0, maxLength - 3)}...` : text;
    }
  }
  return undefined;
}
