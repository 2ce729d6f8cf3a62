import type { ts } from "ts-morph";
import {
  SymbolFlags,
  SyntaxKind,
  TypeFlags,
  isArrayBindingPattern,
  isArrayLiteralExpression,
  isArrowFunction,
  isBinaryExpression,
  isBindingElement,
  isCatchClause,
  isCallExpression,
  isClassLike,
  isConditionalExpression,
  isConstructorDeclaration,
  isElementAccessExpression,
  isEnumDeclaration,
  isForInStatement,
  isForOfStatement,
  isFunctionExpression,
  isFunctionLike,
  isIdentifier,
  isMethodDeclaration,
  isModuleDeclaration,
  isNewExpression,
  isNoSubstitutionTemplateLiteral,
  isNumericLiteral,
  isObjectBindingPattern,
  isObjectLiteralExpression,
  isParameter,
  isParameterPropertyDeclaration,
  isParenthesizedExpression,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isPropertyDeclaration,
  isPropertySignature,
  isShorthandPropertyAssignment,
  isSourceFile,
  isSpreadAssignment,
  isSpreadElement,
  isStringLiteral,
  isStringLiteralLike,
  isTaggedTemplateExpression,
  isTemplateExpression,
  isVariableDeclaration,
} from "./typescript-functions.js";
import type { EngineContext } from "./engine-context.js";
import { nonNullable, type DeclaredTypes } from "./declared-types.js";
import type { DeclaredPi, PiClassifier } from "./pi-classifier.js";
import { fieldWrites } from "./field-writes.js";
import { returnedExpressions } from "./returned-expressions.js";
import { UntypedReads } from "./untyped-reads.js";
import { callsOf } from "./class-calls.js";
import {
  callbackMethods,
  passThroughMethods,
  reduceMethods,
  stringOrArrayResults,
  stringifiers,
  valueReturning,
} from "./flow-methods.js";
import { fedValues, reduceOfAccumulator, thrownExpressions } from "./indirect-values.js";
import { globalName, pathOf } from "./path-of.js";
import { isLoopVariable, reachingDefinitions } from "./reaching-definitions.js";
import { stringOrArrayTypeNode } from "./string-or-array-type-node.js";
import { maskLiteral } from "./mask-literal.js";
import { keptByNarrowing } from "./narrowed-fields.js";
import { isPartialValue } from "./partial-value.js";
import type { RecordField } from "./project-records.js";
import {
  dedupeTaints,
  withField,
  withStep,
  type ParamTaint,
  type PiTaint,
  type Taint,
} from "./taint.js";
import { lastName, unwrapExpression } from "./unwrap-expression.js";

/** What a call to a function returns, in terms of its parameters and the PI it reads itself. */
export interface ReturnFlow {
  params: readonly number[];
  taints: readonly PiTaint[];
}

/** Hooks the flow needs from the file analysis. */
export interface FlowHooks {
  /** Assignments (`x = e`, `x.p = e`, `x.push(e)`) that feed a variable, by its declaration. */
  assignmentsTo(declaration: ts.Node): readonly ts.Expression[];
  /** The return flow of a call's target when it is a function the engine may summarise. */
  returnFlowOf(call: ts.CallExpression): ReturnFlow | undefined;
  /** What a whole untyped request payload or person record at `path` holds (ProjectRecords). */
  recordFields(path: string, at: ts.Node): readonly RecordField[];
  /** What the program writes into a named collection or table (ProjectRecords). */
  collectionFields(collection: string, at: ts.Node): readonly RecordField[];
}

/**
 * Follows PI through expressions: variables and reassignment, destructuring, spreads, object and
 * array literals, template literals and `+`, `JSON.stringify`/`String()`/`.toString()`, array
 * callbacks, `await`, and calls of summarised helpers. Sanitizers stop the flow; boolean tests,
 * comparisons and arithmetic carry no PI.
 */
