import type { ts } from "ts-morph";
import { providerResults } from "../recognisers/provider-results.js";
import { pathOf } from "./path-of.js";
import { isCallExpression } from "./typescript-functions.js";
import { unwrapExpression } from "./unwrap-expression.js";

/**
 * The PI fields (dotted paths) the result of a provider call carries, by its callee as written:
 * `await uniCloud.getPhoneNumber({...})` → `phoneNumber` (see recognisers/provider-results.ts).
 */
export function providerResultFields(expr: ts.Expression): readonly string[] {
  const e = unwrapExpression(expr);
  if (!isCallExpression(e)) return [];
  const callee = pathOf(e.expression);
  for (const known of providerResults)
    if (callee === known.callee || callee.endsWith(`.${known.callee}`)) return known.carries;
  return [];
}
