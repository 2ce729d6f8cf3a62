import type { ts } from "ts-morph";
import {
  canHaveDecorators,
  forEachChild,
  getDecorators,
  isCallExpression,
  isClassDeclaration,
  isElementAccessExpression,
  isFunctionLike,
  isIdentifier,
  isInterfaceDeclaration,
  isObjectBindingPattern,
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
    const visit = (n: ts.Node): void => {
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
function payloadParameter(p: ts.ParameterDeclaration): boolean {
  return (getDecorators(p) ?? []).some((d) => {
    const e = d.expression;
    const callee = isCallExpression(e) ? e.expression : e;
    return isIdentifier(callee) && payloadDecorators.has(callee.text);
  });
}