export class ValueFlow {
  private readonly untyped: UntypedReads;
  private readonly byDeclaration = new WeakMap<ts.Node, readonly Taint[]>();
  private readonly inProgress = new Set<ts.Node>();
  /** Order-aware reads of assigned variables, by declaration and the definitions that reach. */
  private readonly byField = new WeakMap<ts.Symbol, readonly Taint[]>();
  private readonly byReaching = new WeakMap<ts.Node, Map<string, readonly Taint[]>>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly ctx: EngineContext,
    private readonly classifier: PiClassifier,
    private readonly types: DeclaredTypes,
    private readonly hooks: FlowHooks,
  ) {
    this.untyped = new UntypedReads(checker, ctx, classifier, types, hooks, (e, depth) =>
      this.taintsOf(e, depth),
    );
  }

  /** What an expression carries. */
  taintsOf(expr: ts.Expression, depth = 0): Taint[] {
    if (depth > 40) return [];
    const e = unwrapExpression(expr);
    const d = depth + 1;
    if (isStringLiteralLike(e)) return this.literal(e, undefined);
    if (isTemplateExpression(e))
      return dedupeTaints(e.templateSpans.flatMap((s) => this.taintsOf(s.expression, d)));
    if (isTaggedTemplateExpression(e)) {
      return isTemplateExpression(e.template)
        ? dedupeTaints(e.template.templateSpans.flatMap((s) => this.taintsOf(s.expression, d)))
        : [];
    }
    if (isIdentifier(e)) return this.identifier(e, d);
    if (isPropertyAccessExpression(e) || isElementAccessExpression(e)) return this.member(e, d);
    if (isCallExpression(e)) return this.call(e, d);
    if (isNewExpression(e)) return this.constructed(e, d);
    if (isObjectLiteralExpression(e))
      return dedupeTaints(e.properties.flatMap((p) => this.property(p, d)));
    if (isArrayLiteralExpression(e)) {
      return dedupeTaints(
        e.elements.flatMap((x) => this.taintsOf(isSpreadElement(x) ? x.expression : x, d)),
      );
    }
    if (isConditionalExpression(e))
      return dedupeTaints([...this.taintsOf(e.whenTrue, d), ...this.taintsOf(e.whenFalse, d)]);
    if (isBinaryExpression(e)) {
      switch (e.operatorToken.kind) {
        case SyntaxKind.PlusToken:
        case SyntaxKind.PlusEqualsToken:
        case SyntaxKind.BarBarToken:
        case SyntaxKind.QuestionQuestionToken:
          return dedupeTaints([...this.taintsOf(e.left, d), ...this.taintsOf(e.right, d)]);
        case SyntaxKind.AmpersandAmpersandToken:
        case SyntaxKind.CommaToken:
        case SyntaxKind.EqualsToken:
          return this.taintsOf(e.right, d);
        default:
          return [];
      }
    }
    if (isSpreadElement(e)) return this.taintsOf(e.expression, d);
    return [];
  }

  /**
   * What a constructed value keeps of its arguments: an error's message (`new Error(`sms to
   * ${phone} failed`)`), or an object of a class the checker cannot see (an untyped SDK's
   * `new SendSmsRequest({ phoneNumbers })`). A typed class is read through its declared fields.
   */
  private constructed(e: ts.NewExpression, depth: number): Taint[] {
    // The arguments first: the type query is the dear part, and moot when they carry nothing.
    const carried = dedupeTaints(
      (e.arguments ?? []).flatMap((a) => (isFunctionLike(a) ? [] : this.taintsOf(a, depth))),
    );
    if (carried.length === 0) return [];
    const name = lastName(e.expression) ?? "";
    if (!/(?:Error|Exception)$/.test(name) && !(this.types.ofExpression(e).flags & TypeFlags.Any))
      return [];
    return carried.map((t) => withStep(t, e));
  }

  /**
   * What the field at `path` of an expression carries: a helper that logs `e.MsgType` is passed
   * `e`, and only what `e.MsgType` holds reaches its sink. Object literals are read property by
   * property; otherwise the expression's PI fields under the path are kept, and so is PI the
   * value is as a whole (a tagged type, a validated literal).
   */
  taintsAlong(expr: ts.Expression, path: readonly string[]): Taint[] {
    const e = unwrapExpression(expr);
    const [head, ...rest] = path;
    if (head === undefined) return this.taintsOf(e);
    if (isObjectLiteralExpression(e)) {
      for (const p of e.properties) {
        if (isSpreadAssignment(p)) continue;
        const n = p.name;
        if (!n || !(isIdentifier(n) || isStringLiteralLike(n)) || n.text !== head) continue;
        if (isPropertyAssignment(p)) return this.taintsAlong(p.initializer, rest);
        if (isShorthandPropertyAssignment(p)) return this.taintsAlong(p.name, rest);
        return [];
      }
      // The field may come from a spread: read the spreads whole.
      return dedupeTaints(
        e.properties.flatMap((p) => (isSpreadAssignment(p) ? this.taintsOf(p.expression) : [])),
      );
    }
    const base = pathOf(e);
    const prefix = `${base}.${path.join(".")}`;
    return this.taintsOf(e).filter(
      (t) =>
        t.kind !== "pi" ||
        t.fieldPath === base ||
        t.origin === "literal" ||
        t.fieldPath === prefix ||
        t.fieldPath.startsWith(`${prefix}.`) ||
        t.fieldPath.startsWith(`${prefix}[`),
    );
  }

  private literal(e: ts.StringLiteralLike, name: string | undefined): PiTaint[] {
    const value = e.text;
    if (value.length < 8 || value.length > 40 || !/^[+\d][\d\s-]*[\dXx]$/.test(value)) return [];
    for (const { category, validators } of this.ctx.validatedCategories) {
      if (validators.some((v) => this.ctx.validators[v]!(value.replace(/[\s-]/g, "")))) {
        const masked = maskLiteral(value);
        return [
          {
            kind: "pi",
            category,
            fieldPath: name ?? `"${masked}"`,
            origin: "literal",
            steps: [e],
            masked,
          },
        ];
      }
    }
    return [];
  }

  private property(p: ts.ObjectLiteralElementLike, depth: number): Taint[] {
    if (isPropertyAssignment(p)) {
      const own = this.taintsOf(p.initializer, depth);
      if (own.some((t) => t.kind === "pi")) return own;
      const keyed = this.untyped.keyedValue(p);
      return keyed ? [...own, keyed] : own;
    }
    if (isShorthandPropertyAssignment(p)) {
      const symbol = this.checker.getShorthandAssignmentValueSymbol(p);
      const d = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
      return d ? this.reference(d, p.name, depth) : [];
    }
    if (isSpreadAssignment(p)) return this.taintsOf(p.expression, depth);
    return [];
  }

  private identifier(id: ts.Identifier, depth: number): Taint[] {
    let symbol = this.types.symbolAt(id);
    if (symbol && symbol.flags & SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    const d = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    if (!d) return [];
    const taints = this.reference(d, id, depth);
    return taints.length > 0 && (isVariableDeclaration(d) || isParameter(d))
      ? keptByNarrowing(taints, id, () => this.types.ofDeclaration(d), this.checker)
      : taints;
  }

  /**
   * What a use of a declaration carries at the point of use. A variable that is assigned after
   * its declaration is read order-aware: only the definitions that may reach the use count.
   */
  private reference(d: ts.Node, use: ts.Node, depth: number): Taint[] {
    if (!isVariableDeclaration(d) || !isIdentifier(d.name) || isLoopVariable(d))
      return this.declaration(d, use, depth);
    const assigned = this.hooks.assignmentsTo(d);
    if (assigned.length === 0) return this.declaration(d, use, depth);
    const reaching = reachingDefinitions(d, assigned, use);
    if (reaching === undefined) return this.declaration(d, use, depth);
    const key = `${reaching.uninitialised ? "u" : ""}${reaching.values.map((r) => r.pos).join(",")}`;
    let byKey = this.byReaching.get(d);
    const cached = byKey?.get(key);
    if (cached) return [...cached];
    if (this.inProgress.has(use)) return [];
    this.inProgress.add(use);
    try {
      const taints = dedupeTaints(
        this.variableFlow(d, d.name, reaching.values, !reaching.uninitialised, depth),
      );
      if (!byKey) this.byReaching.set(d, (byKey = new Map()));
      byKey.set(key, taints);
      return taints;
    } finally {
      this.inProgress.delete(use);
    }
  }

  /** What a reference to a declaration carries; memoised per declaration. */
  private declaration(d: ts.Node, use: ts.Node, depth: number): Taint[] {
    const cached = this.byDeclaration.get(d);
    if (cached) return [...cached];
    if (this.inProgress.has(d)) return [];
    this.inProgress.add(d);
    try {
      const taints = dedupeTaints(this.computeDeclaration(d, use, depth));
      this.byDeclaration.set(d, taints);
      return taints;
    } finally {
      this.inProgress.delete(d);
    }
  }

  private computeDeclaration(d: ts.Node, use: ts.Node, depth: number): Taint[] {
    const name = isIdentifier(use) ? use.text : use.getText();
    if (isParameter(d)) {
      const fn = d.parent;
      const param: ParamTaint = {
        kind: "param",
        fn,
        index: fn.parameters.indexOf(d),
        steps: [d.name],
      };
      if (!isIdentifier(d.name)) return [param];
      const reduced = reduceOfAccumulator(d);
      // The accumulator holds the initial value, the callback's returns and what the callback
      // pushes into it (`pre.push({ 手机号码: cur.phonenumber })`): followed, not typed.
      if (reduced)
        return [
          param,
          ...this.nameOnly(d, d.name.text, d.name),
          ...this.call(reduced, depth),
          ...fedValues(d).flatMap((v) => this.taintsOf(v, depth)),
        ];
      const declared = this.declared(d, d.name.text, d.name);
      if (declared.some((t) => t.kind === "pi")) return [param, ...declared];
      return [param, ...declared, ...this.untyped.resolved(d, d.name)];
    }
    if (isVariableDeclaration(d) && isIdentifier(d.name) && isCatchClause(d.parent)) {
      // `catch (e)`: what the try block throws (an Error built with PI in its message).
      const thrown = thrownExpressions(d.parent.parent.tryBlock);
      return dedupeTaints(thrown.flatMap((x) => this.taintsOf(x, depth))).map((t) =>
        withStep(t, d.name),
      );
    }
    if (isVariableDeclaration(d) && isIdentifier(d.name)) {
      const loop = d.parent.parent;
      if (loop && (isForOfStatement(loop) || isForInStatement(loop))) {
        const own = this.declared(d, d.name.text, d.name);
        if (own.length > 0 || isForInStatement(loop)) return own;
        return this.taintsOf(loop.expression, depth).map((t) => withStep(t, d.name));
      }
      const values: ts.Expression[] = [...this.hooks.assignmentsTo(d)];
      if (d.initializer) values.unshift(d.initializer);
      return this.variableFlow(d, d.name, values, d.initializer !== undefined, depth);
    }
    if (isBindingElement(d) && isIdentifier(d.name)) return this.bindingElement(d, d.name, depth);
    if (isPropertySignature(d) || isPropertyDeclaration(d) || isPropertyAssignment(d)) {
      return this.declared(d, name, use);
    }
    if (
      isFunctionLike(d) ||
      isClassLike(d) ||
      isEnumDeclaration(d) ||
      isModuleDeclaration(d) ||
      isSourceFile(d)
    )
      return [];
    return this.declared(d, name, use);
  }

  /**
   * What a variable carries given the values that reach it (its initializer, assignments, and
   * `push`/`set` arguments), plus its own tag, name and type. `complete` says the values are all
   * it can hold there (no uninitialised `let x;` reaches).
   */
  private variableFlow(
    d: ts.VariableDeclaration,
    id: ts.Identifier,
    values: readonly ts.Expression[],
    complete: boolean,
    depth: number,
  ): Taint[] {
    {
      const tag = this.classifier.tagCategory(d);
      const flow: Taint[] = [];
      if (tag)
        flow.push({
          kind: "pi",
          category: tag,
          fieldPath: id.text,
          origin: "tag",
          steps: [id],
        });
      for (const value of values) {
        const v = unwrapExpression(value);
        const own =
          value === d.initializer && isStringLiteralLike(v)
            ? this.literal(v, id.text)
            : this.taintsOf(v, depth);
        flow.push(...own.map((t) => withStep(t, id)));
      }
      // PI the initializer carries as a field, name or tag (`const phone = user.mobile`) is the
      // data the declaration's own name and type would name a second time, so it replaces them.
      // A validated literal names no field: it is one value found inside the initializer (a
      // summarised helper's `return { mobile: "13800138000", ... }`), so the PI fields of the
      // declared type are still held and are added to it, never replaced by it.
      if (!flow.some((t) => t.kind === "pi") && d.initializer)
        flow.push(...this.untyped.resultOf(d, id));
      if (flow.some((t) => t.kind === "pi" && t.origin !== "literal")) return flow;
      // Every value that can reach is a sanitizer's result (`const phone = maskPhone(raw)`, or
      // `mobile = maskMobile(mobile)` before the read): the name and inferred type describe the
      // data that was masked, not what the variable holds. A `@pipl` tag still wins, on the
      // variable (already in `flow`) or on its declared type (`let m: MobileNo = maskMobile(x)`).
      if (complete && values.length > 0 && values.every((v) => this.sanitized(v))) {
        const own = this.classifier.declarationPi(d);
        return own?.origin === "tag" ? [...flow, ...this.nameOnly(d, id.text, id)] : flow;
      }
      const followed = d.initializer !== undefined && this.followsWhole(d.initializer);
      return [
        ...flow,
        ...(followed ? this.nameOnly(d, id.text, id) : this.declared(d, id.text, id)),
      ];
    }
  }

  /**
   * Whether the flow follows everything the expression's value is built from, so that its
   * declared type names nothing more: an object or array literal, or an array's `map`,
   * `flatMap` or `reduce` with a function callback (the callback's returns and the initial
   * value). The type of such a call is also the dearest query of a lint: the checker would
   * resolve the generic method with its context-sensitive callback.
   */
  private followsWhole(expr: ts.Expression): boolean {
    const e = unwrapExpression(expr);
    if (isObjectLiteralExpression(e) || isArrayLiteralExpression(e)) return true;
    if (!isCallExpression(e) || !isPropertyAccessExpression(e.expression)) return false;
    const method = e.expression.name.text;
    const callback = e.arguments[0];
    return (
      (callbackMethods.has(method) || reduceMethods.has(method)) &&
      callback !== undefined &&
      (isArrowFunction(callback) || isFunctionExpression(callback)) &&
      this.isStringOrArray(e.expression.expression)
    );
  }

  /** A configured sanitizer's result (`maskMobile(x)`, `await hash(x)`, `c ? mask(a) : mask(b)`). */
  private sanitized(value: ts.Expression): boolean {
    const v = unwrapExpression(value);
    if (isConditionalExpression(v))
      return this.sanitized(v.whenTrue) && this.sanitized(v.whenFalse);
    if (!isCallExpression(v)) return false;
    const name = lastName(unwrapExpression(v.expression));
    return name !== undefined && this.ctx.consent.isSanitizer(name);
  }

  private bindingElement(d: ts.BindingElement, name: ts.Identifier, depth: number): Taint[] {
    const pattern = d.parent;
    const holder = pattern.parent;
    const own = this.classifier.tagCategory(d);
    if (own)
      return [{ kind: "pi", category: own, fieldPath: name.text, origin: "tag", steps: [name] }];
    let source: ts.Expression | undefined;
    let base: string;
    const out: Taint[] = [];
    if (isVariableDeclaration(holder)) {
      source = holder.initializer;
      base = source ? pathOf(source) : name.text;
    } else if (isParameter(holder)) {
      base = isIdentifier(holder.name) ? holder.name.text : "";
      const fn = holder.parent;
      const field = d.propertyName ?? d.name;
      const param: ParamTaint = {
        kind: "param",
        fn,
        index: fn.parameters.indexOf(holder),
        steps: [name],
      };
      out.push(
        isObjectBindingPattern(pattern) && (isIdentifier(field) || isStringLiteralLike(field))
          ? withField(param, field.text)
          : param,
      );
    } else if (isBindingElement(holder)) {
      base = "";
    } else {
      base = "";
    }
    if (isArrayBindingPattern(pattern)) {
      return source
        ? [...out, ...this.taintsOf(source, depth).map((t) => withStep(t, name))]
        : [...out, ...this.declared(d, name.text, name)];
    }
    const key = d.propertyName ?? d.name;
    const keyText = isIdentifier(key) || isStringLiteralLike(key) ? key.text : name.text;
    const init = source ? unwrapExpression(source) : undefined;
    if (init && isObjectLiteralExpression(init)) {
      const prop = init.properties.find(
        (p) => p.name !== undefined && isIdentifier(p.name) && p.name.text === keyText,
      );
      return prop ? [...out, ...this.property(prop, depth).map((t) => withStep(t, name))] : out;
    }
    const fieldPath = base ? `${base}.${keyText}` : keyText;
    if (init) {
      const prop = this.types.ofExpression(init).getProperty(keyText);
      const verdict = prop ? this.classifier.symbolPi(prop) : undefined;
      if (verdict)
        return [
          ...out,
          {
            kind: "pi",
            category: verdict.category,
            fieldPath,
            origin: verdict.origin,
            steps: [name],
          },
        ];
    }
    const declared = this.declared(d, name.text, name);
    return [
      ...out,
      ...declared.map((t) =>
        t.kind === "pi" && t.fieldPath === name.text ? { ...t, fieldPath } : t,
      ),
    ];
  }

  /** PI a declaration holds by its tag, name and type, or through the PI fields of its type. */
  private declared(d: ts.Node, path: string, at: ts.Node): PiTaint[] {
    const own = this.classifier.declarationPi(d);
    if (own) return [this.ownTaint(d, own, path, at)];
    return this.fields(this.types.ofDeclaration(d), path, at);
  }

  private nameOnly(d: ts.Node, path: string, at: ts.Node): PiTaint[] {
    const own = this.classifier.declarationPi(d);
    return own ? [this.ownTaint(d, own, path, at)] : [];
  }

  /** A declaration's own PI; by name on an untyped declaration (`const { phone } = body`), medium. */
  private ownTaint(d: ts.Node, own: DeclaredPi, path: string, at: ts.Node): PiTaint {
    const taint: PiTaint = {
      kind: "pi",
      category: own.category,
      fieldPath: path,
      origin: own.origin,
      steps: [at],
    };
    if (own.origin === "name" && this.types.ofDeclaration(d).flags & TypeFlags.Any)
      taint.untyped = true;
    return taint;
  }

  private fields(type: ts.Type, path: string, at: ts.Node): PiTaint[] {
    if (type.flags & TypeFlags.Any) return this.untyped.records(path, at);
    return this.classifier.piFields(type).map((f) => ({
      kind: "pi",
      category: f.category,
      fieldPath:
        f.path === "" ? path : f.path.startsWith("[") ? `${path}${f.path}` : `${path}.${f.path}`,
      origin: f.origin,
      steps: f.declaration ? [f.declaration, at] : [at],
    }));
  }

  private member(
    e: ts.PropertyAccessExpression | ts.ElementAccessExpression,
    depth: number,
  ): Taint[] {
    const key = isPropertyAccessExpression(e)
      ? e.name.text
      : isStringLiteralLike(e.argumentExpression) || isNumericLiteral(e.argumentExpression)
        ? e.argumentExpression.text
        : undefined;
    const path = pathOf(e);
    const read = this.types.member(e);
    const symbol = read.symbol;
    if (symbol && !(symbol.flags & SymbolFlags.Method)) {
      const verdict = this.classifier.symbolPi(symbol);
      if (verdict)
        return [
          {
            kind: "pi",
            category: verdict.category,
            fieldPath: path,
            origin: verdict.origin,
            steps: [e],
          },
        ];
    }
    const out: Taint[] = [];
    const base = unwrapExpression(e.expression);
    if (!symbol && key !== undefined) {
      const untyped = this.untyped.untypedRead(e, base, key, path, depth);
      if (untyped) return untyped;
    }
    if (symbol && base.kind === SyntaxKind.ThisKeyword)
      out.push(...this.classField(symbol, depth).map((t) => withStep(t, e)));
    // A locally built object: read the property's own value.
    const local = key !== undefined ? this.localProperty(base, key) : undefined;
    if (local) return local.map((t) => withStep(t, e));
    const type = read.type();
    // `x.length`, `x.isValid`: a number or boolean read from a value is not the value.
    if (type.flags & (TypeFlags.BooleanLike | TypeFlags.NumberLike)) return [];
    const baseTaints = this.taintsOf(base, depth);
    for (const t of baseTaints) if (t.kind === "param") out.push(withStep(withField(t, key), e));
    if (isPartialValue(e)) return [];
    if (isElementAccessExpression(e) && !isStringLiteralLike(e.argumentExpression)) {
      out.push(...baseTaints.filter((t) => t.kind === "pi").map((t) => withStep(t, e)));
      return dedupeTaints(out);
    }
    if (type.getCallSignatures().length === 0) out.push(...this.fields(type, path, e));
    return dedupeTaints(out);
  }

  /**
   * What a field of a class holds, read as `this.f`: every value the class writes to it (its
   * initializer, `this.f = e` in any method, a constructor parameter property). A value that
   * is a parameter of the constructor or of a method of the class is followed to the arguments
   * of `new C(...)` and of `this.m(...)`/`x.m(...)` calls in the class's file.
   */
  private classField(symbol: ts.Symbol, depth: number): Taint[] {
    const decl = symbol.valueDeclaration;
    if (!decl) return [];
    let cls: ts.ClassLikeDeclaration;
    if (isPropertyDeclaration(decl) && isClassLike(decl.parent)) cls = decl.parent;
    else if (
      isParameter(decl) &&
      isConstructorDeclaration(decl.parent) &&
      isParameterPropertyDeclaration(decl, decl.parent)
    )
      cls = decl.parent.parent;
    else return [];
    const cached = this.byField.get(symbol);
    if (cached) return [...cached];
    if (this.inProgress.has(decl)) return [];
    this.inProgress.add(decl);
    try {
      const out: Taint[] = [];
      for (const value of fieldWrites(cls).get(symbol.name) ?? []) {
        const taints = isParameter(value)
          ? [
              this.paramOf(value),
              ...(isIdentifier(value.name)
                ? this.declared(value, value.name.text, value.name)
                : []),
            ]
          : this.taintsOf(value, depth);
        for (const t of taints) {
          if (t.kind === "pi") out.push(t);
          else out.push(...this.argumentsOf(cls, t, depth));
        }
      }
      const taints = dedupeTaints(out);
      this.byField.set(symbol, taints);
      return taints;
    } finally {
      this.inProgress.delete(decl);
    }
  }

  private paramOf(p: ts.ParameterDeclaration): ParamTaint {
    const fn = p.parent;
    return { kind: "param", fn, index: fn.parameters.indexOf(p), steps: [p.name] };
  }

  /** The PI passed, in the class's file, to the parameter of its constructor or method a taint names. */
  private argumentsOf(cls: ts.ClassLikeDeclaration, t: ParamTaint, depth: number): Taint[] {
    const fn = t.fn;
    if (fn.parent !== cls || !(isConstructorDeclaration(fn) || isMethodDeclaration(fn))) return [];
    const out: Taint[] = [];
    for (const call of callsOf(cls, fn, this.checker)) {
      const rest = fn.parameters[t.index]?.dotDotDotToken !== undefined;
      const args = call.arguments ?? [];
      for (const a of rest ? args.slice(t.index) : args.slice(t.index, t.index + 1))
        for (const x of this.taintsOf(a, depth))
          if (x.kind === "pi") out.push(withStep(withStep(x, call), t.steps[0] ?? fn));
    }
    return out;
  }

  private localProperty(base: ts.Expression, key: string): Taint[] | undefined {
    if (!isIdentifier(base)) return undefined;
    const d = this.types.symbolAt(base)?.valueDeclaration;
    if (!d || !isVariableDeclaration(d) || !d.initializer) return undefined;
    const init = unwrapExpression(d.initializer);
    if (!isObjectLiteralExpression(init)) return undefined;
    for (const p of init.properties) {
      if (isSpreadAssignment(p)) return undefined;
      const n = p.name;
      if (n && (isIdentifier(n) || isStringLiteralLike(n)) && n.text === key)
        return this.property(p, 0);
    }
    return [];
  }

  private call(call: ts.CallExpression, depth: number): Taint[] {
    const callee = unwrapExpression(call.expression);
    const name = lastName(callee);
    if (name !== undefined && this.ctx.consent.isSanitizer(name)) return [];
    if (isPartialValue(call)) return [];
    if (call.arguments.length === 0 && isPropertyAccessExpression(callee)) {
      const got = this.untyped.getter(call, callee, depth);
      if (got) return got;
    }
    const args = () =>
      dedupeTaints(
        call.arguments.flatMap((a) => (isFunctionLike(a) ? [] : this.taintsOf(a, depth))),
      ).map((t) => withStep(t, call));
    const global = globalName(callee);
    if (global !== undefined && stringifiers.has(global)) return args();
    const flow = this.hooks.returnFlowOf(call);
    if (flow) {
      const out: Taint[] = [...flow.taints.map((t) => withStep(t, call))];
      for (const i of flow.params) {
        const a = call.arguments[i];
        if (a) out.push(...this.taintsOf(a, depth).map((t) => withStep(t, call)));
      }
      return dedupeTaints(out);
    }
    if (isPropertyAccessExpression(callee) && name !== undefined) {
      if (callbackMethods.has(name) || reduceMethods.has(name)) {
        const cb = call.arguments[0];
        if (cb && (isArrowFunction(cb) || isFunctionExpression(cb))) {
          const initial = reduceMethods.has(name) ? call.arguments.slice(1, 2) : [];
          return dedupeTaints(
            [...initial, ...returnedExpressions(cb)].flatMap((r) => this.taintsOf(r, depth)),
          ).map((t) => withStep(t, call));
        }
      }
      if (passThroughMethods.has(name) && this.isStringOrArray(callee.expression)) {
        if (!stringOrArrayResults.has(name)) {
          const type = this.checker.getTypeAtLocation(call);
          if (type.flags & (TypeFlags.BooleanLike | TypeFlags.NumberLike)) return [];
        }
        return dedupeTaints([...this.taintsOf(callee.expression, depth), ...args()]).map((t) =>
          withStep(t, call),
        );
      }
    }
    if (name !== undefined && valueReturning.has(name)) return args();
    // Only calls that build strings carry their arguments' PI (formatters, encoders, i18n): a
    // query returning `any` or an object would otherwise turn every database read into PI. The
    // arguments are looked at first: resolving the call's type is costly and moot without PI.
    const carried = args();
    if (carried.length === 0) return [];
    const result = this.checker.getTypeAtLocation(call);
    return result.flags & TypeFlags.StringLike ? carried : [];
  }

  /** Receivers whose `slice`, `join`, `find`... are the built-in ones that pass values through. */
  private isStringOrArray(expr: ts.Expression): boolean {
    if (this.syntacticStringOrArray(expr, 0)) return true;
    const type = nonNullable(this.checker, this.types.ofExpression(expr));
    if (type.flags & (TypeFlags.StringLike | TypeFlags.Any)) return true;
    const parts = type.isUnion() ? type.types : [type];
    return parts.every(
      (t) =>
        t.flags & TypeFlags.StringLike ||
        this.checker.isArrayType(t) ||
        this.checker.isTupleType(t) ||
        t.getSymbol()?.name === "Promise",
    );
  }

  /**
   * Whether the syntax alone shows `expr` is a string or an array (literals, a declared `string` or
   * array type, a variable initialised with one, a string or array method's result). Only a yes is
   * an answer: anything else asks the checker. Spares the checker inferring the receiver's type,
   * the costliest query of a lint run.
   */
  private syntacticStringOrArray(expr: ts.Expression, depth: number): boolean {
    if (depth > 4) return false;
    let e = expr;
    while (isParenthesizedExpression(e)) e = e.expression;
    if (
      isStringLiteral(e) ||
      isNoSubstitutionTemplateLiteral(e) ||
      isTemplateExpression(e) ||
      isArrayLiteralExpression(e)
    ) {
      return true;
    }
    if (isBinaryExpression(e) && e.operatorToken.kind === SyntaxKind.PlusToken) {
      return [e.left, e.right].some(
        (side) =>
          isStringLiteral(side) ||
          isNoSubstitutionTemplateLiteral(side) ||
          isTemplateExpression(side),
      );
    }
    if (isCallExpression(e)) {
      const callee = e.expression;
      return (
        isPropertyAccessExpression(callee) &&
        stringOrArrayResults.has(callee.name.text) &&
        this.syntacticStringOrArray(callee.expression, depth + 1)
      );
    }
    if (!isIdentifier(e) && !isPropertyAccessExpression(e)) return false;
    // A transient symbol (a mapped, instantiated or union property) may not have its declared type.
    const symbol = isIdentifier(e) ? this.types.symbolAt(e) : this.types.member(e).symbol;
    if (!symbol || symbol.flags & SymbolFlags.Transient) return false;
    const d = symbol.valueDeclaration;
    if (!d) return false;
    const typeNode = (d as { type?: ts.TypeNode }).type;
    if (
      isParameter(d) ||
      isVariableDeclaration(d) ||
      isPropertyDeclaration(d) ||
      isPropertySignature(d)
    ) {
      if (typeNode) return stringOrArrayTypeNode(typeNode);
      if (isVariableDeclaration(d) && d.initializer && isIdentifier(d.name)) {
        return this.syntacticStringOrArray(d.initializer, depth + 1);
      }
    }
    return false;
  }
}
