import type { ts } from "ts-morph";
import {
  isArrayLiteralExpression,
  isCallExpression,
  isElementAccessExpression,
  isIdentifier,
  isNewExpression,
  isObjectLiteralExpression,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isStringLiteralLike,
  isVariableDeclaration,
} from "./typescript-functions.js";
import { lastName, unwrapExpression } from "./unwrap-expression.js";

// Database calls that name a collection or table (WeChat cloud, uniCloud, MongoDB, Mongoose,
// Sequelize, knex, TypeORM): which collection a read or write goes to, what a write puts there,
// and which collections an aggregation joins in.

/** Calls that name a collection or table (WeChat cloud, uniCloud, MongoDB, Sequelize, knex). */
const collectionGetters = new Set(["collection", "model", "table", "from", "getRepository"]);
/** Methods that write a document or row. */
const writeMethods = new Set([
  "add",
  "set",
  "update",
  "insert",
  "insertOne",
  "insertMany",
  "create",
  "save",
  "upsert",
]);

/**
 * The collection a read or write goes to: `db.collection("user").doc(id).get()` → `user`,
 * `transaction.collection("orders").where(...)` → `orders`.
 */
export function collectionOf(expr: ts.Expression): string | undefined {
  let e = unwrapExpression(expr);
  for (let i = 0; i < 32; i++) {
    if (isCallExpression(e)) {
      const callee = unwrapExpression(e.expression);
      const arg = e.arguments[0];
      if (
        isPropertyAccessExpression(callee) &&
        collectionGetters.has(callee.name.text) &&
        arg &&
        isStringLiteralLike(arg)
      )
        return arg.text.toLowerCase();
      e = unwrapExpression(callee);
    } else if (isPropertyAccessExpression(e) || isElementAccessExpression(e)) {
      e = unwrapExpression(e.expression);
    } else return undefined;
  }
  return undefined;
}

/**
 * The collections an aggregation joins in, with the field they land under: MongoDB's and
 * WeChat cloud's `.lookup({ from: "publish", as: "List" })` → `{ collection: "publish", prefix:
 * "List." }`.
 */
export function lookupsOf(expr: ts.Expression): { collection: string; prefix: string }[] {
  const out: { collection: string; prefix: string }[] = [];
  let e = unwrapExpression(expr);
  for (let i = 0; i < 32; i++) {
    if (isCallExpression(e)) {
      const callee = unwrapExpression(e.expression);
      const stage = e.arguments[0] && unwrapExpression(e.arguments[0]);
      if (isPropertyAccessExpression(callee) && callee.name.text === "lookup" && stage) {
        if (isObjectLiteralExpression(stage)) {
          const from = stringProperty(stage, "from");
          if (from !== undefined)
            out.push({
              collection: from.toLowerCase(),
              prefix: `${stringProperty(stage, "as") ?? from}.`,
            });
        }
      }
      e = unwrapExpression(callee);
    } else if (isPropertyAccessExpression(e) || isElementAccessExpression(e)) {
      e = unwrapExpression(e.expression);
    } else break;
  }
  return out;
}

function stringProperty(o: ts.ObjectLiteralExpression, key: string): string | undefined {
  for (const p of o.properties) {
    if (!isPropertyAssignment(p) || !isIdentifier(p.name) || p.name.text !== key) continue;
    const v = unwrapExpression(p.initializer);
    return isStringLiteralLike(v) ? v.text : undefined;
  }
  return undefined;
}

/** Keys a collection or model holds; `definition` when they come from the model's schema. */
export interface CollectionKeys {
  collection: string;
  keys: [string, ts.Node][];
  definition?: true;
}

/**
 * A model's field definitions: Sequelize's `define("users", { phone: STRING, ... })` and
 * Mongoose's `model("user", schema)` with `schema = new Schema({ phone: String, ... })` (or the
 * schema inline). The keys are the fields every record of the model can hold.
 */
export function modelDefinition(
  call: ts.CallExpression,
  checker: ts.TypeChecker,
): CollectionKeys | undefined {
  const callee = unwrapExpression(call.expression);
  const method = isPropertyAccessExpression(callee)
    ? callee.name.text
    : isIdentifier(callee)
      ? callee.text
      : undefined;
  const [name, fields] = call.arguments;
  if ((method !== "define" && method !== "model") || !name || !fields) return undefined;
  if (!isStringLiteralLike(name)) return undefined;
  let schema = unwrapExpression(fields);
  if (isIdentifier(schema)) {
    const d = checker.getSymbolAtLocation(schema)?.valueDeclaration;
    if (!d || !isVariableDeclaration(d) || !d.initializer) return undefined;
    schema = unwrapExpression(d.initializer);
  }
  if (isNewExpression(schema) && /Schema$/.test(lastName(schema.expression) ?? "")) {
    const first = schema.arguments?.[0];
    schema = first ? unwrapExpression(first) : schema;
  }
  if (!isObjectLiteralExpression(schema)) return undefined;
  const hidden = defaultScopeExcludes(call.arguments[2]);
  return {
    collection: name.text.toLowerCase(),
    keys: objectKeys(schema).filter(([key]) => !hidden.has(key)),
    definition: true,
  };
}

/**
 * The attributes a Sequelize model's default scope leaves out of every query
 * (`{ defaultScope: { attributes: { exclude: ["password"] } } }`): its records do not hold them.
 */
function defaultScopeExcludes(options: ts.Expression | undefined): Set<string> {
  let node: ts.Expression | undefined = options && unwrapExpression(options);
  for (const key of ["defaultScope", "attributes", "exclude"]) {
    if (!node || !isObjectLiteralExpression(node)) return new Set();
    const p = node.properties.find(
      (q) => isPropertyAssignment(q) && isIdentifier(q.name) && q.name.text === key,
    );
    node = p && isPropertyAssignment(p) ? unwrapExpression(p.initializer) : undefined;
  }
  if (!node || !isArrayLiteralExpression(node)) return new Set();
  return new Set(node.elements.flatMap((e) => (isStringLiteralLike(e) ? [e.text] : [])));
}

/** A document or row written into a named collection, with its keys. */
export function collectionWrite(call: ts.CallExpression): CollectionKeys | undefined {
  const callee = unwrapExpression(call.expression);
  if (!isPropertyAccessExpression(callee) || !writeMethods.has(callee.name.text)) return undefined;
  const collection = collectionOf(callee.expression);
  const arg = call.arguments[0];
  if (collection === undefined || !arg) return undefined;
  let doc = unwrapExpression(arg);
  if (isArrayLiteralExpression(doc) && doc.elements[0]) doc = unwrapExpression(doc.elements[0]);
  if (!isObjectLiteralExpression(doc)) return undefined;
  // WeChat cloud and uniCloud wrap the document: `add({ data: { ... } })`.
  const data = doc.properties.find(
    (p) => isPropertyAssignment(p) && isIdentifier(p.name) && p.name.text === "data",
  );
  if (data && isPropertyAssignment(data)) {
    const inner = unwrapExpression(data.initializer);
    if (isObjectLiteralExpression(inner)) doc = inner;
  }
  return { collection, keys: objectKeys(doc as ts.ObjectLiteralExpression) };
}

/** The keys an object literal declares, with where. */
export function objectKeys(o: ts.ObjectLiteralExpression): [string, ts.Node][] {
  const keys: [string, ts.Node][] = [];
  for (const p of o.properties) {
    const name = p.name;
    if (name && (isIdentifier(name) || isStringLiteralLike(name))) keys.push([name.text, p]);
  }
  return keys;
}
