import type { ts } from "ts-morph";
import {
  SymbolFlags,
  SyntaxKind,
  TypeFlags,
  getTextOfJSDocComment,
  isArrayTypeNode,
  isClassDeclaration,
  isEnumMember,
  isIdentifier,
  isInterfaceDeclaration,
  isNoSubstitutionTemplateLiteral,
  isNumericLiteral,
  isParenthesizedTypeNode,
  isPrivateIdentifier,
  isPropertyDeclaration,
  isStringLiteral,
  isTemplateExpression,
  isTypeAliasDeclaration,
  isTypeReferenceNode,
  isUnionTypeNode,
  isVariableDeclaration,
} from "./typescript-functions.js";
import { binaryTypeNames, categoryValueKinds, type ValueKind } from "./category-value-kinds.js";
import type { DeclaredTypes } from "./declared-types.js";
import type { EngineCategory } from "./engine-config.js";
import type { EngineContext } from "./engine-context.js";
import type { AnnotationProblemText } from "./file-analysis.js";
import { declarationHolderName, NameContext } from "./name-context.js";
import { piplJsDocTags } from "./pipl-jsdoc-tags.js";

/** How a declaration was recognised as PI. */
export interface DeclaredPi {
  category: EngineCategory;
  origin: "tag" | "name";
}

/** A PI field inside an object type, relative to the object (`idNumber`, `wechat.openid`, `[0].name`). */
export interface PiField {
  path: string;
  category: EngineCategory;
  origin: "tag" | "name";
  declaration: ts.Node | undefined;
}

/** Reports an annotation problem (an unknown `@pipl` category) at a node. */
export type ProblemSink = (node: ts.Node, text: AnnotationProblemText) => void;

const maxDepth = 3;
const maxProperties = 150;

/**
 * Decides which declarations, properties and types are PI: a `@pipl` tag wins (on the declaration,
 * or on the type alias / interface it is declared with); otherwise the name must classify and the
 * type be plausible for the category. Verdicts are cached per declaration, symbol and type.
 */
