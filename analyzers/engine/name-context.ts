import type { ts } from "ts-morph";
import {
  SyntaxKind,
  isArrowFunction,
  isBindingElement,
  isCallExpression,
  isClassLike,
  isElementAccessExpression,
  isFunctionExpression,
  isFunctionLike,
  isIdentifier,
  isInterfaceDeclaration,
  isNewExpression,
  isObjectBindingPattern,
  isObjectLiteralExpression,
  isParameter,
  isPrivateIdentifier,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isPropertyDeclaration,
  isPropertySignature,
  isSourceFile,
  isStringLiteralLike,
  isTypeAliasDeclaration,
  isTypeLiteralNode,
  isTypeReferenceNode,
  isVariableDeclaration,
} from "./typescript-functions.js";
import {
  carrierTokens,
  organisationNouns,
  personNouns,
  receiverMeanings,
  scopeMeanings,
} from "../recognisers/context-nouns.js";
import { tokenizeIdentifier } from "../recognisers/tokenize-identifier.js";
import type { EngineCategory } from "./engine-config.js";
import type { EngineContext } from "./engine-context.js";
import { unwrapExpression } from "./unwrap-expression.js";

/** A name's category where it is read, with how closely the name matched the vocabulary. */
export interface NameVerdict {
  category: EngineCategory;
  confidence: "exact" | "token";
}

const persons = new Set(personNouns);
const organisations = new Set(organisationNouns);
const carriers = new Set(carrierTokens);
/** Categories that a business or a machine has too (a shop's phone, a server's IP or MAC). */
const sharedWithOrganisations =
  /^(basic\.name|basic\.address|contact|account\.ip-address|device)(\.|$)/;

interface ScopeRule {
  names: ReadonlySet<string>;
  scope: readonly (readonly string[])[];
  notOn: ReadonlySet<string>;
  unless: readonly string[];
  category: string;
}

const byReceiver = receiverMeanings.map((m) => ({
  names: new Set(m.names),
  receivers: new Set(m.receivers),
  notUnder: new Set(m.notUnder ?? []),
  category: m.category,
}));
const byScope: readonly ScopeRule[] = scopeMeanings.map((m) => ({
  names: new Set(m.names),
  scope: m.scope.map((t) => t.split(" ")),
  notOn: new Set(m.notOn),
  unless: m.unless,
  category: m.category,
}));

/**
 * Decides what a field name means where it is read: the vocabulary's verdict, limited by whose
 * field it is. A bare `name` is a person's name only on a person (`user.name`, `interface
 * Customer`); a name, phone or address on an organisation (`shop.address`) is business data; the
 * receiver gives some names their meaning (`ctx.ip`, `msg.text`), and the function around gives
 * others theirs (a bare `code` is a verification code in an SMS or login handler, never on a
 * response or error; an `image` in an ID-card handler is the card's picture). The tables are
 * data: context-nouns.ts.
 */
export class NameContext {
  private readonly scopes = new WeakMap<ts.Node, Map<ScopeRule, boolean>>();
  /** Memoised: the same field and holder names are judged all over a program. */
  private readonly tokensOf = memoise(tokenizeIdentifier);
  private readonly holders = memoise(holderNoun);

  constructor(private readonly ctx: EngineContext) {}

  /**
   * The category `name` names when read on (or declared in) `holder`, at `at`.
   *
   * @param holder - the receiver's or declaring type's name (`user`, `CreateUserDto`), if any
   * @param path - the whole read (`res.choices[0].message.content`), for receiver vetoes
   * @param record - false when `holder` is only the function or file around a variable
   */
  judge(
    name: string,
    holder: string | undefined,
    at: ts.Node,
    path?: string,
    record = true,
  ): NameVerdict | undefined {
    const tokens = this.tokensOf(name);
    const key = tokens.join(" ");
    const { last, noun } = this.holderOf(holder);
    if (last !== undefined) {
      for (const rule of byReceiver) {
        if (!rule.names.has(key) || !rule.receivers.has(last)) continue;
        const chain = path === undefined ? [] : this.tokensOf(path);
        if (!chain.some((t) => rule.notUnder.has(t))) return this.verdict(rule.category);
      }
    }
    const match = this.ctx.classifyName(name);
    if (match) {
      const id = match.category.id;
      if (id === "basic.name" && key === "name")
        return noun !== undefined && persons.has(noun) ? match : undefined;
      if (
        record &&
        sharedWithOrganisations.test(id) &&
        noun !== undefined &&
        organisations.has(noun) &&
        !tokens.some((t) => persons.has(t))
      )
        return undefined;
      return match;
    }
    for (const rule of byScope) {
      if (!rule.names.has(key) || (last !== undefined && rule.notOn.has(last))) continue;
      if (this.inScope(at, rule)) return this.verdict(rule.category);
    }
    return undefined;
  }

