import type { ts } from "ts-morph";
import {
  TypeFlags,
  isArrowFunction,
  isCallExpression,
  isElementAccessExpression,
  isFunctionExpression,
  isIdentifier,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isStringLiteralLike,
} from "./typescript-functions.js";
import type { DeclaredTypes } from "./declared-types.js";
import type { EngineContext } from "./engine-context.js";
import { declarationHolderName, receiverName } from "./name-context.js";
import { pathOf } from "./path-of.js";
import type { PiClassifier } from "./pi-classifier.js";
import { providerResultFields } from "./provider-results.js";
import { collectionOf, lookupsOf } from "./collection-queries.js";
import { withField, withStep, type PiTaint, type Taint } from "./taint.js";
import { lastName, unwrapExpression } from "./unwrap-expression.js";
import type { FlowHooks } from "./value-flow.js";

/**
 * What untyped code (`any`, plain JavaScript, an index signature) carries, read by names where
 * the checker has no declaration to go by: a property read or library getter named like PI in
 * context, a whole request body or person record, a document read from a named collection, and an
 * untyped value put under a key that names PI. Every taint made here is `untyped` (medium
 * confidence). The value flow asks it where its typed reading finds nothing.
 */
export class UntypedReads {
  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly ctx: EngineContext,
    private readonly classifier: PiClassifier,
    private readonly types: DeclaredTypes,
    private readonly hooks: FlowHooks,
    /** The value flow's reading of an expression (for the receiver's parameter taints). */
    private readonly flowOf: (expr: ts.Expression, depth: number) => Taint[],
  ) {}

  /**
   * An untyped value put under a key that names PI (`{ 手机号码: row.c3 }`, `{ mobile: r[2] }`):
   * the key says what the value is, as a column header does. Not when the value's own name or
   * receiver already decided (`{ phone: shop.phone }`), nor for literals, sanitizer results and
   * fragments.
   */
  keyedValue(p: ts.PropertyAssignment): PiTaint | undefined {
    const key = p.name;
    if (!(isIdentifier(key) || isStringLiteralLike(key))) return undefined;
    const value = unwrapExpression(p.initializer);
    if (!(
      isIdentifier(value) ||
      isPropertyAccessExpression(value) ||
      isElementAccessExpression(value)
    ))
      return undefined;
    const own = lastName(value);
    if (own !== undefined && this.ctx.classifyName(own)) return undefined;
    // Names first, the type query last: most keys name nothing.
    const verdict = this.classifier.names.judge(key.text, declarationHolderName(p)?.name, p);
    if (!verdict || writtenByTheApp(p.parent)) return undefined;
    if (!(this.types.ofExpression(value).flags & TypeFlags.Any)) return undefined;
    return {
      kind: "pi",
      category: verdict.category,
      fieldPath: `${pathOf(value)} (as ${key.text})`,
      origin: "name",
      steps: [p],
      untyped: true,
    };
  }

  /**
   * An untyped document read from a named collection or table (`const userRes = await
   * db.collection("user").doc(id).get()`): the PI fields the program writes there.
   */
  fetched(d: ts.VariableDeclaration, id: ts.Identifier): PiTaint[] {
    return this.documents(d.initializer!, d, id);
  }

  /**
   * An untyped result of a provider call documented to carry PI (`const res = await
   * uniCloud.getPhoneNumber({...})` holds the phone number), or a query's documents.
   */
  resultOf(d: ts.VariableDeclaration, id: ts.Identifier): PiTaint[] {
    const fields = providerResultFields(d.initializer!);
    if (fields.length === 0) return this.fetched(d, id);
    if (!(this.types.ofDeclaration(d).flags & TypeFlags.Any)) return [];
    const at = d.initializer!;
    return fields.flatMap((path) => {
      const v = this.classifier.names.judge(path.slice(path.lastIndexOf(".") + 1), "user", at);
      if (!v) return [];
      const taint: PiTaint = {
        kind: "pi",
        category: v.category,
        fieldPath: `${id.text}.${path}`,
        origin: "name",
        steps: [at, id],
        untyped: true,
      };
      return [taint];
    });
  }

  /**
   * The documents a query's promise resolves to, in its `then` callback:
   * `db.collection("order").aggregate().lookup(…).end().then(res => …)`.
   */
  resolved(p: ts.ParameterDeclaration, id: ts.Identifier): PiTaint[] {
    const fn = p.parent;
    if (fn.parameters[0] !== p || !(isArrowFunction(fn) || isFunctionExpression(fn))) return [];
    const call = fn.parent;
    if (!isCallExpression(call) || call.arguments[0] !== fn) return [];
    const callee = unwrapExpression(call.expression);
    if (!isPropertyAccessExpression(callee) || callee.name.text !== "then") return [];
    return this.documents(callee.expression, p, id);
  }

  /** The PI of documents a query chain reads, with those its `lookup` stages join in. */
  private documents(query: ts.Expression, holder: ts.Node, id: ts.Identifier): PiTaint[] {
    const collection = collectionOf(query);
    if (collection === undefined || !(this.types.ofDeclaration(holder).flags & TypeFlags.Any))
      return [];
    const fields = [{ prefix: "", collection }, ...lookupsOf(query)].flatMap((read) =>
      this.hooks
        .collectionFields(read.collection, query)
        .map((f) => ({ ...f, path: `${read.prefix}${f.path}` })),
    );
    return fields.map((f) => ({
      kind: "pi",
      category: f.category,
      fieldPath: `${id.text}.${f.path}`,
      origin: "name",
      steps: [f.at, id],
      untyped: true,
    }));
  }

  /** A whole untyped request payload or person record: the PI the program shows it carries. */
  records(path: string, at: ts.Node): PiTaint[] {
    return this.hooks.recordFields(path, at).map((f) => ({
      kind: "pi",
      category: f.category,
      fieldPath: `${path}.${f.path}`,
      origin: "name",
      steps: [f.at, at],
      untyped: true,
    }));
  }

  /**
   * A property read the checker cannot resolve (the receiver is `any`, plain JavaScript, or an
   * index signature): its name classifies as a declared field's would, where the receiver says
   * whose field it is (see NameContext). The receiver's parameter taints still flow, so a helper
   * that logs `body.mobile` is summarised.
   */
  untypedRead(
    e: ts.PropertyAccessExpression | ts.ElementAccessExpression,
    base: ts.Expression,
    key: string,
    path: string,
    depth: number,
  ): Taint[] | undefined {
    const verdict = this.classifier.names.judge(key, receiverName(base), e, path);
    if (!verdict) return undefined;
    const out: Taint[] = [
      {
        kind: "pi",
        category: verdict.category,
        fieldPath: path,
        origin: "name",
        steps: [e],
        untyped: true,
      },
    ];
    for (const t of this.flowOf(base, depth))
      if (t.kind === "param") out.push(withStep(withField(t, key), e));
    return out;
  }

  /**
   * A getter of a library or untyped object read like its field: `talker.name()`, `msg.text()`
   * (Wechaty), `contact.phone()`. Methods the program declares are summarised instead.
   */
  getter(
    call: ts.CallExpression,
    callee: ts.PropertyAccessExpression,
    depth: number,
  ): Taint[] | undefined {
    const method = callee.name.text;
    const path = pathOf(call);
    if (!this.classifier.names.judge(method, receiverName(callee.expression), call, path))
      return undefined;
    const declarations = this.checker.getSymbolAtLocation(callee.name)?.declarations ?? [];
    if (declarations.some((d) => !d.getSourceFile().isDeclarationFile)) return undefined;
    return this.untypedRead(callee, callee.expression, method, path, depth);
  }
}

/**
 * A chat-model message the application writes itself (`{ role: "system", content: prompt }`, an
 * assistant turn), not what a person wrote.
 */
function writtenByTheApp(message: ts.ObjectLiteralExpression): boolean {
  for (const p of message.properties) {
    if (!isPropertyAssignment(p) || !isIdentifier(p.name) || p.name.text !== "role") continue;
    const role = unwrapExpression(p.initializer);
    return isStringLiteralLike(role) && role.text !== "user";
  }
  return false;
}
