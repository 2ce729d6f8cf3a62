import type { ts } from "ts-morph";
import {
  isArrowFunction,
  isCallExpression,
  isFunctionExpression,
  isFunctionLike,
  isNewExpression,
} from "./typescript-functions.js";
import { mentionsPipl } from "./pipl-jsdoc-tags.js";

/**
 * What the function around a node declares in a pipl JSDoc tag (`@pipl-basis`,
 * `@pipl-transfer`), read by `of`. A callback passed to a call inherits its enclosing function's
 * declaration; any other function ends the search. None in a file that never mentions `@pipl`: no
 * walk up to the function.
 */
export function annotationInScope<T>(
  node: ts.Node,
  sf: ts.SourceFile,
  of: (fn: ts.Node) => T | undefined,
): T | undefined {
  if (!mentionsPipl(sf)) return undefined;
  for (let n = node.parent; n; n = n.parent) {
    if (!isFunctionLike(n)) continue;
    const declared = of(n);
    if (declared) return declared;
    const p = n.parent;
    const callback =
      (isArrowFunction(n) || isFunctionExpression(n)) &&
      p !== undefined &&
      (isCallExpression(p) || isNewExpression(p));
    if (!callback) return undefined;
  }
  return undefined;
}