  private holderOf(holder: string | undefined): ReturnType<typeof holderNoun> {
    return holder === undefined ? { last: undefined, noun: undefined } : this.holders(holder);
  }

  private verdict(categoryId: string): NameVerdict | undefined {
    const category = this.ctx.taxonomy.resolve(categoryId);
    return category ? { category, confidence: "token" } : undefined;
  }

  /**
   * Whether the functions around a node, or its file, are named for the rule's scope (an SMS or
   * login handler, an ID-card handler), and the outermost function's text has none of its
   * `unless` words (a WeChat login's `code` is exchanged for a session, not typed by a person).
   */
  private inScope(at: ts.Node, rule: ScopeRule): boolean {
    const fn = outermostFunction(at);
    const key = fn ?? at.getSourceFile();
    let byRule = this.scopes.get(key);
    const cached = byRule?.get(rule);
    if (cached !== undefined) return cached;
    const names: string[] = [fileBaseName(at.getSourceFile())];
    for (let n: ts.Node | undefined = at.parent; n; n = n.parent) {
      const own = ownName(n);
      if (own !== undefined) names.push(own);
    }
    let verdict = names.some((n) => {
      const t = tokenizeIdentifier(n);
      return rule.scope.some((seq) => containsSequence(t, seq));
    });
    if (verdict && rule.unless.length > 0) {
      const text = (fn ?? at.getSourceFile()).getText().toLowerCase();
      verdict = !rule.unless.some((m) => text.includes(m));
    }
    if (!byRule) this.scopes.set(key, (byRule = new Map()));
    byRule.set(rule, verdict);
    return verdict;
  }
}

/** A function of a string, memoised in a map cleared when it reaches 10,000 entries. */
function memoise<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= 10_000) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

function containsSequence(tokens: readonly string[], seq: readonly string[]): boolean {
  for (let i = 0; i + seq.length <= tokens.length; i++)
    if (seq.every((s, k) => tokens[i + k] === s)) return true;
  return false;
}

/** The last token of a holder name and its noun, the last token that is not a carrier word. */
export function holderNoun(holder: string | undefined): {
  last: string | undefined;
  noun: string | undefined;
} {
  if (holder === undefined) return { last: undefined, noun: undefined };
  const tokens = tokenizeIdentifier(holder);
  let i = tokens.length - 1;
  while (i >= 0 && carriers.has(tokens[i]!)) i--;
  return { last: tokens[tokens.length - 1], noun: i >= 0 ? tokens[i] : undefined };
}

/**
 * The name of what a property is read on: `user` for `user.name`, `users` for `users[i].name`,
 * `getUser` for `getUser().name`, the class for `this.name`.
 */
export function receiverName(expr: ts.Expression): string | undefined {
  const e = unwrapExpression(expr);
  if (isIdentifier(e)) return e.text;
  if (isPropertyAccessExpression(e)) return e.name.text;
  if (isElementAccessExpression(e)) {
    const a = e.argumentExpression;
    return isStringLiteralLike(a) ? a.text : receiverName(e.expression);
  }
  if (isCallExpression(e) || isNewExpression(e)) return receiverName(e.expression);
  if (e.kind === SyntaxKind.ThisKeyword) {
    for (let n: ts.Node | undefined = e.parent; n; n = n.parent)
      if (isClassLike(n)) return n.name?.text;
  }
  return undefined;
}

/**
 * The name of what declares a field or variable: the interface, class or type alias of a
 * property; the variable or parameter of a type literal or object literal; the object a binding
 * destructures; the function of a parameter or local variable.
 */
