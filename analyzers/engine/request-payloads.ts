import type { ts } from "ts-morph";
import {
  getDecorators,
  isCallExpression,
  isFunctionLike,
  isIdentifier,
  isObjectLiteralExpression,
  isPropertyAccessExpression,
  isSpreadAssignment,
  isVariableDeclaration,
} from "./typescript-functions.js";
import { objectKeys } from "./collection-queries.js";
import { unwrapExpression } from "./unwrap-expression.js";

// How Koa, Express, Egg, NestJS and Midway code names a request's payload, and what says which
// fields it has: the reads of it, decorated DTO parameters, and egg-validate rules.

/** The receivers of a request payload: `req.body`, `request.query`, `ctx.request.body`. */
const requestReceivers = new Set(["req", "request"]);
const payloadParts = new Set(["body", "query"]);
/** Parameter decorators that bind a request payload (NestJS, Midway). */
const payloadDecorators = new Set(["Body", "Query"]);

/** Names of code that runs for every route: middleware, interceptors, filters, decorators, aspects. */
const everyRoute =
  /(?:^|[/\\._-])(?:middlewares?|interceptors?|filters?|decorators?|aspects?|guards?)(?:[/\\._-]|$)|(?:Middleware|Interceptor|Filter|Decorator|Aspect|Guard)(?:\.|$)/i;

/**
 * Whether the code around a node serves every route: a function with a `next` parameter
 * (Koa, Express, Nest middleware), or a file or folder named for middleware, interceptors,
 * filters, decorators or aspects.
 */
export function servesEveryRoute(at: ts.Node): boolean {
  for (let n: ts.Node | undefined = at.parent; n; n = n.parent) {
    if (
      isFunctionLike(n) &&
      n.parameters.some((p) => isIdentifier(p.name) && p.name.text === "next")
    )
      return true;
  }
  return everyRoute.test(at.getSourceFile().fileName);
}

/** Whether a path names a request's body: `req.body`, `ctx.request.body`. */
export function isRequestBodyPath(path: string): boolean {
  const segments = path.split(".");
  const previous = segments[segments.length - 2];
  return (
    segments[segments.length - 1] === "body" &&
    previous !== undefined &&
    requestReceivers.has(previous)
  );
}

/** `req.body`, `request.query`, `ctx.request.body`, `this.ctx.request.body`. */
export function isRequestPayload(expr: ts.Expression): boolean {
  const e = unwrapExpression(expr);
  if (!isPropertyAccessExpression(e) || !payloadParts.has(e.name.text)) return false;
  const receiver = unwrapExpression(e.expression);
  const name = isIdentifier(receiver)
    ? receiver.text
    : isPropertyAccessExpression(receiver)
      ? receiver.name.text
      : undefined;
  return name !== undefined && requestReceivers.has(name);
}

/** A handler parameter bound to the request body or query by a decorator (`@Body() dto`). */
export function payloadParameter(p: ts.ParameterDeclaration): boolean {
  return (getDecorators(p) ?? []).some((d) => {
    const e = d.expression;
    const callee = isCallExpression(e) ? e.expression : e;
    return isIdentifier(callee) && payloadDecorators.has(callee.text);
  });
}

/**
 * egg-swagger-doc's contracts (`app/contract/request/*.js`): named rule objects that
 * `ctx.rule.<name>` exposes to the validator.
 */
export const contractFile = /[/\\]contracts?[/\\]/;

/**
 * The rules of a validation of a request payload: egg-validate and parameter's
 * `ctx.validate(rules, ctx.request.body)`, whose keys are the body's fields.
 */
export function validatedPayloadRules(call: ts.CallExpression): ts.Expression | undefined {
  const callee = unwrapExpression(call.expression);
  const [rules, payload] = call.arguments;
  if (!isPropertyAccessExpression(callee) || callee.name.text !== "validate") return undefined;
  return rules && payload && isRequestPayload(payload) ? rules : undefined;
}

/**
 * The field names a validation rule object declares: its own keys, and the contracts it spreads
 * (`...ctx.rule.userPutBodyReq`), by name. A rule held in a `const` is followed to its literal.
 */
export function validationRuleKeys(
  expr: ts.Expression,
  checker: ts.TypeChecker,
): { keys: [string, ts.Node][]; spreads: { name: string; at: ts.Node }[] } {
  let e = unwrapExpression(expr);
  if (isIdentifier(e)) {
    const d = checker.getSymbolAtLocation(e)?.valueDeclaration;
    if (d && isVariableDeclaration(d) && d.initializer) e = unwrapExpression(d.initializer);
  }
  if (!isObjectLiteralExpression(e)) return { keys: [], spreads: [] };
  const spreads: { name: string; at: ts.Node }[] = [];
  for (const p of e.properties) {
    if (!isSpreadAssignment(p)) continue;
    const spread = unwrapExpression(p.expression);
    if (isPropertyAccessExpression(spread)) spreads.push({ name: spread.name.text, at: p });
  }
  return { keys: objectKeys(e), spreads };
}
