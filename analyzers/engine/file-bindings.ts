import type { ts } from "ts-morph";
import {
  NodeFlags,
  forEachChild,
  isBindingElement,
  isClassDeclaration,
  isClassExpression,
  isEnumDeclaration,
  isEnumMember,
  isExternalModule,
  isFunctionDeclaration,
  isFunctionExpression,
  isIdentifier,
  isImportClause,
  isImportDeclaration,
  isImportEqualsDeclaration,
  isImportSpecifier,
  isInterfaceDeclaration,
  isModuleDeclaration,
  isNamespaceImport,
  isParameter,
  isStringLiteral,
  isTypeAliasDeclaration,
  isTypeParameterDeclaration,
  isVariableDeclaration,
  isVariableStatement,
} from "./typescript-functions.js";
import { kindsWhere } from "./kinds-where.js";

/** Declarations that give a name a binding in some scope of a file (values, types, namespaces). */
export const bindingKinds = kindsWhere(
  (n) =>
    isVariableDeclaration(n) ||
    isParameter(n) ||
    isBindingElement(n) ||
    isFunctionDeclaration(n) ||
    isFunctionExpression(n) ||
    isClassDeclaration(n) ||
    isClassExpression(n) ||
    isEnumDeclaration(n) ||
    isEnumMember(n) ||
    isModuleDeclaration(n) ||
    isImportClause(n) ||
    isNamespaceImport(n) ||
    isImportSpecifier(n) ||
    isImportEqualsDeclaration(n) ||
    isInterfaceDeclaration(n) ||
    isTypeAliasDeclaration(n) ||
    isTypeParameterDeclaration(n),
);

/** The name a node binds, when it is a declaration of {@link bindingKinds}. */
export function boundName(n: ts.Node): string | undefined {
  if (!bindingKinds[n.kind]) return undefined;
  const name = (n as ts.NamedDeclaration).name;
  return name && (isIdentifier(name) || isStringLiteral(name)) ? name.text : undefined;
}

/** A module-scope declaration {@link FileBindings.lookup} can answer with. */
export type ModuleScopeDeclaration =
  | ts.ImportClause
  | ts.NamespaceImport
  | ts.ImportSpecifier
  | ts.ImportEqualsDeclaration
  | ts.VariableDeclaration
  | ts.BindingElement
  | ts.FunctionDeclaration
  | ts.ClassDeclaration
  | ts.EnumDeclaration
  | ts.ModuleDeclaration;

/**
 * What a bare name in a module file refers to, as far as the file's own declarations tell,
 * without the type checker: resolving an identifier walks its scopes and the first touch of an
 * import resolves the module, and the sink matcher asks that of every callee's root.
 * - a name the file declares once, at module scope, refers to that declaration wherever it is
 *   used in the file (no other declaration of the file can shadow it);
 * - a name the file declares nowhere is a global, unless the file has a namespace or a `declare
 *   module`/`declare global` block (a merged namespace brings other files' exports into scope)
 *   or a JSDoc `@import` (a binding the walk does not see). Another file's augmentation of the
 *   module can add names too: the sink matcher checks the module's exports for that.
 * Anything else (a script file, a name declared twice or only in an inner scope) is left to the
 * checker. `counts` holds how often each name is declared anywhere in the file ({@link boundName}).
 */
export class FileBindings {
  private moduleScope: Map<string, ModuleScopeDeclaration> | undefined;
  /** Whether only globals can give a name the file does not declare a meaning (see above). */
  private onlyGlobalsBesides: boolean | undefined;
  /** Only a module file's scope is its own: a script shares its top level with other files. */
  private readonly answers: boolean;

  constructor(
    private readonly sf: ts.SourceFile,
    private readonly counts: ReadonlyMap<string, number>,
  ) {
    this.answers = !sf.isDeclarationFile && isExternalModule(sf);
  }

  /** The bindings of a file, counted by a walk of its own (the engine counts in its file index). */
  static of(sf: ts.SourceFile): FileBindings {
    const counts = new Map<string, number>();
    const visit = (n: ts.Node): void => {
      const name = boundName(n);
      if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
      forEachChild(n, visit);
    };
    visit(sf);
    return new FileBindings(sf, counts);
  }

  /**
   * The module-scope declaration `name` refers to everywhere in the file, `"global"` when the file
   * declares no `name` and nothing else can bring one into its scope, `undefined` when only the
   * checker can tell.
   */
  lookup(name: string): ModuleScopeDeclaration | "global" | undefined {
    if (!this.answers) return undefined;
    const count = this.counts.get(name) ?? 0;
    if (count === 0) {
      this.onlyGlobalsBesides ??=
        !this.sf.statements.some(isModuleDeclaration) && !this.sf.text.includes("@import");
      return this.onlyGlobalsBesides ? "global" : undefined;
    }
    if (count > 1) return undefined;
    this.moduleScope ??= moduleScopeDeclarations(this.sf);
    return this.moduleScope.get(name);
  }
}

/** The value declarations of a file's top level, by name. */
function moduleScopeDeclarations(sf: ts.SourceFile): Map<string, ModuleScopeDeclaration> {
  const out = new Map<string, ModuleScopeDeclaration>();
  const bindings = (name: ts.BindingName, d: ts.VariableDeclaration | ts.BindingElement): void => {
    if (isIdentifier(name)) out.set(name.text, d);
    else for (const e of name.elements) if (isBindingElement(e)) bindings(e.name, e);
  };
  for (const s of sf.statements) {
    if (isImportDeclaration(s)) {
      const clause = s.importClause;
      if (clause?.name) out.set(clause.name.text, clause);
      const named = clause?.namedBindings;
      if (named && isNamespaceImport(named)) out.set(named.name.text, named);
      else if (named) for (const e of named.elements) out.set(e.name.text, e);
    } else if (isImportEqualsDeclaration(s)) out.set(s.name.text, s);
    else if (isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) bindings(d.name, d);
    } else if (
      (isFunctionDeclaration(s) ||
        isClassDeclaration(s) ||
        isEnumDeclaration(s) ||
        isModuleDeclaration(s)) &&
      s.name &&
      isIdentifier(s.name) &&
      !(s.flags & NodeFlags.GlobalAugmentation)
    ) {
      out.set(s.name.text, s);
    }
  }
  return out;
}
