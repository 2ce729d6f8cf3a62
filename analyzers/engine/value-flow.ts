import { ts } from "ts-morph";
import type { EngineContext } from "./engine-context.js";
import type { PiClassifier } from "./pi-classifier.js";
import { maskLiteral } from "./mask-literal.js";
import { dedupeTaints, withStep, type ParamTaint, type PiTaint, type Taint } from "./taint.js";
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
}

const passThroughMethods = new Set([
  "concat",
  "filter",
  "slice",
  "splice",
  "reverse",
  "sort",
  "toSorted",
  "toReversed",
  "join",
  "toString",
  "toLocaleString",
  "valueOf",
  "trim",
  "trimStart",
  "trimEnd",
  "toUpperCase",
  "toLowerCase",
  "padStart",
  "padEnd",
  "substring",
  "substr",
  "replace",
  "replaceAll",
  "split",
  "at",
  "flat",
  "find",
  "findLast",
  "values",
  "normalize",
  "repeat",
  "charAt",
  "entries",
  "toJSON",
  "then",
]);
const callbackMethods = new Set(["map", "flatMap"]);
const stringifiers = new Set([
  "g:JSON.stringify",
  "g:String",
  "g:Object.values",
  "g:Object.entries",
  "g:Array.from",
  "g:Buffer.from",
  "g:Object.assign",
  "g:encodeURIComponent",
  "g:encodeURI",
  "g:structuredClone",
]);

/**
 * Follows PI through expressions: variables and reassignment, destructuring, spreads, object and
 * array literals, template literals and `+`, `JSON.stringify`/`String()`/`.toString()`, array
 * callbacks, `await`, and calls of summarised helpers. Sanitizers stop the flow; boolean tests,
 * comparisons and arithmetic carry no PI.
 */
