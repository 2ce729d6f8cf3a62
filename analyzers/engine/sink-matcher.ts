import type { ts } from "ts-morph";
import {
  NodeFlags,
  SymbolFlags,
  SyntaxKind,
  escapeLeadingUnderscores,
  forEachChild,
  getCombinedNodeFlags,
  isBinaryExpression,
  isBindingElement,
  isCallExpression,
  isClassDeclaration,
  isElementAccessExpression,
  isExportSpecifier,
  isExternalModuleReference,
  isFunctionDeclaration,
  isIdentifier,
  isImportClause,
  isImportDeclaration,
  isImportEqualsDeclaration,
  isImportSpecifier,
  isMethodDeclaration,
  isModuleDeclaration,
  isNamespaceImport,
  isParameter,
  isPostfixUnaryExpression,
  isPrefixUnaryExpression,
  isNewExpression,
  isObjectBindingPattern,
  isPropertyAccessExpression,
  isSourceFile,
  isStringLiteral,
  isStringLiteralLike,
  isVariableDeclaration,
} from "./typescript-functions.js";
import {
  normaliseModule,
  type CompiledSink,
  type CompiledSinkCatalog,
  type ReceiverTypeEntry,
} from "../sinks/compile-sink-catalog.js";
import { nonNullable } from "./declared-types.js";
import type { FileBindings } from "./file-bindings.js";
import type { ProgramModules } from "./program-modules.js";
import { fieldWrites } from "./field-writes.js";
import { InferredSinks } from "./inferred-sinks.js";
import { writeOperators } from "./write-operators.js";
import { thisBinding } from "./this-binding.js";
import { calleeNameNode, lastName, unwrapExpression } from "./unwrap-expression.js";
import { returnedExpressions } from "./returned-expressions.js";

const maxFollow = 6;

/**
 * Recognises sink calls. A callee is reduced to a qualified name (`m:axios.create().post`,
 * `g:console.log`) by resolving its root identifier to an import, a `require`, a global, or a
 * variable initialised from one (followed across files); then the catalog's maps are read. Receiver
 * types and receiver names are the fallbacks for values whose origin is out of reach.
 */
export class SinkMatcher {
  private readonly roots = new WeakMap<ts.Symbol, string | null>();
  /** Roots of names a file declares once at module scope, by declaration (see FileBindings). */
  private readonly declarationRoots = new WeakMap<ts.Node, string | null>();
  /** Roots of globals, by depth and name (see FileBindings). */
  private readonly globalRoots = new Map<string, string | undefined>();
  /** Each file's module exports, for {@link augmented}. */
  private readonly moduleExports = new WeakMap<ts.SourceFile, ts.SymbolTable | null>();
  /** Roots of imports of relative modules, by depth and {@link relativeImportKey}. */
  private readonly importRoots = new Map<string, string | undefined>();
  private readonly typeModules = new WeakMap<
    ts.Type,
    { name: string; module: string | undefined } | null
  >();
  private readonly wildcardModules: readonly [string, CompiledSink][];

  private readonly typedByMethod = new Map<string, readonly ReceiverTypeEntry[]>();

  /** The last member name of every qualified sink (`post` of `m:axios.create().post`). */
  private readonly lastNames = new Set<string>();
  private readonly matches = new WeakMap<ts.Node, CompiledSink | null>();
  private wildcardMentioned: boolean | undefined;
  private readonly inferred: InferredSinks;

