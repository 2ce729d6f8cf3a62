import type { ts } from "ts-morph";
import {
  SyntaxKind,
  TypeFlags,
  getModifiers,
  isAccessor,
  isArrowFunction,
  isCallExpression,
  isConstructorDeclaration,
  isElementAccessExpression,
  isFunctionExpression,
  isIdentifier,
  isNonNullExpression,
  isParameter,
  isParameterPropertyDeclaration,
  isParenthesizedExpression,
  isPropertyAccessExpression,
  isPropertyDeclaration,
  isStringLiteralLike,
  isVariableDeclaration,
} from "./typescript-functions.js";
import { thisBinding } from "./this-binding.js";

/**
 * Array methods whose callback receives an element of the receiver, by parameter position
 * (`reduce` passes the element second; without an initial value its accumulator is an element
 * too). Every overload of these methods in the standard library types those parameters `T`.
 */
const elementParameters: ReadonlyMap<string, readonly number[]> = new Map([
  ["map", [0]],
  ["flatMap", [0]],
  ["forEach", [0]],
  ["filter", [0]],
  ["find", [0]],
  ["findIndex", [0]],
  ["findLast", [0]],
  ["findLastIndex", [0]],
  ["some", [0]],
  ["every", [0]],
  ["reduce", [1]],
  ["reduceRight", [1]],
  ["sort", [0, 1]],
  ["toSorted", [0, 1]],
]);

/** A property read resolved by {@link DeclaredTypes.member}: the property and its type. */
export interface MemberRead {
  symbol: ts.Symbol | undefined;
  type(): ts.Type;
}

/**
 * The types the engine asks of declarations, references and property reads, read from
 * declarations where the syntax names them, and from the checker at the location otherwise.
 *
 * The checker's answer at a location is the narrowed type, which costs a walk of the
 * function's control flow for every reference, and, for an unannotated parameter of an array
 * method's callback (`orders.map((o) => o.mobile)`), resolving the generic method with the
 * context-sensitive callback, which checks the whole callback body twice. Those queries are
 * most of what the rules add to a lint. A reference to a parameter or variable declared with a
 * type, `this.field` of the enclosing class, a callback parameter typed by the receiver's element
 * type, and property reads of those, are typed by their declarations instead. Narrowing changes
 * which property a read names only for union types, which always go to the checker; a narrowing
 * to a subtype (`instanceof`, a type guard) is not seen: the declared property decides.
 */
export class DeclaredTypes {
  private readonly elements = new WeakMap<ts.ParameterDeclaration, ts.Type | null>();
  private readonly thisMembers = new WeakMap<ts.Node, ts.Symbol | null>();
  private readonly symbols = new WeakMap<ts.Identifier, ts.Symbol | null>();

  constructor(private readonly checker: ts.TypeChecker) {}

  /**
   * `getSymbolAtLocation` of an identifier, kept: the checker resolves the name through its
   * scopes again on every call, and the engine asks it of the same reference from the declared
   * type of a read's base, the value the reference carries and a local object's properties.
   */
  symbolAt(id: ts.Identifier): ts.Symbol | undefined {
    let symbol = this.symbols.get(id);
    if (symbol === undefined) {
      symbol = this.checker.getSymbolAtLocation(id) ?? null;
      this.symbols.set(id, symbol);
    }
    return symbol ?? undefined;
  }

  /** The type of a declaration, as `getTypeAtLocation(declaration)`. */
  ofDeclaration(declaration: ts.Node): ts.Type {
    return (
      (isParameter(declaration) ? this.elementTypeOf(declaration) : undefined) ??
      this.checker.getTypeAtLocation(declaration)
    );
  }

  /** The type of an expression, as `getTypeAtLocation(expr)`. */
  ofExpression(expr: ts.Expression): ts.Type {
    return this.declared(expr) ?? this.checker.getTypeAtLocation(expr);
  }

  /**
   * The property a member read names (`o.mobile`, `o["mobile"]`) and its type, as
   * `getSymbolAtLocation` and `getTypeAtLocation` at the read.
   */
  member(e: ts.PropertyAccessExpression | ts.ElementAccessExpression): MemberRead {
    const property = this.declaredProperty(e);
    if (property) {
      return {
        symbol: property,
        type: () =>
          this.unnarrowable(this.checker.getTypeOfSymbol(property)) ??
          this.checker.getTypeAtLocation(e),
      };
    }
    const symbol = this.checker.getSymbolAtLocation(
      isPropertyAccessExpression(e) ? e.name : e.argumentExpression,
    );
    return { symbol, type: () => this.checker.getTypeAtLocation(e) };
  }

  /**
   * The declared type of a reference, without `null` and `undefined`; undefined when only the
   * checker can tell, or when narrowing could change it.
   */
  declared(expr: ts.Expression): ts.Type | undefined {
    const type = this.declaredTypeWithNullish(expr);
    return type && this.unnarrowable(type);
  }

  /**
   * A declared type without `null` and `undefined`, when narrowing cannot change what the engine
   * asks of it (which property a read names, whether it is a string, an array or an object);
   * undefined otherwise. An object type narrows only to a subtype, whose properties are the
   * declared ones unless it redeclares them; a primitive narrows to its own literals. A union,
   * `any`, `unknown` or a type parameter can narrow to anything.
   */
  private unnarrowable(type: ts.Type): ts.Type | undefined {
    const t = nonNullable(this.checker, type);
    if (t.isUnion()) return t.flags & (TypeFlags.Boolean | TypeFlags.EnumLike) ? t : undefined;
    const settled =
      TypeFlags.Object |
      TypeFlags.StringLike |
      TypeFlags.NumberLike |
      TypeFlags.BooleanLike |
      TypeFlags.BigIntLike;
    return t.flags & settled ? t : undefined;
  }