export class ValueFlow {
  private readonly byDeclaration = new WeakMap<ts.Node, readonly Taint[]>();
  private readonly inProgress = new Set<ts.Node>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly ctx: EngineContext,
    private readonly classifier: PiClassifier,
    private readonly hooks: FlowHooks,
  ) {}

  /** What an expression carries. */
  taintsOf(expr: ts.Expression, depth = 0): Taint[] {
    if (depth > 40) return [];
    const e = unwrapExpression(expr);
    const d = depth + 1;
    if (ts.isStringLiteralLike(e)) return this.literal(e, undefined);
    if (ts.isTemplateExpression(e))
      return dedupeTaints(e.templateSpans.flatMap((s) => this.taintsOf(s.expression, d)));
    if (ts.isTaggedTemplateExpression(e)) {
      return ts.isTemplateExpression(e.template)
        ? dedupeTaints(e.template.templateSpans.flatMap((s) => this.taintsOf(s.expression, d)))
        : [];
    }
    if (ts.isIdentifier(e)) return this.identifier(e, d);
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e))
      return this.member(e, d);
    if (ts.isCallExpression(e)) return this.call(e, d);
    if (ts.isObjectLiteralExpression(e))
      return dedupeTaints(e.properties.flatMap((p) => this.property(p, d)));
    if (ts.isArrayLiteralExpression(e)) {
      return dedupeTaints(
        e.elements.flatMap((x) => this.taintsOf(ts.isSpreadElement(x) ? x.expression : x, d)),
      );
    }
    if (ts.isConditionalExpression(e))
      return dedupeTaints([...this.taintsOf(e.whenTrue, d), ...this.taintsOf(e.whenFalse, d)]);
    if (ts.isBinaryExpression(e)) {
      switch (e.operatorToken.kind) {
        case ts.SyntaxKind.PlusToken:
        case ts.SyntaxKind.PlusEqualsToken:
        case ts.SyntaxKind.BarBarToken:
        case ts.SyntaxKind.QuestionQuestionToken:
          return dedupeTaints([...this.taintsOf(e.left, d), ...this.taintsOf(e.right, d)]);
        case ts.SyntaxKind.AmpersandAmpersandToken:
        case ts.SyntaxKind.CommaToken:
        case ts.SyntaxKind.EqualsToken:
          return this.taintsOf(e.right, d);
        default:
          return [];
      }
    }
    if (ts.isSpreadElement(e)) return this.taintsOf(e.expression, d);
    return [];
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
    if (ts.isPropertyAssignment(p)) return this.taintsOf(p.initializer, depth);
    if (ts.isShorthandPropertyAssignment(p)) {
      const symbol = this.checker.getShorthandAssignmentValueSymbol(p);
      const d = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
      return d ? this.declaration(d, p.name, depth) : [];
    }
    if (ts.isSpreadAssignment(p)) return this.taintsOf(p.expression, depth);
    return [];
  }

  private identifier(id: ts.Identifier, depth: number): Taint[] {
    let symbol = this.checker.getSymbolAtLocation(id);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias)
      symbol = this.checker.getAliasedSymbol(symbol);
    const d = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    return d ? this.declaration(d, id, depth) : [];
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
    const name = ts.isIdentifier(use) ? use.text : use.getText();
    if (ts.isParameter(d)) {
      const fn = d.parent;
      const param: ParamTaint = {
        kind: "param",
        fn,
        index: fn.parameters.indexOf(d),
        steps: [d.name],
      };
      if (!ts.isIdentifier(d.name)) return [param];
      return [param, ...this.declared(d, d.name.text, d.name)];
    }
    if (ts.isVariableDeclaration(d) && ts.isIdentifier(d.name)) {
      const loop = d.parent.parent;
      if (loop && (ts.isForOfStatement(loop) || ts.isForInStatement(loop))) {
        const own = this.declared(d, d.name.text, d.name);
        if (own.length > 0 || ts.isForInStatement(loop)) return own;
        return this.taintsOf(loop.expression, depth).map((t) => withStep(t, d.name));
      }
      const tag = this.classifier.tagCategory(d);
      const flow: Taint[] = [];
      if (tag)
        flow.push({
          kind: "pi",
          category: tag,
          fieldPath: d.name.text,
          origin: "tag",
          steps: [d.name],
        });
      if (d.initializer) {
        const init = unwrapExpression(d.initializer);
        const own = ts.isStringLiteralLike(init)
          ? this.literal(init, d.name.text)
          : this.taintsOf(init, depth);
        flow.push(...own.map((t) => withStep(t, d.name)));
      }
      for (const a of this.hooks.assignmentsTo(d))
        flow.push(...this.taintsOf(a, depth).map((t) => withStep(t, d.name)));
      // PI the initializer carries as a field, name or tag (`const phone = user.mobile`) is the
      // data the declaration's own name and type would name a second time, so it replaces them.
      // A validated literal names no field: it is one value found inside the initializer (a
      // summarised helper's `return { mobile: "13800138000", ... }`), so the PI fields of the
      // declared type are still held and are added to it, never replaced by it.
      if (flow.some((t) => t.kind === "pi" && t.origin !== "literal")) return flow;
      const init = d.initializer ? unwrapExpression(d.initializer) : undefined;
      const literalShape =
        init !== undefined &&
        (ts.isObjectLiteralExpression(init) || ts.isArrayLiteralExpression(init));
      return [
        ...flow,
        ...(literalShape
          ? this.nameOnly(d, d.name.text, d.name)
          : this.declared(d, d.name.text, d.name)),
      ];
    }
    if (ts.isBindingElement(d) && ts.isIdentifier(d.name))
      return this.bindingElement(d, d.name, depth);
    if (ts.isPropertySignature(d) || ts.isPropertyDeclaration(d) || ts.isPropertyAssignment(d)) {
      return this.declared(d, name, use);
    }
    if (
      ts.isFunctionLike(d) ||
      ts.isClassLike(d) ||
      ts.isEnumDeclaration(d) ||
      ts.isModuleDeclaration(d) ||
      ts.isSourceFile(d)
    )
      return [];
    return this.declared(d, name, use);
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
    if (ts.isVariableDeclaration(holder)) {
      source = holder.initializer;
      base = source ? pathOf(source) : name.text;
    } else if (ts.isParameter(holder)) {
      base = ts.isIdentifier(holder.name) ? holder.name.text : "";
      const fn = holder.parent;
      out.push({ kind: "param", fn, index: fn.parameters.indexOf(holder), steps: [name] });
    } else if (ts.isBindingElement(holder)) {
      base = "";
    } else {
      base = "";
    }
    if (ts.isArrayBindingPattern(pattern)) {
      return source
        ? [...out, ...this.taintsOf(source, depth).map((t) => withStep(t, name))]
        : [...out, ...this.declared(d, name.text, name)];
    }
    const key = d.propertyName ?? d.name;
    const keyText = ts.isIdentifier(key) || ts.isStringLiteralLike(key) ? key.text : name.text;
    const init = source ? unwrapExpression(source) : undefined;
    if (init && ts.isObjectLiteralExpression(init)) {
      const prop = init.properties.find(
        (p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === keyText,
      );
      return prop ? [...out, ...this.property(prop, depth).map((t) => withStep(t, name))] : out;
    }
    const fieldPath = base ? `${base}.${keyText}` : keyText;
    if (init) {
      const prop = this.checker.getTypeAtLocation(init).getProperty(keyText);
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
    if (own)
      return [
        { kind: "pi", category: own.category, fieldPath: path, origin: own.origin, steps: [at] },
      ];
    return this.fields(this.checker.getTypeAtLocation(d), path, at);
  }

  private nameOnly(d: ts.Node, path: string, at: ts.Node): PiTaint[] {
    const own = this.classifier.declarationPi(d);
    return own
      ? [{ kind: "pi", category: own.category, fieldPath: path, origin: own.origin, steps: [at] }]
      : [];
  }

  private fields(type: ts.Type, path: string, at: ts.Node): PiTaint[] {
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
    const key = ts.isPropertyAccessExpression(e)
      ? e.name.text
      : ts.isStringLiteralLike(e.argumentExpression) || ts.isNumericLiteral(e.argumentExpression)
        ? e.argumentExpression.text
        : undefined;
    const path = pathOf(e);
    const symbol = this.checker.getSymbolAtLocation(
      ts.isPropertyAccessExpression(e) ? e.name : e.argumentExpression,
    );
    if (symbol && !(symbol.flags & ts.SymbolFlags.Method)) {
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
    // A locally built object: read the property's own value.
    const local = key !== undefined ? this.localProperty(base, key) : undefined;
    if (local) return local.map((t) => withStep(t, e));
    const type = this.checker.getTypeAtLocation(e);
    // `x.length`, `x.isValid`: a number or boolean read from a value is not the value.
    if (type.flags & (ts.TypeFlags.BooleanLike | ts.TypeFlags.NumberLike)) return [];
    const baseTaints = this.taintsOf(base, depth);
    for (const t of baseTaints) if (t.kind === "param") out.push(withStep(t, e));
    if (ts.isElementAccessExpression(e) && !ts.isStringLiteralLike(e.argumentExpression)) {
      out.push(...baseTaints.filter((t) => t.kind === "pi").map((t) => withStep(t, e)));
      return dedupeTaints(out);
    }
    if (type.getCallSignatures().length === 0) out.push(...this.fields(type, path, e));
    return dedupeTaints(out);
  }

  private localProperty(base: ts.Expression, key: string): Taint[] | undefined {
    if (!ts.isIdentifier(base)) return undefined;
    const d = this.checker.getSymbolAtLocation(base)?.valueDeclaration;
    if (!d || !ts.isVariableDeclaration(d) || !d.initializer) return undefined;
    const init = unwrapExpression(d.initializer);
    if (!ts.isObjectLiteralExpression(init)) return undefined;
    for (const p of init.properties) {
      if (ts.isSpreadAssignment(p)) return undefined;
      const n = p.name;
      if (n && (ts.isIdentifier(n) || ts.isStringLiteralLike(n)) && n.text === key)
        return this.property(p, 0);
    }
    return [];
  }

  private call(call: ts.CallExpression, depth: number): Taint[] {
    const callee = unwrapExpression(call.expression);
    const name = lastName(callee);
    if (name !== undefined && this.ctx.consent.isSanitizer(name)) return [];
    const args = () =>
      dedupeTaints(
        call.arguments.flatMap((a) => (ts.isFunctionLike(a) ? [] : this.taintsOf(a, depth))),
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
    if (ts.isPropertyAccessExpression(callee) && name !== undefined) {
      if (callbackMethods.has(name)) {
        const cb = call.arguments[0];
        if (cb && (ts.isArrowFunction(cb) || ts.isFunctionExpression(cb))) {
          return dedupeTaints(returnedExpressions(cb).flatMap((r) => this.taintsOf(r, depth))).map(
            (t) => withStep(t, call),
          );
        }
      }
      if (passThroughMethods.has(name) && this.isStringOrArray(callee.expression)) {
        const type = this.checker.getTypeAtLocation(call);
        if (type.flags & (ts.TypeFlags.BooleanLike | ts.TypeFlags.NumberLike)) return [];
        return dedupeTaints([...this.taintsOf(callee.expression, depth), ...args()]).map((t) =>
          withStep(t, call),
        );
      }
    }
    // Only calls that build strings carry their arguments' PI (formatters, encoders, i18n): a
    // query returning `any` or an object would otherwise turn every database read into PI. The
    // arguments are looked at first: resolving the call's type is costly and moot without PI.
    const carried = args();
    if (carried.length === 0) return [];
    const result = this.checker.getTypeAtLocation(call);
    return result.flags & ts.TypeFlags.StringLike ? carried : [];
  }

  /** Receivers whose `slice`, `join`, `find`... are the built-in ones that pass values through. */
  private isStringOrArray(expr: ts.Expression): boolean {
    const type = this.checker.getNonNullableType(this.checker.getTypeAtLocation(expr));
    if (type.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.Any)) return true;
    const parts = type.isUnion() ? type.types : [type];
    return parts.every(
      (t) =>
        t.flags & ts.TypeFlags.StringLike ||
        this.checker.isArrayType(t) ||
        this.checker.isTupleType(t) ||
        t.getSymbol()?.name === "Promise",
    );
  }
}

/** The expressions a function returns (an arrow's expression body, or its `return` statements). */
export function returnedExpressions(fn: ts.SignatureDeclaration): ts.Expression[] {
  const body = (fn as { body?: ts.Node }).body;
  if (!body) return [];
  if (!ts.isBlock(body)) return [body as ts.Expression];
  const out: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isReturnStatement(n)) {
      if (n.expression) out.push(n.expression);
      return;
    }
    if (ts.isFunctionLike(n)) return;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return out;
}

/** `JSON.stringify` → `g:JSON.stringify` when `JSON` is the global; undefined otherwise. */
function globalName(callee: ts.Expression): string | undefined {
  if (ts.isIdentifier(callee)) return `g:${callee.text}`;
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
    return `g:${callee.expression.text}.${callee.name.text}`;
  }
  return undefined;
}

/** A readable path for an expression: `user.mobile`, `orders[0]`, `this.user.mobile` → `user.mobile`. */
export function pathOf(expr: ts.Expression): string {
  const e = unwrapExpression(expr);
  if (ts.isIdentifier(e)) return e.text;
  if (e.kind === ts.SyntaxKind.ThisKeyword) return "this";
  if (ts.isPropertyAccessExpression(e)) {
    const base = pathOf(e.expression);
    return base === "this" ? e.name.text : `${base}.${e.name.text}`;
  }
  if (ts.isElementAccessExpression(e)) {
    const a = e.argumentExpression;
    const base = pathOf(e.expression);
    if (ts.isStringLiteralLike(a)) return `${base}.${a.text}`;
    return `${base}[${ts.isNumericLiteral(a) ? a.text : "i"}]`;
  }
  if (ts.isCallExpression(e)) return `${pathOf(e.expression)}()`;
  const text = e.getText();
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