  /**
   * @param modules - which modules the program holds or names: receiver-type entries of absent
   *   modules are skipped, so the receiver's type (a costly query on every method call) is only
   *   asked when some entry could match it; and a method no qualified sink ends with has its
   *   callee's root resolved only when a module-wide sink's module is named somewhere
   * @param bindingsOf - a file's own declarations, which answer for most callee roots without
   *   the checker; without it every root is resolved by the checker
   */
  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly catalog: CompiledSinkCatalog,
    private readonly modules: ProgramModules = { present: () => true, mentioned: () => true },
    private readonly bindingsOf?: (sf: ts.SourceFile) => FileBindings,
  ) {
    this.wildcardModules = [...catalog.byModuleWildcard];
    this.inferred = new InferredSinks(checker, catalog);
    for (const key of catalog.byQualifiedName.keys()) {
      const dot = key.lastIndexOf(".");
      if (dot > 0) this.lastNames.add(key.slice(dot + 1));
    }
  }

  /**
   * Whether the callee can have a qualified name the catalog knows: a member call `x.m()` only when
   * some qualified sink ends with `.m`, or a module-wide sink's module is named in the program.
   */
  private mayBeQualifiedSink(callee: ts.Expression): boolean {
    const member = isPropertyAccessExpression(callee)
      ? callee.name.text
      : isElementAccessExpression(callee) && isStringLiteralLike(callee.argumentExpression)
        ? callee.argumentExpression.text
        : undefined;
    if (member === undefined || member.includes(".") || this.lastNames.has(member)) return true;
    this.wildcardMentioned ??= this.wildcardModules.some(([m]) => this.modules.mentioned(m));
    return this.wildcardMentioned;
  }

  /** The receiver-type entries a method name can match, without those of absent modules. */
  private typedEntries(method: string): readonly ReceiverTypeEntry[] {
    let entries = this.typedByMethod.get(method);
    if (!entries) {
      entries = [
        ...(this.catalog.byReceiverType.get(method) ?? []),
        ...(this.catalog.byReceiverType.get("*") ?? []),
      ].filter(
        (e) =>
          !(e.typeName === "*" && e.module === undefined) &&
          (e.module === undefined || this.modules.present(e.module)),
      );
      this.typedByMethod.set(method, entries);
    }
    return entries;
  }

  /** The sink a call (or `new` expression) enters, if any; memoised per call. */
  match(call: ts.CallExpression | ts.NewExpression): CompiledSink | undefined {
    let hit = this.matches.get(call);
    if (hit === undefined) {
      hit = this.matchCall(call) ?? null;
      this.matches.set(call, hit);
    }
    return hit ?? undefined;
  }

  private matchCall(call: ts.CallExpression | ts.NewExpression): CompiledSink | undefined {
    const callee = unwrapExpression(call.expression);
    const qualified = this.mayBeQualifiedSink(callee) ? this.qualifiedName(callee, 0) : undefined;
    if (qualified !== undefined) {
      const hit = this.catalog.byQualifiedName.get(qualified);
      if (hit) return hit;
      for (const [module, sink] of this.wildcardModules) {
        const root = `m:${module}`;
        // `m:tencentcloud-sdk-nodejs-sms...` is another module than `m:tencentcloud-sdk-nodejs`.
        const next = qualified[root.length];
        if (
          qualified.startsWith(root) &&
          (next === "." || next === "(") &&
          qualified.includes("().", root.length)
        )
          return sink;
      }
    }
    if (!isPropertyAccessExpression(callee) || !isCallExpression(call)) return undefined;
    const method = callee.name.text;
    const typed = this.typedEntries(method);
    if (typed.length > 0) {
      const receiver = this.receiverType(callee.expression);
      if (receiver) {
        for (const entry of typed) {
          if (entry.typeName !== "*" && entry.typeName !== receiver.name) continue;
          if (entry.module !== undefined && entry.module !== receiver.module) continue;
          if (entry.typeName === "*" && entry.module === undefined) continue;
          return entry.sink;
        }
      }
    }
    const names = this.catalog.byReceiverName.get(method);
    const receiverName = names ? lastName(callee.expression) : undefined;
    const named = receiverName === undefined ? undefined : names?.get(receiverName.toLowerCase());
    return named ?? this.inferred.match(call, callee);
  }

  /** `m:<module>.<path>` or `g:<global>.<path>` for an expression, or undefined. */
  qualifiedName(expr: ts.Expression, depth: number): string | undefined {
    if (depth > maxFollow) return undefined;
    const e = unwrapExpression(expr);
    if (isIdentifier(e)) return this.rootOf(e, depth);
    if (isPropertyAccessExpression(e)) {
      if (e.expression.kind === SyntaxKind.ThisKeyword) return this.fieldRoot(e, depth);
      const base = this.qualifiedName(e.expression, depth);
      return base === undefined ? undefined : `${base}.${e.name.text}`;
    }
    if (isElementAccessExpression(e) && isStringLiteralLike(e.argumentExpression)) {
      const base = this.qualifiedName(e.expression, depth);
      return base === undefined ? undefined : `${base}.${e.argumentExpression.text}`;
    }
    if (isCallExpression(e) || isNewExpression(e)) {
      // `require("baidu-aip-sdk").ocr`: the module, not a call of a global `require`.
      const required = isCallExpression(e) ? requiredModule(e) : undefined;
      if (required !== undefined) return `m:${normaliseModule(required)}`;
      const base = this.qualifiedName(e.expression, depth);
      if (base !== undefined) return `${base}()`;
      return isCallExpression(e) ? this.factoryRoot(e, depth) : undefined;
    }
    return undefined;
  }

  /**
   * What a class field holds, when the class writes it from a module value (`this.client = new
   * Dysmsapi(config)`, a field initializer): SDK clients are kept in fields, injected or not.
   */
  private fieldRoot(e: ts.PropertyAccessExpression, depth: number): string | undefined {
    const binding = thisBinding(e);
    if (!binding) return undefined;
    for (const value of fieldWrites(binding.cls).get(e.name.text) ?? []) {
      if (isParameter(value)) continue;
      const root = this.qualifiedName(value, depth + 1);
      if (root !== undefined) return root;
    }
    return undefined;
  }

  /**
   * What a call of a local factory returns (`Client.createClient()` returning `new Dysmsapi(...)`,
   * as Alibaba Cloud's own samples write it), when the function's body is in the program.
   */
  private factoryRoot(call: ts.CallExpression, depth: number): string | undefined {
    const at = calleeNameNode(call);
    if (!at) return undefined;
    const d = this.checker.getSymbolAtLocation(at)?.valueDeclaration;
    if (!d || !(isFunctionDeclaration(d) || isMethodDeclaration(d)) || !d.body) return undefined;
    if (d.getSourceFile().isDeclarationFile) return undefined;
    for (const r of returnedExpressions(d)) {
      const root = this.qualifiedName(r, depth + 1);
      if (root !== undefined) return root;
    }
    return undefined;
  }

  private rootOf(id: ts.Identifier, depth: number): string | undefined {
    const sf = id.getSourceFile();
    const found = this.bindingsOf?.(sf)?.lookup(id.text);
    if (found === "global" && id.text !== "undefined" && !this.augmented(sf, id.text)) {
      // Resolved among the globals, not at this location: the same answer for every file.
      const key = `${depth}\u0000${id.text}`;
      if (!this.globalRoots.has(key)) {
        const symbol = this.checker.resolveName(id.text, undefined, SymbolFlags.Value, false);
        this.globalRoots.set(
          key,
          symbol ? this.symbolRoot(symbol, id.text, depth) : `g:${id.text}`,
        );
      }
      return this.globalRoots.get(key);
    }
    if (found !== undefined && found !== "global") {
      const cached = this.declarationRoots.get(found);
      if (cached !== undefined) return cached ?? undefined;
      this.declarationRoots.set(found, null); // cycle guard while resolving
      const root = this.resolveDeclaration(found, id.text, depth, () =>
        this.moduleImportRoot(found, id, depth),
      );
      this.declarationRoots.set(found, root ?? null);
      return root;
    }
    return this.checkerRoot(id, depth);
  }

  private checkerRoot(id: ts.Identifier, depth: number): string | undefined {
    const symbol = this.checker.getSymbolAtLocation(id);
    if (!symbol) return id.text === "undefined" ? undefined : `g:${id.text}`;
    return this.symbolRoot(symbol, id.text, depth);
  }

  private symbolRoot(symbol: ts.Symbol, name: string, depth: number): string | undefined {
    const cached = this.roots.get(symbol);
    if (cached !== undefined) return cached ?? undefined;
    this.roots.set(symbol, null); // cycle guard while resolving
    const d = symbol.declarations?.[0];
    const root = d
      ? this.resolveDeclaration(d, name, depth, () => this.followAlias(symbol, depth))
      : `g:${name}`;
    this.roots.set(symbol, root ?? null);
    return root;
  }

  /**
   * Whether the module a file is has an export it does not declare itself, such as one another
   * file's `declare module "./this-file"` adds: such a name is in the file's scope, not a global.
   */
  private augmented(sf: ts.SourceFile, name: string): boolean {
    let exports = this.moduleExports.get(sf);
    if (exports === undefined) {
      exports = this.checker.getSymbolAtLocation(sf)?.exports ?? null;
      this.moduleExports.set(sf, exports);
    }
    return exports?.has(escapeLeadingUnderscores(name)) ?? false;
  }

  /**
   * What an import of a relative module stands for, found through the checker once per imported
   * module and name: the files of a folder that import `../infra/http.js` share the answer.
   */
  private moduleImportRoot(d: ts.Node, id: ts.Identifier, depth: number): string | undefined {
    // The depth is part of the key: a chain of aliases cut short at a depth is not the answer
    // for an importer that starts shallower.
    const at = relativeImportKey(d);
    const key = at === undefined ? undefined : `${depth}\u0000${at}`;
    if (key !== undefined && this.importRoots.has(key)) return this.importRoots.get(key);
    const symbol = this.checker.getSymbolAtLocation(id);
    const root = symbol ? this.followAlias(symbol, depth) : undefined;
    if (key !== undefined) this.importRoots.set(key, root);
    return root;
  }

  /**
   * The qualified name a declaration gives a name. `alias` answers for an import of a relative
   * module, which is followed to what the module exports.
   */
  private resolveDeclaration(
    d: ts.Node,
    name: string,
    depth: number,
    alias: () => string | undefined,
  ): string | undefined {
    if (isImportSpecifier(d) || isImportClause(d) || isNamespaceImport(d)) {
      const spec = importDeclarationOf(d).moduleSpecifier;
      if (!isStringLiteral(spec)) return undefined;
      if (!spec.text.startsWith(".")) {
        const root = `m:${normaliseModule(spec.text)}`;
        if (!isImportSpecifier(d)) return root;
        const imported = (d.propertyName ?? d.name).text;
        return imported === "default" ? root : `${root}.${imported}`;
      }
      return alias();
    }
    if (isImportEqualsDeclaration(d)) {
      const ref = d.moduleReference;
      if (isExternalModuleReference(ref) && isStringLiteral(ref.expression)) {
        return ref.expression.text.startsWith(".")
          ? alias()
          : `m:${normaliseModule(ref.expression.text)}`;
      }
      return undefined;
    }
    if (isExportSpecifier(d)) return alias();
    if (isVariableDeclaration(d)) {
      const ambientModule = enclosingAmbientModule(d);
      if (d.getSourceFile().isDeclarationFile) {
        return ambientModule === undefined
          ? `g:${name}`
          : `m:${normaliseModule(ambientModule)}.${name}`;
      }
      if (!d.initializer) return undefined;
      const init = unwrapExpression(d.initializer);
      const required = requiredModule(init);
      if (required !== undefined) return `m:${normaliseModule(required)}`;
      // A `let` or `var` the file never assigns again holds its initializer like a `const`
      // (`let smsClient = new SmsClient(...)`, common in untyped code).
      if (
        !(getCombinedNodeFlags(d) & NodeFlags.Const) &&
        reassignedNames(d.getSourceFile()).has(name)
      )
        return undefined;
      return this.qualifiedName(init, depth + 1);
    }
    if (isBindingElement(d)) {
      const pattern = d.parent;
      const holder = pattern.parent;
      if (!isObjectBindingPattern(pattern) || !isVariableDeclaration(holder) || !holder.initializer)
        return undefined;
      const key = d.propertyName ?? d.name;
      if (!isIdentifier(key)) return undefined;
      const init = unwrapExpression(holder.initializer);
      const required = requiredModule(init);
      const base =
        required !== undefined
          ? `m:${normaliseModule(required)}`
          : this.qualifiedName(init, depth + 1);
      return base === undefined ? undefined : `${base}.${key.text}`;
    }
    if (
      (isFunctionDeclaration(d) || isClassDeclaration(d) || isModuleDeclaration(d)) &&
      d.getSourceFile().isDeclarationFile
    ) {
      const ambientModule = enclosingAmbientModule(d);
      return ambientModule === undefined
        ? `g:${name}`
        : `m:${normaliseModule(ambientModule)}.${name}`;
    }
    return undefined;
  }

  private followAlias(symbol: ts.Symbol, depth: number): string | undefined {
    if (!(symbol.flags & SymbolFlags.Alias)) return undefined;
    const target = this.checker.getAliasedSymbol(symbol);
    const d = target.declarations?.[0];
    if (!d) return undefined;
    if (isSourceFile(d)) return undefined;
    if (isVariableDeclaration(d) && d.initializer && !d.getSourceFile().isDeclarationFile) {
      const init = unwrapExpression(d.initializer);
      const required = requiredModule(init);
      if (required !== undefined) return `m:${normaliseModule(required)}`;
      return this.qualifiedName(init, depth + 1);
    }
    if (d.getSourceFile().isDeclarationFile) {
      const ambientModule = enclosingAmbientModule(d);
      return ambientModule === undefined
        ? undefined
        : `m:${normaliseModule(ambientModule)}.${target.name}`;
    }
    return undefined;
  }

  private receiverType(
    expr: ts.Expression,
  ): { name: string; module: string | undefined } | undefined {
    const type = nonNullable(this.checker, this.checker.getTypeAtLocation(expr));
    const cached = this.typeModules.get(type);
    if (cached !== undefined) return cached ?? undefined;
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const d = symbol?.declarations?.[0];
    const verdict = symbol && d ? { name: symbol.name, module: declaringModule(d) } : null;
    this.typeModules.set(type, verdict);
    return verdict ?? undefined;
  }
}

