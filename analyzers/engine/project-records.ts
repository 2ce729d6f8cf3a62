import type { ts } from "ts-morph";
import {
  canHaveDecorators,
  forEachChild,
  getDecorators,
  isCallExpression,
  isClassDeclaration,
  isArrayLiteralExpression,
  isElementAccessExpression,
  isFunctionLike,
  isIdentifier,
  isInterfaceDeclaration,
  isObjectBindingPattern,
  isObjectLiteralExpression,
  isPropertyAssignment,
  isParameter,
  isPropertyAccessExpression,
  isStringLiteralLike,
  isTypeAliasDeclaration,
  isVariableDeclaration,
} from "./typescript-functions.js";
import { personNouns } from "../recognisers/context-nouns.js";
import type { EngineCategory } from "./engine-config.js";
import { holderNoun } from "./name-context.js";
import type { PiClassifier } from "./pi-classifier.js";
import { unwrapExpression } from "./unwrap-expression.js";

/** A PI field a kind of record carries somewhere in the program, and where that is seen. */
export interface RecordField {
  path: string;
  category: EngineCategory;
  at: ts.Node;
}

const persons = new Set(personNouns);
/** The receivers of a request payload: `req.body`, `request.query`, `ctx.request.body`. */
const requestReceivers = new Set(["req", "request"]);
const payloadParts = new Set(["body", "query"]);
/** Parameter decorators that bind a request payload (NestJS, Midway). */
const payloadDecorators = new Set(["Body", "Query"]);

/**
 * What whole untyped records carry, learned from the rest of the program. Real handlers log a
 * whole `req.body` or `ctx.state.user` whose type says nothing: the fields the program reads from
 * request payloads elsewhere (`ctx.request.body.mobile`, a `@Body() dto: CreateUserDto`), or the
 * PI fields of its own `User` model, are what such a value holds. Collected on first need, in
 * one walk of the program's files.
 */
export class ProjectRecords {
  private request: RecordField[] | undefined;
  private readonly requestByFile = new Map<ts.SourceFile, RecordField[]>();
  private readonly byCollection = new Map<string, RecordField[]>();
  private readonly byNoun = new Map<string, RecordField[]>();

  constructor(
    private readonly files: () => readonly ts.SourceFile[],
    private readonly classifier: PiClassifier,
    private readonly checker: ts.TypeChecker,
  ) {}

  /**
   * The PI fields a whole untyped value at `path` is known to hold: a request body's (forms and
   * JSON bodies carry what people type in; a query string is learned from but not counted as
   * the body), or a person record's (`user`, `member`); one field per category.
   */
  fieldsOf(path: string, at: ts.Node): readonly RecordField[] {
    const segments = path.split(".");
    const last = segments[segments.length - 1] ?? "";
    const previous = segments[segments.length - 2];
    this.collect();
    if (last === "body" && previous !== undefined && requestReceivers.has(previous)) {
      // A middleware, interceptor or decorator sees every route's body; a handler, its own.
      return servesEveryRoute(at)
        ? (this.request ?? [])
        : (this.requestByFile.get(at.getSourceFile()) ?? []);
    }
    const noun = holderNoun(last).noun;
    return noun !== undefined && persons.has(noun) ? (this.byNoun.get(noun) ?? []) : [];
  }

  /**
   * The PI fields the program writes into a database collection or table (`db.collection("user")
   * .add({ data: { phone, address } })`), or, when it writes none, those of its person model
   * named like the collection (`users` → `User`).
   */
  fieldsOfCollection(name: string): readonly RecordField[] {
    this.collect();
    const written = this.byCollection.get(name.toLowerCase());
    if (written) return written;
    const noun = holderNoun(name).noun;
    return noun !== undefined && persons.has(noun) ? (this.byNoun.get(noun) ?? []) : [];
  }

