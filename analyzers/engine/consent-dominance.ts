import type { ts } from "ts-morph";
import {
  NodeFlags,
  SyntaxKind,
  canHaveDecorators,
  forEachChild,
  getCombinedNodeFlags,
  getDecorators,
  isArrayLiteralExpression,
  isArrowFunction,
  isBinaryExpression,
  isBlock,
  isBreakStatement,
  isCallExpression,
  isCaseClause,
  isClassLike,
  isConditionalExpression,
  isContinueStatement,
  isDefaultClause,
  isExpressionStatement,
  isFunctionExpression,
  isFunctionLike,
  isIdentifier,
  isIfStatement,
  isModuleBlock,
  isNewExpression,
  isObjectLiteralExpression,
  isPrefixUnaryExpression,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isPropertyDeclaration,
  isReturnStatement,
  isSourceFile,
  isSpreadElement,
  isStringLiteralLike,
  isThrowStatement,
  isTryStatement,
  isVariableDeclaration,
  isVariableStatement,
  isVoidExpression,
} from "./typescript-functions.js";
import { guardDecorators } from "../consent/consent-decorators.js";
import type { DeclaredTypes } from "./declared-types.js";
import type { EngineContext } from "./engine-context.js";
import { mayBeNarrowedAt } from "./may-be-narrowed.js";
import { lastName, unwrapExpression } from "./unwrap-expression.js";

/**
 * A consent check: the category ids it names (none means general consent only), and whether it
 * also names the cross-border purpose (PIPL Art. 39: separate consent to provide PI abroad).
 */
export interface ConsentCheck {
  categories: readonly string[];
  crossBorder?: boolean;
  node: ts.Node;
}

interface Branches {
  whenTrue: ConsentCheck[];
  whenFalse: ConsentCheck[];
}

const none: Branches = { whenTrue: [], whenFalse: [] };
const guards = new Set(guardDecorators);

/**
 * The path Egg's router names a controller method by: `controller.face.verify` for `verify` in
 * app/controller/face.js, `controller.admin.userInfo.list` for app/controller/admin/user_info.js.
 */
function eggHandlerPath(fn: ts.SignatureDeclaration, name: string): string | undefined {
  const m = /\/app\/controller\/(.+)\.[cm]?[jt]s$/.exec(fn.getSourceFile().fileName);
  if (!m) return undefined;
  const segments = m[1]!
    .split("/")
    .map((p) => p.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()));
  return ["controller", ...segments, name].join(".");
}

/** The elements of a `middleware: [...]` option among a route decorator's arguments. */
function routeMiddleware(args: readonly ts.Expression[]): ts.Expression[] {
  const out: ts.Expression[] = [];
  for (const arg of args) {
    const options = unwrapExpression(arg);
    if (!isObjectLiteralExpression(options)) continue;
    for (const p of options.properties) {
      if (
        isPropertyAssignment(p) &&
        isIdentifier(p.name) &&
        p.name.text === "middleware" &&
        isArrayLiteralExpression(p.initializer)
      )
        out.push(...p.initializer.elements);
    }
  }
  return out;
}

/** The name a function is declared or held under (`function f`, `const f = () => …`, a method). */
function declaredName(fn: ts.SignatureDeclaration): string | undefined {
  const own = fn.name;
  if (own && isIdentifier(own)) return own.text;
  const holder = fn.parent;
  if (holder && isVariableDeclaration(holder) && isIdentifier(holder.name)) return holder.name.text;
  return undefined;
}

/**
 * Finds the consent checks that dominate a node: assertions in earlier statements of every
 * enclosing block, `if`/ternary/`&&` branches guarded by a predicate, code after an early
 * `return`/`throw` on a failed check, and consent decorators on the enclosing method. Callbacks
 * passed to calls inherit the checks around the call.
 */
export class ConsentDominance {
  private readonly memo = new WeakMap<ts.Node, readonly ConsentCheck[]>();
  /** Egg's app/router.js and app/router/*.js, found once. */
  private routerFiles: readonly ts.SourceFile[] | undefined;
  private readonly routes = new WeakMap<
    ts.SourceFile,
    Map<string, [ts.CallExpression, ts.Node][]>
  >();