const reassigned = new WeakMap<ts.SourceFile, Set<string>>();

/** Names a file assigns to after their declaration (`x = ...`, `x += ...`, `x++`). */
function reassignedNames(sf: ts.SourceFile): Set<string> {
  let names = reassigned.get(sf);
  if (names) return names;
  names = new Set();
  const found = names;
  const visit = (n: ts.Node): void => {
    if (isBinaryExpression(n) && writeOperators.has(n.operatorToken.kind)) {
      const left = unwrapExpression(n.left);
      if (isIdentifier(left)) found.add(left.text);
    } else if (
      (isPrefixUnaryExpression(n) || isPostfixUnaryExpression(n)) &&
      isIdentifier(n.operand)
    )
      found.add(n.operand.text);
    forEachChild(n, visit);
  };
  visit(sf);
  reassigned.set(sf, names);
  return names;
}

/** The import declaration of an import clause, specifier or namespace import. */
function importDeclarationOf(
  d: ts.ImportClause | ts.ImportSpecifier | ts.NamespaceImport,
): ts.ImportDeclaration | ts.JSDocImportTag {
  return isImportSpecifier(d)
    ? d.parent.parent.parent
    : isImportClause(d)
      ? d.parent
      : d.parent.parent;
}

/**
 * A key naming what an import of a relative module imports: the importing file's folder and
 * module format (which can change how the path resolves), the module's path as written, and the
 * imported name. The files of one folder share it. `undefined` (not shared) for an import with
 * attributes, whose `resolution-mode` may differ.
 */