  private collect(): void {
    if (this.request) return;
    const request = new FieldSet();
    const byFile = new Map<ts.SourceFile, FieldSet>();
    const addRequest = (f: RecordField) => {
      request.add(f);
      const sf = f.at.getSourceFile();
      let set = byFile.get(sf);
      if (!set) byFile.set(sf, (set = new FieldSet()));
      set.add(f);
    };
    const byNoun = new Map<string, FieldSet>();
    const addRecord = (noun: string | undefined, fields: readonly RecordField[]) => {
      if (noun === undefined || !persons.has(noun) || fields.length === 0) return;
      let set = byNoun.get(noun);
      if (!set) byNoun.set(noun, (set = new FieldSet()));
      for (const f of fields) set.add(f);
    };
    const byCollection = new Map<string, FieldSet>();
    const visit = (n: ts.Node): void => {
      if (isCallExpression(n)) {
        const written = collectionWrite(n);
        if (written) {
          let set = byCollection.get(written.collection);
          if (!set) byCollection.set(written.collection, (set = new FieldSet()));
          for (const [key, at] of written.keys) {
            const v = this.classifier.names.judge(key, written.collection, at);
            if (v) set.add({ path: key, category: v.category, at });
          }
        }
      }
      if (isPropertyAccessExpression(n) || isElementAccessExpression(n)) {
        const key = isPropertyAccessExpression(n)
          ? n.name.text
          : isStringLiteralLike(n.argumentExpression)
            ? n.argumentExpression.text
            : undefined;
        if (key !== undefined && isRequestPayload(n.expression)) {
          const v = this.classifier.names.judge(key, "body", n);
          if (v) addRequest({ path: key, category: v.category, at: n });
        }
      } else if (
        isVariableDeclaration(n) &&
        isObjectBindingPattern(n.name) &&
        n.initializer &&
        isRequestPayload(n.initializer)
      ) {
        for (const e of n.name.elements) {
          const key = e.propertyName ?? e.name;
          if (!isIdentifier(key) && !isStringLiteralLike(key)) continue;
          const v = this.classifier.names.judge(key.text, "body", e);
          if (v) addRequest({ path: key.text, category: v.category, at: e });
        }
      } else if (isParameter(n) && canHaveDecorators(n) && payloadParameter(n)) {
        for (const f of this.fieldsOfType(this.checker.getTypeAtLocation(n), n)) request.add(f);
      } else if (isClassDeclaration(n) || isInterfaceDeclaration(n) || isTypeAliasDeclaration(n)) {
        if (n.name)
          addRecord(
            holderNoun(n.name.text).noun,
            this.fieldsOfType(this.checker.getTypeAtLocation(n.name), n.name),
          );
      }
      forEachChild(n, visit);
    };
    for (const sf of this.files()) if (!sf.isDeclarationFile) visit(sf);
    this.request = request.fields;
    for (const [name, set] of byCollection) this.byCollection.set(name, set.fields);
    for (const [sf, set] of byFile) this.requestByFile.set(sf, set.fields);
    for (const [noun, set] of byNoun) this.byNoun.set(noun, set.fields);
  }

  private fieldsOfType(type: ts.Type, at: ts.Node): RecordField[] {
    return this.classifier
      .piFields(type)
      .map((f) => ({ path: f.path, category: f.category, at: f.declaration ?? at }));
  }
}

/** Fields keyed by category: the first field seen of each category stands for it. */
class FieldSet {
  readonly fields: RecordField[] = [];
  private readonly seen = new Set<string>();
  add(f: RecordField): void {
    if (f.path === "" || this.seen.has(f.category.id)) return;
    this.seen.add(f.category.id);
    this.fields.push(f);
  }
}

/** Names of code that runs for every route: middleware, interceptors, filters, decorators, aspects. */
const everyRoute =
  /(?:^|[/\\._-])(?:middlewares?|interceptors?|filters?|decorators?|aspects?|guards?)(?:[/\\._-]|$)|(?:Middleware|Interceptor|Filter|Decorator|Aspect|Guard)(?:\.|$)/i;

/**
 * Whether the code around a node serves every route: a function with a `next` parameter
 * (Koa, Express, Nest middleware), or a file or folder named for middleware, interceptors,
 * filters, decorators or aspects.
 */
function servesEveryRoute(at: ts.Node): boolean {
  for (let n: ts.Node | undefined = at.parent; n; n = n.parent) {
    if (
      isFunctionLike(n) &&
      n.parameters.some((p) => isIdentifier(p.name) && p.name.text === "next")
    )
      return true;
  }
  return everyRoute.test(at.getSourceFile().fileName);
}

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
  for (let i = 0; i < 10; i++) {
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

/** A document or row written into a named collection, with its keys. */
function collectionWrite(
  call: ts.CallExpression,
): { collection: string; keys: [string, ts.Node][] } | undefined {
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
  const keys: [string, ts.Node][] = [];
  for (const p of (doc as ts.ObjectLiteralExpression).properties) {
    const name = p.name;
    if (name && (isIdentifier(name) || isStringLiteralLike(name))) keys.push([name.text, p]);
  }
  return { collection, keys };
}

/** `req.body`, `request.query`, `ctx.request.body`, `this.ctx.request.body`. */
function isRequestPayload(expr: ts.Expression): boolean {
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
function payloadParameter(p: ts.ParameterDeclaration): boolean {
  return (getDecorators(p) ?? []).some((d) => {
    const e = d.expression;
    const callee = isCallExpression(e) ? e.expression : e;
    return isIdentifier(callee) && payloadDecorators.has(callee.text);
  });
}