export class PiClassifier {
  private readonly byDeclaration = new WeakMap<ts.Node, DeclaredPi | null>();
  private readonly bySymbol = new WeakMap<ts.Symbol, DeclaredPi | null>();
  private readonly fieldsByType = new WeakMap<ts.Type, readonly PiField[]>();
  private readonly expanding = new Set<ts.Type>();
  /** Whose field a name is: limits name verdicts by the receiver or declaring type. */
  readonly names: NameContext;

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly types: DeclaredTypes,
    private readonly ctx: EngineContext,
    private readonly reportProblem: ProblemSink,
  ) {
    this.names = new NameContext(ctx);
  }

  /** The category a `@pipl <id-or-alias>` tag on the node names, if any. */
  tagCategory(node: ts.Node): EngineCategory | undefined {
    for (const tag of piplJsDocTags(node)) {
      if (tag.tagName.text !== "pipl") continue;
      const text = (getTextOfJSDocComment(tag.comment) ?? "").trim();
      const value = text.split(/\s+/)[0] ?? "";
      const category = this.ctx.taxonomy.resolve(value);
      if (category) return category;
      const hint = value ? this.ctx.taxonomy.suggest?.(value) : undefined;
      this.reportProblem(
        tag,
        !value
          ? { id: "annotation.category-missing", params: {} }
          : hint
            ? {
                id: "annotation.unknown-category-hint",
                params: { value, hint },
                replace: { value, by: hint },
              }
            : { id: "annotation.unknown-category", params: { value } },
      );
    }
    return undefined;
  }

  /** PI verdict of a declaration (property, variable, parameter, binding element). */
  declarationPi(declaration: ts.Node): DeclaredPi | undefined {
    const cached = this.byDeclaration.get(declaration);
    if (cached !== undefined) return cached ?? undefined;
    let verdict: DeclaredPi | null = null;
    const tagged = this.tagCategory(declaration) ?? this.declaredTypeTag(declaration);
    if (tagged) verdict = { category: tagged, origin: "tag" };
    else if (!isStandardLibrary(declaration) && !isEnumMember(declaration)) {
      const name = declarationName(declaration);
      const match = name === undefined ? undefined : this.judgeDeclared(name, declaration);
      if (
        match &&
        (declaresString(declaration) ||
          this.plausible(match.category, this.types.ofDeclaration(declaration), match.confidence))
      ) {
        verdict = { category: match.category, origin: "name" };
      }
    }
    this.byDeclaration.set(declaration, verdict);
    return verdict ?? undefined;
  }

  private judgeDeclared(name: string, declaration: ts.Node) {
    const holder = declarationHolderName(declaration);
    return this.names.judge(name, holder?.name, declaration, undefined, holder?.record);
  }

  /** PI verdict of a property symbol (through its first declaration that decides). */
  symbolPi(symbol: ts.Symbol): DeclaredPi | undefined {
    const cached = this.bySymbol.get(symbol);
    if (cached !== undefined) return cached ?? undefined;
    let verdict: DeclaredPi | null = null;
    for (const d of symbol.declarations ?? []) {
      const v = this.declarationPi(d);
      if (v) {
        verdict = v;
        if (v.origin === "tag") break;
      }
    }
    if (!verdict && !symbol.declarations?.length) {
      const match = this.ctx.classifyName(symbol.name);
      if (
        match &&
        this.plausible(match.category, this.checker.getTypeOfSymbol(symbol), match.confidence)
      ) {
        verdict = { category: match.category, origin: "name" };
      }
    }
    this.bySymbol.set(symbol, verdict);
    return verdict ?? undefined;
  }

  /** The category of a type when its alias or interface carries a `@pipl` tag. */
  typeTag(type: ts.Type): EngineCategory | undefined {
    return this.typeDeclarationTag(type.aliasSymbol) ?? this.typeDeclarationTag(type.getSymbol());
  }

  /** The `@pipl` category on a type alias, interface or class declaration of the symbol. */
  private typeDeclarationTag(symbol: ts.Symbol | undefined): EngineCategory | undefined {
    for (const d of symbol?.declarations ?? []) {
      if (isTypeAliasDeclaration(d) || isInterfaceDeclaration(d) || isClassDeclaration(d)) {
        const c = this.tagCategory(d);
        if (c) return c;
      }
    }
    return undefined;
  }

  /**
   * PI fields of an object type, nested up to depth 3, cycle-safe. Arrays contribute their
   * element's fields under `[0]`.
   */
  piFields(type: ts.Type, depth = 0): readonly PiField[] {
    const cached = this.fieldsByType.get(type);
    if (cached) return cached;
    if (depth > maxDepth || this.expanding.has(type)) return [];
    this.expanding.add(type);
    try {
      const fields = this.computeFields(type, depth);
      if (depth === 0 || fields.length > 0) this.fieldsByType.set(type, fields);
      return fields;
    } finally {
      this.expanding.delete(type);
    }
  }

  private computeFields(type: ts.Type, depth: number): PiField[] {
    if (type.isUnion()) {
      const seen = new Set<string>();
      const out: PiField[] = [];
      for (const t of type.types) {
        for (const f of this.piFields(t, depth)) {
          if (!seen.has(f.path + f.category.id)) {
            seen.add(f.path + f.category.id);
            out.push(f);
          }
        }
      }
      return out;
    }
    if (!(type.flags & TypeFlags.Object) && !type.isIntersection()) return [];
    const tagged = this.typeTag(type);
    if (tagged) return [{ path: "", category: tagged, origin: "tag", declaration: undefined }];
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
      const element = this.checker.getTypeArguments(type as ts.TypeReference)[0];
      if (!element) return [];
      return this.piFields(element, depth + 1).map((f) => ({
        ...f,
        path: f.path === "" ? "[0]" : f.path.startsWith("[") ? `[0]${f.path}` : `[0].${f.path}`,
      }));
    }
    if (isLibraryType(type)) return [];
    const properties = this.checker.getPropertiesOfType(type);
    if (properties.length > maxProperties) return [];
    const out: PiField[] = [];
    for (const p of properties) {
      if (p.flags & SymbolFlags.Method) continue;
      const verdict = this.symbolPi(p);
      if (verdict) {
        out.push({
          path: p.name,
          category: verdict.category,
          origin: verdict.origin,
          declaration: p.declarations?.[0],
        });
        continue;
      }
      const propType = this.checker.getTypeOfSymbol(p);
      if (propType.getCallSignatures().length > 0) continue;
      for (const f of this.piFields(propType, depth + 1)) {
        out.push({
          ...f,
          path:
            f.path === ""
              ? p.name
              : f.path.startsWith("[")
                ? `${p.name}${f.path}`
                : `${p.name}.${f.path}`,
        });
      }
    }
    return out;
  }

  /** Whether a value of this type can carry data of the category (see category-value-kinds.ts). */
  plausible(category: EngineCategory, type: ts.Type, confidence: "exact" | "token"): boolean {
    const f = type.flags;
    if (f & (TypeFlags.Any | TypeFlags.StringLike)) return true;
    if (
      f &
      (TypeFlags.BooleanLike |
        TypeFlags.Void |
        TypeFlags.Undefined |
        TypeFlags.Null |
        TypeFlags.Never |
        TypeFlags.Unknown |
        TypeFlags.ESSymbolLike)
    ) {
      return false;
    }
    if (type.isUnion()) return type.types.some((t) => this.plausible(category, t, confidence));
    if (type.isIntersection())
      return type.types.some((t) => this.plausible(category, t, confidence));
    const kinds = valueKinds(category.id);
    if (f & (TypeFlags.NumberLike | TypeFlags.BigIntLike)) {
      return kinds.includes("number");
    }
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
      const element = this.checker.getTypeArguments(type as ts.TypeReference)[0];
      return element !== undefined && this.plausible(category, element, confidence);
    }
    const name = type.getSymbol()?.name ?? "";
    if (binaryTypeNames.has(name)) return kinds.includes("binary");
    if (name === "Date") return kinds.includes("date");
    return false;
  }

  private declaredTypeTag(declaration: ts.Node): EngineCategory | undefined {
    const typeNode = (declaration as { type?: ts.TypeNode }).type;
    if (!typeNode) return undefined;
    let node: ts.TypeNode = typeNode;
    while (isArrayTypeNode(node)) node = node.elementType;
    if (!isTypeReferenceNode(node)) return undefined;
    let symbol = this.checker.getSymbolAtLocation(node.typeName);
    if (symbol && symbol.flags & SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    return this.typeDeclarationTag(symbol);
  }
}