  private declaredTypeWithNullish(expr: ts.Expression): ts.Type | undefined {
    const e = skipParenthesesAndNonNull(expr);
    if (isIdentifier(e)) {
      const symbol = this.symbolAt(e);
      const d = symbol?.valueDeclaration;
      if (!symbol || !d) return undefined;
      if (isParameter(d)) {
        return this.elementTypeOf(d) ?? (d.type ? this.checker.getTypeOfSymbol(symbol) : undefined);
      }
      return isVariableDeclaration(d) && d.type ? this.checker.getTypeOfSymbol(symbol) : undefined;
    }
    if (isPropertyAccessExpression(e) || isElementAccessExpression(e)) {
      const property = this.declaredProperty(e);
      return property ? this.checker.getTypeOfSymbol(property) : undefined;
    }
    return undefined;
  }

  /** The property a read names, found through its base's declared type or `this` class. */
  private declaredProperty(
    e: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  ): ts.Symbol | undefined {
    const key = isPropertyAccessExpression(e)
      ? isIdentifier(e.name)
        ? e.name.text
        : undefined
      : isStringLiteralLike(e.argumentExpression)
        ? e.argumentExpression.text
        : undefined;
    if (key === undefined) return undefined;
    const base = skipParenthesesAndNonNull(e.expression);
    if (base.kind === SyntaxKind.ThisKeyword) return this.thisMember(e, key);
    const type = this.declared(base);
    if (!type || !(type.flags & TypeFlags.Object)) return undefined;
    return this.checker.getPropertyOfType(type, key);
  }

  /**
   * `this.key` in a class that declares `key` itself (a field, accessor or parameter property,
   * on the side `this` is): the member's own symbol, which is what the checker resolves there.
   */
  private thisMember(
    e: ts.PropertyAccessExpression | ts.ElementAccessExpression,
    key: string,
  ): ts.Symbol | undefined {
    const cached = this.thisMembers.get(e);
    if (cached !== undefined) return cached ?? undefined;
    const binding = thisBinding(e);
    let symbol: ts.Symbol | undefined;
    if (binding) {
      for (const member of binding.cls.members) {
        if (isConstructorDeclaration(member) && !binding.isStatic) {
          for (const p of member.parameters) {
            if (isParameterPropertyDeclaration(p, member) && isIdentifier(p.name)) {
              if (p.name.text === key)
                symbol = this.checker.getSymbolsOfParameterPropertyDeclaration(p, key)[1];
            }
          }
        } else if (
          (isPropertyDeclaration(member) || isAccessor(member)) &&
          isIdentifier(member.name) &&
          member.name.text === key &&
          hasStaticModifier(member) === binding.isStatic
        ) {
          symbol = this.checker.getSymbolAtLocation(member.name);
        }
        if (symbol) break;
      }
    }
    this.thisMembers.set(e, symbol ?? null);
    return symbol;
  }

  /**
   * The element type of the array whose method a callback parameter belongs to, when the
   * parameter is a plain unannotated name in an element position and the receiver is an array
   * (`Array<T>`, `readonly T[]`); undefined otherwise.
   */
  private elementTypeOf(p: ts.ParameterDeclaration): ts.Type | undefined {
    const cached = this.elements.get(p);
    if (cached !== undefined) return cached ?? undefined;
    const type = this.computeElementType(p);
    this.elements.set(p, type ?? null);
    return type;
  }

  private computeElementType(p: ts.ParameterDeclaration): ts.Type | undefined {
    if (p.type || p.initializer || p.dotDotDotToken || !isIdentifier(p.name)) return undefined;
    const fn = p.parent;
    if (!(isArrowFunction(fn) || isFunctionExpression(fn)) || fn.typeParameters) return undefined;
    const call = fn.parent;
    if (!isCallExpression(call) || call.arguments[0] !== fn) return undefined;
    const callee = call.expression;
    if (!isPropertyAccessExpression(callee)) return undefined;
    const method = callee.name.text;
    const index = fn.parameters.indexOf(p);
    const accumulator =
      index === 0 &&
      (method === "reduce" || method === "reduceRight") &&
      call.arguments.length === 1;
    if (!accumulator && !elementParameters.get(method)?.includes(index)) return undefined;
    const receiver = nonNullable(this.checker, this.ofExpression(callee.expression));
    // An array's methods are the standard library's only when the receiver is an array itself.
    if (!this.checker.isArrayType(receiver)) return undefined;
    return this.checker.getTypeArguments(receiver as ts.TypeReference)[0];
  }
}

/**
 * A type without `null` and `undefined`. Only a union can hold them; the checker's
 * `getNonNullableType` on an object type resolves all its members first (to see whether it is
 * callable), which for `Order[]` instantiates every method of `Array`.
 */
export function nonNullable(checker: ts.TypeChecker, type: ts.Type): ts.Type {
  return type.isUnion() ? checker.getNonNullableType(type) : type;
}

/** Parentheses and `!` keep a reference's declaration (unlike `as`, `await` or a call). */
function skipParenthesesAndNonNull(expr: ts.Expression): ts.Expression {
  let e = expr;
  while (isParenthesizedExpression(e) || isNonNullExpression(e)) e = e.expression;
  return e;
}

function hasStaticModifier(member: ts.ClassElement): boolean {
  return (getModifiers(member as ts.HasModifiers) ?? []).some(
    (m) => m.kind === SyntaxKind.StaticKeyword,
  );
}
