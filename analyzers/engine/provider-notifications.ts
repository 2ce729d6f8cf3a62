import type { ts } from "ts-morph";
import {
  forEachChild,
  isBinaryExpression,
  isCallExpression,
  isElementAccessExpression,
  isFunctionLike,
  isIdentifier,
  isObjectBindingPattern,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isStringLiteralLike,
  isVariableDeclaration,
} from "./typescript-functions.js";
import { pathOf } from "./path-of.js";
import { paymentNotifications } from "../recognisers/payment-notifications.js";
import { lastName } from "./unwrap-expression.js";

/**
 * The PI fields a provider's notification read whole carries (`console.log(ctx.request.body.xml)`
 * in a WeChat Pay callback that reads its `out_trade_no`), by name. Known by two of its marker
 * fields read from the same value in the same function, or one in a function named for a
 * notification (`notify`, a `/pay/callback` route): one key alone (`out_trade_no`) is any order's.
 */
export function notificationFields(path: string, at: ts.Node): readonly string[] {
  const fn = enclosingFunctionOf(at);
  if (!fn) return [];
  const keys = keysReadIn(fn).get(path);
  if (!keys) return [];
  for (const known of paymentNotifications) {
    const marks = known.markers.filter((m) => keys.has(m)).length;
    if (marks >= 2 || (marks === 1 && namedForNotification(fn))) return known.carries;
  }
  return [];
}

function enclosingFunctionOf(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let n = node.parent; n; n = n.parent) if (isFunctionLike(n)) return n;
  return undefined;
}

const keysByFunction = new WeakMap<ts.Node, Map<string, Set<string>>>();

/**
 * The keys a function reads from each value, by the value's path: `const { out_trade_no } =
 * ctx.request.body.xml` → `ctx.request.body.xml` → {out_trade_no}.
 */
function keysReadIn(fn: ts.Node): Map<string, Set<string>> {
  let byPath = keysByFunction.get(fn);
  if (byPath) return byPath;
  const found = new Map<string, Set<string>>();
  const add = (of: ts.Expression, key: string) => {
    const path = pathOf(of);
    let keys = found.get(path);
    if (!keys) found.set(path, (keys = new Set()));
    keys.add(key);
  };
  const visit = (n: ts.Node): void => {
    if (isPropertyAccessExpression(n)) add(n.expression, n.name.text);
    else if (isElementAccessExpression(n) && isStringLiteralLike(n.argumentExpression))
      add(n.expression, n.argumentExpression.text);
    else if (isVariableDeclaration(n) && isObjectBindingPattern(n.name) && n.initializer) {
      for (const e of n.name.elements) {
        const key = e.propertyName ?? e.name;
        if (isIdentifier(key) || isStringLiteralLike(key)) add(n.initializer, key.text);
      }
    }
    forEachChild(n, visit);
  };
  forEachChild(fn, visit);
  keysByFunction.set(fn, (byPath = found));
  return byPath;
}

const notificationName = /notify|notification|callback/i;

/**
 * Whether a function is named for a provider's callback: its own name, the property or
 * variable it is assigned to (`module.exports.notify = async (ctx) => …`), or the route it is
 * registered on (`router.post("/wxpay/notify", …)`).
 */
function namedForNotification(fn: ts.SignatureDeclaration): boolean {
  if (fn.name && isIdentifier(fn.name) && notificationName.test(fn.name.text)) return true;
  const holder = fn.parent;
  if (!holder) return false;
  if (isPropertyAssignment(holder) || isVariableDeclaration(holder))
    return isIdentifier(holder.name) && notificationName.test(holder.name.text);
  if (isBinaryExpression(holder)) {
    const name = lastName(holder.left);
    return name !== undefined && notificationName.test(name);
  }
  if (isCallExpression(holder))
    return holder.arguments.some((a) => isStringLiteralLike(a) && notificationName.test(a.text));
  return false;
}