function relativeImportKey(d: ts.Node): string | undefined {
  let spec: ts.Expression;
  let imported: string;
  if (isImportEqualsDeclaration(d)) {
    if (!isExternalModuleReference(d.moduleReference)) return undefined;
    spec = d.moduleReference.expression;
    imported = "=";
  } else if (isImportSpecifier(d) || isImportClause(d) || isNamespaceImport(d)) {
    const declaration = importDeclarationOf(d);
    if (!isImportDeclaration(declaration) || declaration.attributes) return undefined;
    spec = declaration.moduleSpecifier;
    imported = isImportSpecifier(d)
      ? (d.propertyName ?? d.name).text
      : isImportClause(d)
        ? "default"
        : "*";
  } else return undefined;
  if (!isStringLiteral(spec) || !spec.text.startsWith(".")) return undefined;
  const sf = d.getSourceFile();
  const folder = sf.fileName.slice(0, sf.fileName.lastIndexOf("/"));
  return `${String(sf.impliedNodeFormat)}\u0000${folder}\u0000${spec.text}\u0000${imported}`;
}

/** `require("x")` → `x`. */
function requiredModule(expr: ts.Expression): string | undefined {
  if (
    isCallExpression(expr) &&
    isIdentifier(expr.expression) &&
    expr.expression.text === "require" &&
    expr.arguments.length === 1 &&
    isStringLiteralLike(expr.arguments[0]!)
  ) {
    return (expr.arguments[0] as ts.StringLiteralLike).text;
  }
  return undefined;
}

/** The `declare module "x"` a declaration sits in, if any. */
function enclosingAmbientModule(node: ts.Node): string | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (isModuleDeclaration(n) && isStringLiteral(n.name)) return n.name.text;
  }
  return undefined;
}

/** The module that declares a type: its ambient module, or its package under node_modules. */
function declaringModule(d: ts.Node): string | undefined {
  const ambient = enclosingAmbientModule(d);
  if (ambient !== undefined) return normaliseModule(ambient);
  const file = d.getSourceFile().fileName;
  const m = /\/node_modules\/(?:@types\/)?((?:@[^/]+\/)?[^/]+)\//.exec(file);
  return m?.[1];
}