export function declarationHolderName(d: ts.Node): DeclarationHolder | undefined {
  const record = (name: string | undefined) =>
    name === undefined ? undefined : { name, record: true };
  const scope = (name: string | undefined) =>
    name === undefined ? undefined : { name, record: false };
  if (isPropertySignature(d) || isPropertyDeclaration(d) || isPropertyAssignment(d))
    return record(containerName(d.parent));
  if (isBindingElement(d)) {
    const holder = d.parent.parent;
    if (isObjectBindingPattern(d.parent) && isVariableDeclaration(holder) && holder.initializer)
      return record(receiverName(holder.initializer));
    if (isParameter(holder)) {
      const type = holder.type;
      if (type && isTypeReferenceNode(type)) return record(type.typeName.getText());
      return scope(functionName(holder.parent));
    }
    return undefined;
  }
  for (let n: ts.Node | undefined = d.parent; n; n = n.parent) {
    if (isFunctionLike(n)) return scope(functionName(n));
    if (isSourceFile(n)) return scope(fileBaseName(n));
  }
  return undefined;
}

/**
 * What declares a name: a record (a type, an object, a destructured value), whose noun says whose
 * field it is; or only the function or file a parameter or variable is in, which says whether a
 * bare `name` is a person's (`greetCustomer(name)`) but not whose phone a local `phone` is.
 */
export interface DeclarationHolder {
  name: string;
  record: boolean;
}

/** The name of a type literal's or object literal's owner, or of an interface, class or alias. */
function containerName(container: ts.Node): string | undefined {
  if (isInterfaceDeclaration(container) || isClassLike(container)) return container.name?.text;
  if (!isTypeLiteralNode(container) && !isObjectLiteralExpression(container)) return undefined;
  let n: ts.Node = container;
  while (n.parent && !isNamed(n.parent)) {
    if (isCallExpression(n.parent) || isSourceFile(n.parent)) return undefined;
    n = n.parent;
  }
  const owner = n.parent;
  if (!owner) return undefined;
  if (isTypeAliasDeclaration(owner)) return owner.name.text;
  return ownName(owner);
}

function isNamed(n: ts.Node): boolean {
  return (
    isTypeAliasDeclaration(n) ||
    isVariableDeclaration(n) ||
    isParameter(n) ||
    isPropertySignature(n) ||
    isPropertyDeclaration(n) ||
    isPropertyAssignment(n)
  );
}

/** The identifier a declaration, function or class is named by, if it has a plain one. */
function ownName(n: ts.Node): string | undefined {
  if (isFunctionLike(n)) return functionName(n);
  const name = (n as { name?: ts.Node }).name;
  if (!name) return undefined;
  if (isIdentifier(name) || isPrivateIdentifier(name) || isStringLiteralLike(name))
    return name.text.replace(/^#/, "");
  return undefined;
}

/** A function's own name, or the name of the variable or property holding it. */
function functionName(fn: ts.Node): string | undefined {
  const own = (fn as { name?: ts.Node }).name;
  if (own && (isIdentifier(own) || isStringLiteralLike(own))) return own.text;
  if (isArrowFunction(fn) || isFunctionExpression(fn)) {
    const holder = fn.parent;
    if (holder && (isVariableDeclaration(holder) || isPropertyAssignment(holder)))
      return ownName(holder);
  }
  return undefined;
}

/** The outermost function around a node (a module-level handler and its callbacks are one scope). */
function outermostFunction(at: ts.Node): ts.Node | undefined {
  let found: ts.Node | undefined;
  for (let n: ts.Node | undefined = at.parent; n; n = n.parent) if (isFunctionLike(n)) found = n;
  return found;
}

/** `send-sms-code` for `/src/send-sms-code.js`, `index` for `index.ts`. */
function fileBaseName(sf: ts.SourceFile): string {
  const base = sf.fileName.slice(sf.fileName.lastIndexOf("/") + 1);
  const dot = base.indexOf(".");
  const stem = dot > 0 ? base.slice(0, dot) : base;
  // `index.js` says nothing: its folder names the module (`uni-verify/index.js`).
  if (stem !== "index") return stem;
  const parts = sf.fileName.split("/");
  return parts[parts.length - 2] ?? stem;
}