  /**
   * @param files - the program's files, where routes registered in another module are looked
   *   for (Egg's app/router.js); only this file's when there is no program
   */
  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly types: DeclaredTypes,
    private readonly ctx: EngineContext,
    private readonly files: () => readonly ts.SourceFile[] = () => [],
  ) {}

  /** The checks that hold whenever `node` runs. */
  checksAt(node: ts.Node): readonly ConsentCheck[] {
    const cached = this.memo.get(node);
    if (cached) return cached;
    const out: ConsentCheck[] = [];
    let child: ts.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (
        isBlock(parent) ||
        isSourceFile(parent) ||
        isModuleBlock(parent) ||
        isCaseClause(parent) ||
        isDefaultClause(parent)
      ) {
        for (const statement of parent.statements) {
          if (statement === child) break;
          out.push(...this.statementChecks(statement));
        }
      } else if (isIfStatement(parent) && child !== parent.expression) {
        const b = this.conditionChecks(parent.expression);
        out.push(...(child === parent.thenStatement ? b.whenTrue : b.whenFalse));
      } else if (isConditionalExpression(parent) && child !== parent.condition) {
        const b = this.conditionChecks(parent.condition);
        out.push(...(child === parent.whenTrue ? b.whenTrue : b.whenFalse));
      } else if (isBinaryExpression(parent) && child === parent.right) {
        const op = parent.operatorToken.kind;
        const b = this.conditionChecks(parent.left);
        if (op === SyntaxKind.AmpersandAmpersandToken) out.push(...b.whenTrue);
        else if (op === SyntaxKind.BarBarToken) out.push(...b.whenFalse);
      } else if (isFunctionLike(parent)) {
        out.push(...this.decoratorChecks(parent));
        out.push(...this.routeChecks(parent));
        const cls = memberClass(parent);
        if (cls) out.push(...this.decoratorChecks(cls));
        if (!isCallback(parent)) break;
      }
    }
    this.memo.set(node, out);
    return out;
  }

  /** The consent call a call expression is, with its style and the categories it names. */
  consentCall(
    call: ts.CallExpression,
  ): { style: "assertion" | "predicate"; check: ConsentCheck } | undefined {
    const callee = unwrapExpression(call.expression);
    const name = lastName(callee);
    if (name === undefined) return undefined;
    const specs = this.ctx.consent.functions.get(name);
    if (!specs) return undefined;
    const receiver = isPropertyAccessExpression(callee)
      ? (lastName(callee.expression) ?? "")
      : undefined;
    const spec = specs.find(
      (s) =>
        s.receiver === undefined ||
        (receiver !== undefined && receiver.toLowerCase().includes(s.receiver.toLowerCase())),
    );
    if (!spec) return undefined;
    return {
      style: spec.style,
      check: { ...this.consentArguments(call.arguments), node: call },
    };
  }

  private statementChecks(statement: ts.Statement): ConsentCheck[] {
    if (isExpressionStatement(statement)) return this.assertionChecks(statement.expression);
    if (isVariableStatement(statement)) {
      return statement.declarationList.declarations.flatMap((d) =>
        d.initializer ? this.assertionChecks(d.initializer) : [],
      );
    }
    if (isIfStatement(statement) && alwaysExits(statement.thenStatement)) {
      return this.conditionChecks(statement.expression).whenFalse;
    }
    // `try { await requireConsent(...) } catch { return }`: code after the try runs only when
    // the assertion passed, unless the catch swallows the failure and falls through.
    if (
      isTryStatement(statement) &&
      (!statement.catchClause || alwaysExits(statement.catchClause.block))
    ) {
      return statement.tryBlock.statements.flatMap((s) => this.statementChecks(s));
    }
    return [];
  }

  private assertionChecks(expr: ts.Expression): ConsentCheck[] {
    const e = unwrapExpression(isVoidExpression(expr) ? expr.expression : expr);
    if (!isCallExpression(e)) return [];
    const c = this.consentCall(e);
    return c?.style === "assertion" ? [c.check] : [];
  }

  private conditionChecks(expr: ts.Expression, depth = 0): Branches {
    if (depth > 4) return none;
    const e = unwrapExpression(expr);
    if (isPrefixUnaryExpression(e) && e.operator === SyntaxKind.ExclamationToken) {
      const b = this.conditionChecks(e.operand, depth + 1);
      return { whenTrue: b.whenFalse, whenFalse: b.whenTrue };
    }
    if (isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === SyntaxKind.AmpersandAmpersandToken) {
        const l = this.conditionChecks(e.left, depth + 1);
        const r = this.conditionChecks(e.right, depth + 1);
        return { whenTrue: [...l.whenTrue, ...r.whenTrue], whenFalse: [] };
      }
      if (op === SyntaxKind.BarBarToken) {
        const l = this.conditionChecks(e.left, depth + 1);
        const r = this.conditionChecks(e.right, depth + 1);
        return { whenTrue: [], whenFalse: [...l.whenFalse, ...r.whenFalse] };
      }
      return none;
    }
    if (isCallExpression(e)) {
      const c = this.consentCall(e);
      return c?.style === "predicate" ? { whenTrue: [c.check], whenFalse: [] } : none;
    }
    if (isIdentifier(e)) {
      const d = this.checker.getSymbolAtLocation(e)?.valueDeclaration;
      if (
        d &&
        isVariableDeclaration(d) &&
        d.initializer &&
        getCombinedNodeFlags(d) & NodeFlags.Const
      ) {
        return this.conditionChecks(d.initializer, depth + 1);
      }
    }
    return none;
  }

  /**
   * Consent decorators on a method (covering its body) or a class (covering every method), and
   * consent guards passed to a guard decorator (`@UseGuards(ConsentGuard("face"))`).
   */
  private decoratorChecks(fn: ts.SignatureDeclaration | ts.ClassLikeDeclaration): ConsentCheck[] {
    if (!canHaveDecorators(fn)) return [];
    const out: ConsentCheck[] = [];
    for (const decorator of getDecorators(fn) ?? []) {
      const e = decorator.expression;
      const callee = isCallExpression(e) ? e.expression : e;
      const name = lastName(callee);
      if (name === undefined) continue;
      if (this.ctx.consent.decorators.has(name)) {
        out.push({
          ...(isCallExpression(e) ? this.consentArguments(e.arguments) : { categories: [] }),
          node: decorator,
        });
      } else if (guards.has(name) && isCallExpression(e)) {
        for (const guard of e.arguments) {
          const check = this.guardCheck(guard);
          if (check) out.push(check);
        }
      } else if (isCallExpression(e)) {
        // Midway routes take middleware in their options: `@Post("/face", { middleware: [...] })`,
        // `@Controller("/kyc", { middleware: [...] })`.
        for (const m of routeMiddleware(e.arguments)) {
          const check = this.guardCheck(m);
          if (check) out.push(check);
        }
      }
    }
    return out;
  }

  /**
   * A consent guard or middleware, as passed to `@UseGuards` or in a route's chain:
   * `ConsentGuard("face")`, `new ConsentGuard(["face"])`, a bare `ConsentGuard` (general consent),
   * or a call of an assertion-style consent function (`requireConsent("face")`).
   */
  private guardCheck(expr: ts.Expression): ConsentCheck | undefined {
    const e = unwrapExpression(expr);
    if (isCallExpression(e)) {
      const call = this.consentCall(e);
      if (call?.style === "assertion") return call.check;
    }
    const callee = isCallExpression(e) || isNewExpression(e) ? e.expression : e;
    const name = lastName(callee);
    if (name === undefined || !this.ctx.consent.decorators.has(name)) return undefined;
    const args = isCallExpression(e) || isNewExpression(e) ? (e.arguments ?? []) : [];
    return { ...this.consentArguments(args), node: e };
  }

  /**
   * Consent middleware before a handler in a route's chain (Koa, Express, Egg, Midway routers):
   * `router.post("/face", requireConsent("face"), handler)`, for an inline handler or one this
   * file declares and passes by name.
   */
  private routeChecks(fn: ts.SignatureDeclaration): ConsentCheck[] {
    const out: ConsentCheck[] = [];
    const parent = fn.parent;
    if ((isArrowFunction(fn) || isFunctionExpression(fn)) && parent && isCallExpression(parent))
      out.push(...this.chainBefore(parent, fn));
    const name = declaredName(fn);
    if (name !== undefined) {
      for (const [call, arg] of this.routeRegistrations(fn.getSourceFile()).get(name) ?? [])
        out.push(...this.chainBefore(call, arg));
      // Egg: `router.post("/face", middleware.consent("face"), controller.face.verify)` in
      // app/router.js names a method of app/controller/face.js by its path.
      const handler = eggHandlerPath(fn, name);
      if (handler !== undefined) {
        this.routerFiles ??= this.files().filter((f) =>
          /\/app\/router(?:\.[cm]?[jt]s$|\/)/.test(f.fileName),
        );
        for (const sf of this.routerFiles) {
          for (const [call, arg] of this.routeRegistrations(sf).get(name) ?? [])
            if (arg.getText().replace(/^(?:this\.)?(?:app\.)?/, "") === handler)
              out.push(...this.chainBefore(call, arg));
        }
      }
    }
    return out;
  }

  private chainBefore(call: ts.CallExpression, handler: ts.Node): ConsentCheck[] {
    const out: ConsentCheck[] = [];
    for (const arg of call.arguments) {
      if (arg === handler) break;
      const check = this.guardCheck(arg) ?? this.consentMiddleware(arg);
      if (check) out.push(check);
    }
    return out;
  }

  /**
   * In a route's chain, a middleware named for consent (`app.middleware.consent("face")`,
   * `consentRequired("face")`): Egg and Koa apps name their own.
   */
  private consentMiddleware(expr: ts.Expression): ConsentCheck | undefined {
    const e = unwrapExpression(expr);
    if (!isCallExpression(e)) return undefined;
    const name = lastName(e.expression);
    if (name === undefined || !/consent/i.test(name)) return undefined;
    return { ...this.consentArguments(e.arguments), node: e };
  }

  private mentionsConsent(sf: ts.SourceFile): boolean {
    const text = sf.text;
    if (/consent/i.test(text)) return true;
    for (const name of this.ctx.consent.functions.keys()) if (text.includes(name)) return true;
    for (const name of this.ctx.consent.decorators) if (text.includes(name)) return true;
    return false;
  }

  /**
   * Calls of a file that pass a handler by name after other arguments (`router.get(path, mw,
   * handler)`, `router.get(path, mw, ctrl.handler)`), by the handler's name. One walk per file.
   */
  private routeRegistrations(sf: ts.SourceFile): Map<string, [ts.CallExpression, ts.Node][]> {
    let found = this.routes.get(sf);
    if (found) return found;
    const routes = new Map<string, [ts.CallExpression, ts.Node][]>();
    // A file that names no consent function or guard registers no consent middleware: not walked
    // (a lint would otherwise walk every file twice).
    if (!this.mentionsConsent(sf)) {
      this.routes.set(sf, routes);
      return routes;
    }
    const visit = (n: ts.Node): void => {
      if (isCallExpression(n) && n.arguments.length >= 2) {
        for (const arg of n.arguments.slice(1)) {
          const name = lastName(arg);
          if (name === undefined || !(isIdentifier(arg) || isPropertyAccessExpression(arg)))
            continue;
          const list = routes.get(name) ?? [];
          list.push([n, arg]);
          routes.set(name, list);
        }
      }
      forEachChild(n, visit);
    };
    visit(sf);
    found = routes;
    this.routes.set(sf, found);
    return found;
  }

  /**
   * Category ids named by string literals, arrays of them, or `as const` constants, and whether
   * one of them is a cross-border purpose (`"cross-border"`, `"overseas"`, the config's).
   */
  private consentArguments(args: readonly ts.Expression[]): {
    categories: string[];
    crossBorder?: true;
  } {
    const ids = new Set<string>();
    let crossBorder = false;
    const add = (value: string) => {
      if (this.ctx.transfers.crossBorderPurposes.has(value)) crossBorder = true;
      const c = this.ctx.taxonomy.resolve(value);
      if (c) ids.add(c.id);
    };
    const visit = (expr: ts.Expression, depth: number): void => {
      if (depth > 3) return;
      const e = unwrapExpression(isSpreadElement(expr) ? expr.expression : expr);
      if (isStringLiteralLike(e)) return add(e.text);
      if (isArrayLiteralExpression(e)) return e.elements.forEach((x) => visit(x, depth + 1));
      // Where nothing before can narrow the argument, its declared type is the checker's answer.
      const declared = this.types.declared(e);
      const type = declared && !mayBeNarrowedAt(e) ? declared : this.checker.getTypeAtLocation(e);
      if (type.isStringLiteral()) return add(type.value);
      if (this.checker.isTupleType(type)) {
        for (const t of this.checker.getTypeArguments(type as ts.TypeReference))
          if (t.isStringLiteral()) add(t.value);
      }
    };
    for (const a of args) visit(a, 0);
    return crossBorder ? { categories: [...ids], crossBorder } : { categories: [...ids] };
  }
}

/** Whether a statement always leaves the rest of its block (`return`, `throw`, `continue`, `break`). */
function alwaysExits(statement: ts.Statement): boolean {
  if (
    isReturnStatement(statement) ||
    isThrowStatement(statement) ||
    isContinueStatement(statement) ||
    isBreakStatement(statement)
  ) {
    return true;
  }
  if (isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && alwaysExits(last);
  }
  return false;
}

/** The class whose member a function is: a method, accessor, constructor or arrow-valued field. */
function memberClass(fn: ts.SignatureDeclaration): ts.ClassLikeDeclaration | undefined {
  const holder = isPropertyDeclaration(fn.parent) ? fn.parent : fn;
  return holder.parent && isClassLike(holder.parent) ? holder.parent : undefined;
}

/** A function expression passed directly to a call (`items.forEach(x => ...)`). */
function isCallback(fn: ts.Node): boolean {
  return (
    (isArrowFunction(fn) || isFunctionExpression(fn)) &&
    fn.parent !== undefined &&
    (isCallExpression(fn.parent) || isNewExpression(fn.parent))
  );
}