function valueKinds(categoryId: string): readonly ValueKind[] {
  for (const entry of categoryValueKinds) {
    if (categoryId === entry.prefix || categoryId.startsWith(`${entry.prefix}.`))
      return entry.kinds;
  }
  return [];
}

/**
 * Whether a declaration's own syntax makes its type a string (`x: string`, `x?: string | null`,
 * `const x = "..."`), which {@link PiClassifier.plausible} accepts for every category: spares the
 * checker a type query for the commonest PI declarations.
 */
function declaresString(declaration: ts.Node): boolean {
  const typeNode = (declaration as { type?: ts.TypeNode }).type;
  if (typeNode) return stringTypeNode(typeNode);
  if (!isVariableDeclaration(declaration) && !isPropertyDeclaration(declaration)) return false;
  const init = declaration.initializer;
  return (
    init !== undefined &&
    (isStringLiteral(init) || isNoSubstitutionTemplateLiteral(init) || isTemplateExpression(init))
  );
}

function stringTypeNode(node: ts.TypeNode): boolean {
  if (node.kind === SyntaxKind.StringKeyword) return true;
  if (isParenthesizedTypeNode(node)) return stringTypeNode(node.type);
  if (!isUnionTypeNode(node)) return false;
  // A union is plausible when any member is; `string` decides it.
  return node.types.some((t) => t.kind === SyntaxKind.StringKeyword);
}

/** The identifier a declaration declares, for name classification. */
export function declarationName(declaration: ts.Node): string | undefined {
  const name = (declaration as { name?: ts.Node }).name;
  if (!name) return undefined;
  if (isIdentifier(name) || isPrivateIdentifier(name)) return name.text.replace(/^#/, "");
  if (isStringLiteral(name) || isNumericLiteral(name)) return name.text;
  return undefined;
}

/*
 * An enum member (`ActionFailType.WrongPassword`) is a constant the program defines, never data
 * about a person, whatever its name: `isEnumMember` excludes it above.
 */

/**
 * A declaration of the TypeScript standard library (`Function.name`, `Error.name`): names there
 * describe the language, never a person (`SomeClass.name`, `this.constructor.name`).
 */
function isStandardLibrary(declaration: ts.Node): boolean {
  const sf = declaration.getSourceFile();
  return sf.isDeclarationFile && /\/typescript\/lib\/lib\.|^\/?lib\.[\w.]*d\.ts$/.test(sf.fileName);
}

/** Types declared by the TypeScript standard library or @types/node (Date, Map, Promise, Buffer). */
function isLibraryType(type: ts.Type): boolean {
  const d = type.getSymbol()?.declarations?.[0];
  if (!d) return false;
  const file = d.getSourceFile().fileName;
  return /\/typescript\/lib\/lib\.|\/@types\/node\//.test(file);
}
