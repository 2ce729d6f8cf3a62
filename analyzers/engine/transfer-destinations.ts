import type { ts } from "ts-morph";
import {
  NodeFlags,
  SymbolFlags,
  SyntaxKind,
  getCombinedNodeFlags,
  isBinaryExpression,
  isCallExpression,
  isFunctionLike,
  isIdentifier,
  isNewExpression,
  isNoSubstitutionTemplateLiteral,
  isObjectLiteralExpression,
  isParameter,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isShorthandPropertyAssignment,
  isStringLiteralLike,
  isTemplateExpression,
  isVariableDeclaration,
} from "./typescript-functions.js";
import type { CompiledSink } from "../sinks/compile-sink-catalog.js";
import {
  endpointOptions,
  modelProviderModules,
  regionOptions,
  sdkDestinations,
  type SdkDestination,
} from "../transfers/sdk-destinations.js";
import {
  ownDestination,
  type CompiledTransfers,
  type ResolvedDestination,
} from "../transfers/compile-transfers.js";
import type { TransferDestination } from "../transfers/transfer-destination.js";
import { fieldWrites } from "./field-writes.js";
import type { SinkMatcher } from "./sink-matcher.js";
import { thisBinding } from "./this-binding.js";
import { unwrapExpression } from "./unwrap-expression.js";

const maxDepth = 5;

/** What the code shows of a string: its known prefix, whether that is all, or an env read. */
interface StringValue {
  text: string;
  complete: boolean;
  environment?: true;
}

/** Sinks whose data call (`send`, `write`) is made on a value built from the URL. */
const builtFromUrl = new Set(["websocket", "node-http", "superagent"]);
/** Options of a request config or instance that hold its base URL. */
const baseOptions = ["baseURL", "baseUrl", "prefixUrl"];
/** Options of a request config that hold its URL or host. */
const urlOptions = ["url"];
const hostOptions = ["hostname", "host"];

/**
 * Where each transfer sink call sends its data (PIPL Arts. 38-39): the URL it is given (a literal,
 * a template with a literal origin, a constant, an instance's base URL), the endpoint or region
 * its client was built with, or the SDK's default recipient. A relative URL or one of the
 * organisation's own hosts is the organisation itself (`"own"`): not a transfer to another party.
 */
export class TransferDestinations {
  private readonly memo = new WeakMap<ts.Node, ResolvedDestination>();
  /** Destinations of a helper's sink call as seen from each call site (by site, then sink call). */
  private readonly bySite = new WeakMap<ts.Node, Map<ts.Node, ResolvedDestination>>();
  /**
   * While resolving a helper's sink call for one call site: the helper and the site's arguments,
   * so a URL the helper takes as a parameter (`postJson(url, body)`) is read at the call site.
   */
  private site: { fn: ts.Node; args: readonly ts.Expression[] } | undefined;

  /** Calls of each SDK's configuring functions (`Sentry.init`) in the files in view, by sink id. */
  private readonly configuring = new Map<string, (ts.CallExpression | ts.NewExpression)[]>();

  /**
   * @param files - the files whose configuring calls (`Sentry.init`) count: the program's, else
   *   the file being analysed
   */
  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly transfers: CompiledTransfers,
    private readonly matcher: SinkMatcher,
    private readonly files: (from: ts.SourceFile) => readonly ts.SourceFile[] = (from) => [from],
  ) {}

  /**
   * The destination of a transfer sink call; `undefined` for other sinks. For a sink call inside a
   * local helper, `site` is the call of the helper being analysed: parameters of the helper that
   * hold the URL are read from its arguments.
   */
  of(call: ts.Node, sink: CompiledSink, site?: ts.Node): ResolvedDestination | undefined {
    if (sink.kind !== "transfer") return undefined;
    if (site && (isCallExpression(site) || isNewExpression(site))) {
      const fn = enclosingFunction(call);
      if (fn) {
        const seen = this.bySite.get(site) ?? new Map<ts.Node, ResolvedDestination>();
        this.bySite.set(site, seen);
        let found = seen.get(call);
        if (found === undefined) {
          this.site = { fn, args: site.arguments ?? [] };
          try {
            found =
              isCallExpression(call) || isNewExpression(call)
                ? this.resolve(call, sink)
                : { jurisdiction: "unknown", from: "none" };
          } finally {
            this.site = undefined;
          }
          seen.set(call, found);
        }
        return found;
      }
    }
    let found = this.memo.get(call);
    if (found === undefined) {
      found =
        isCallExpression(call) || isNewExpression(call)
          ? this.resolve(call, sink)
          : { jurisdiction: "unknown", from: "none" };
      this.memo.set(call, found);
    }
    return found;
  }

  private resolve(
    call: ts.CallExpression | ts.NewExpression,
    sink: CompiledSink,
  ): ResolvedDestination {
    if (this.transfers.followsUrl(sink.id)) return this.urlDestination(call, sink);
    const found = this.sdkDestination(call, sink);
    // A product client of a whole-cloud SDK (`tencentcloud.hunyuan.v20230901.Client`) names the
    // product where the code shows no more specific service.
    const sdk = sdkDestinations.find((d) => d.sink === sink.id);
    if (found === ownDestination || !sdk?.products || found.service !== sdk.service) return found;
    for (const c of this.constructions(call.expression)) {
      const name = this.matcher.qualifiedName(c.expression, 0) ?? "";
      for (const [product, service] of Object.entries(sdk.products))
        if (name.includes(`.${product}.`)) return { ...found, service };
    }
    return found;
  }

  private sdkDestination(
    call: ts.CallExpression | ts.NewExpression,
    sink: CompiledSink,
  ): ResolvedDestination {
    const args = call.arguments ?? [];
    // A model call of the Vercel AI SDK names its provider in `model`.
    const model = args[0] ? this.option([args[0]], ["model"]) : undefined;
    const constructions = this.constructions(call.expression);
    if (model !== undefined && sink.id === "vercel-ai") {
      const m = unwrapExpression(model);
      constructions.push(...this.constructions(m));
      if (isCallExpression(m)) constructions.push(m);
    }
    const defaults = this.defaultFor(sink.id, constructions);
    const sdk = sdkDestinations.find((d) => d.sink === sink.id);
    if (constructions.length === 0 && sdk?.configuredBy) {
      const configuring = this.configuringCalls(sdk, call.getSourceFile());
      if (configuring.length > 0) {
        constructions.push(...configuring);
        // Configured without an endpoint: the SDK reads it from the environment (`SENTRY_DSN`).
        if (sdk.endpointVariable && this.option(configuring, endpointOptions) === undefined)
          return unknownFrom("environment", defaults);
      }
    }
    const endpoint = this.option(constructions, endpointOptions);
    if (endpoint !== undefined) {
      const d = this.fromUrlValue(this.stringValue(endpoint, 0), "base-url", defaults);
      if (d) return d;
    }
    const region = this.option(constructions, regionOptions);
    if (region !== undefined) {
      const v = this.stringValue(region, 0);
      if (v?.environment) return unknownFrom("environment", defaults);
      if (v?.complete) {
        const d = this.transfers.region(defaults?.sink ?? sink.id, v.text);
        return d ?? { ...unknownFrom("region", defaults), region: v.text };
      }
      return unknownFrom("region", defaults);
    }
    return defaults?.destination ?? { jurisdiction: "unknown", from: "none" };
  }

  /** Calls of an SDK's configuring functions in the files in view, the sink call's file first. */
  private configuringCalls(
    sdk: SdkDestination,
    from: ts.SourceFile,
  ): (ts.CallExpression | ts.NewExpression)[] {
    const key = `${sdk.sink}\0${from.fileName}`;
    const known = this.configuring.get(key);
    if (known) return known;
    const names = new Set((sdk.configuredBy ?? []).map((n) => `m:${n}`));
    const modules = (sdk.configuredBy ?? []).map((n) => n.slice(0, n.lastIndexOf(".")));
    const functions = new Set((sdk.configuredBy ?? []).map((n) => n.slice(n.lastIndexOf(".") + 1)));
    const found: ts.CallExpression[] = [];
    const files = [from, ...this.files(from).filter((f) => f !== from)];
    for (const file of files) {
      // Only a file that names the module can call its configuring function.
      if (!modules.some((m) => file.text.includes(m))) continue;
      const visit = (node: ts.Node): void => {
        // The checker is asked only about calls named like a configuring function (`init`).
        if (isCallExpression(node) && functions.has(calleeName(node.expression))) {
          const name = this.matcher.qualifiedName(node.expression, 0);
          if (name !== undefined && names.has(name)) found.push(node);
        }
        node.forEachChild(visit);
      };
      visit(file);
      if (found.length > 0) break;
    }
    this.configuring.set(key, found);
    return found;
  }

  /** The SDK default of a sink, or of the model provider a generic client is built for. */
  private defaultFor(
    sinkId: string,
    constructions: readonly (ts.CallExpression | ts.NewExpression)[],
  ): { sink: string; destination: TransferDestination } | undefined {
    const own = this.transfers.sdkDefault(sinkId);
    if (own) return { sink: sinkId, destination: own };
    for (const c of constructions) {
      const name = this.matcher.qualifiedName(c.expression, 0);
      if (name === undefined) continue;
      for (const [module, provider] of Object.entries(modelProviderModules)) {
        const root = `m:${module}`;
        const next = name[root.length];
        if (name.startsWith(root) && (next === undefined || next === "." || next === "(")) {
          const destination = this.transfers.sdkDefault(provider);
          if (destination) return { sink: provider, destination };
        }
      }
    }
    return undefined;
  }

  private urlDestination(
    call: ts.CallExpression | ts.NewExpression,
    sink: CompiledSink,
  ): ResolvedDestination {
    const constructions = this.constructions(call.expression);
    const callee = unwrapExpression(call.expression);
    const method = isPropertyAccessExpression(callee) ? callee.name.text : "";
    let url: ts.Expression | undefined;
    let host: ts.Expression | undefined;
    const bases: ts.Expression[] = [];
    if (builtFromUrl.has(sink.id) && ["send", "write", "end", "query"].includes(method)) {
      const built = constructions[0];
      url = built?.arguments?.[0];
    } else {
      url = call.arguments?.[0];
    }
    if (url !== undefined) {
      const config = this.objectLiteral(url, 0);
      if (config) {
        url = this.option([config], urlOptions);
        host = this.option([config], hostOptions);
        const base = this.option([config], baseOptions);
        if (base) bases.push(base);
      }
    }
    const instanceBase = this.option(constructions, baseOptions);
    if (instanceBase) bases.push(instanceBase);
    const value = url === undefined ? undefined : this.stringValue(url, 0);
    const fromUrl = this.fromUrlValue(value, "url", undefined);
    if (fromUrl && !(fromUrl !== ownDestination && fromUrl.from === "none")) {
      if (fromUrl !== ownDestination || bases.length === 0) return fromUrl;
    }
    if (host !== undefined) {
      const h = this.stringValue(host, 0);
      if (h?.environment) return { jurisdiction: "unknown", from: "environment" };
      if (h?.complete) return this.transfers.host(h.text, "url");
    }
    for (const base of bases) {
      const d = this.fromUrlValue(this.stringValue(base, 0), "base-url", undefined);
      if (d) return d;
    }
    return fromUrl ?? { jurisdiction: "unknown", from: "none" };
  }

  /**
   * The destination a URL, base URL or endpoint value names: a host (with or without a scheme),
   * a relative URL (the organisation itself), an environment read (unknown), or `undefined` when
   * the code does not show enough.
   */
  private fromUrlValue(
    value: StringValue | undefined,
    from: TransferDestination["from"],
    defaults: { destination: TransferDestination } | undefined,
  ): ResolvedDestination | undefined {
    if (!value) return undefined;
    if (value.environment) return unknownFrom("environment", defaults);
    const text = value.text.trim();
    // A user-info part (`https://key@o1.ingest.sentry.io/2`, a DSN) is not the host.
    const withScheme = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^/?#@]*@)?([^/:?#@]*)([/:?#])?/i.exec(text);
    if (withScheme) {
      const host = withScheme[1] ?? "";
      if (host !== "" && (withScheme[2] !== undefined || value.complete))
        return this.transfers.host(host, from);
      return unknownFrom(from, defaults);
    }
    if (text.startsWith("/") || text.startsWith(".") || text.startsWith("?")) return ownDestination;
    if (!value.complete) return text === "" ? undefined : unknownFrom(from, defaults);
    // A bare host (`dysmsapi.aliyuncs.com`, an SDK endpoint).
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/|$)/i.test(text))
      return this.transfers.host(text.replace(/[:/].*$/, ""), from);
    // A bare word (`users/1`): relative to an instance's base URL when there is one, else nothing
    // the code shows for sure; only `/`, `.` and `?` forms are taken as the organisation's own.
    return from === "url" ? { jurisdiction: "unknown", from: "none" } : undefined;
  }

  /** The calls and `new` expressions a callee's receiver was built by, nearest first. */
  private constructions(expr: ts.Expression, depth = 0): (ts.CallExpression | ts.NewExpression)[] {
    const out: (ts.CallExpression | ts.NewExpression)[] = [];
    let e: ts.Expression = unwrapExpression(expr);
    for (let steps = 0; steps < 20 && depth <= maxDepth; steps++) {
      if (isPropertyAccessExpression(e)) {
        if (e.expression.kind === SyntaxKind.ThisKeyword) {
          const binding = thisBinding(e);
          for (const value of binding ? (fieldWrites(binding.cls).get(e.name.text) ?? []) : [])
            if (!isParameter(value)) out.push(...this.constructions(value, depth + 1));
          return out;
        }
        e = unwrapExpression(e.expression);
      } else if (isCallExpression(e) || isNewExpression(e)) {
        out.push(e);
        e = unwrapExpression(e.expression);
      } else if (isIdentifier(e)) {
        const init = this.initializer(e);
        if (!init) return out;
        e = unwrapExpression(init);
        depth++;
      } else return out;
    }
    return out;
  }

  /** The value an option of these calls' arguments holds (searched in nested objects too). */
  private option(
    holders: readonly (ts.CallExpression | ts.NewExpression | ts.Expression)[],
    names: readonly string[],
  ): ts.Expression | undefined {
    for (const h of holders) {
      const args = isCallExpression(h) || isNewExpression(h) ? [...(h.arguments ?? [])] : [h];
      for (const a of args) {
        const found = this.optionIn(a, names, 0);
        if (found) return found;
      }
    }
    return undefined;
  }

  private optionIn(
    expr: ts.Expression,
    names: readonly string[],
    depth: number,
  ): ts.Expression | undefined {
    if (depth > 3) return undefined;
    const e = unwrapExpression(expr);
    if (isCallExpression(e) || isNewExpression(e)) {
      for (const a of e.arguments ?? []) {
        const found = this.optionIn(a, names, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    const object = this.objectLiteral(e, 0);
    if (!object) return undefined;
    for (const p of object.properties) {
      const name =
        p.name && (isIdentifier(p.name) || isStringLiteralLike(p.name)) ? p.name.text : "";
      if (names.includes(name)) {
        if (isPropertyAssignment(p)) return p.initializer;
        if (isShorthandPropertyAssignment(p)) return p.name;
      }
    }
    for (const p of object.properties) {
      if (!isPropertyAssignment(p)) continue;
      const found = this.optionIn(p.initializer, names, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  private objectLiteral(
    expr: ts.Expression,
    depth: number,
  ): ts.ObjectLiteralExpression | undefined {
    const e = unwrapExpression(expr);
    if (isObjectLiteralExpression(e)) return e;
    if (isIdentifier(e) && depth < maxDepth) {
      const init = this.initializer(e);
      return init ? this.objectLiteral(init, depth + 1) : undefined;
    }
    return undefined;
  }

  /**
   * The initializer of a `const` variable a name refers to, or, while a helper is resolved for a
   * call site, the argument passed for the helper's parameter of that name.
   */
  private initializer(id: ts.Identifier): ts.Expression | undefined {
    let symbol = this.checker.getSymbolAtLocation(id);
    if (symbol && symbol.flags & SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    const d = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    const site = this.site;
    if (d && isParameter(d) && site && d.parent === site.fn && !d.dotDotDotToken)
      return site.args[d.parent.parameters.indexOf(d)];
    if (!d || !isVariableDeclaration(d) || !d.initializer) return undefined;
    if (!(getCombinedNodeFlags(d) & NodeFlags.Const)) return undefined;
    return d.initializer;
  }

  /** Whether a `new` expression's callee is the global `URL` (not a local class of that name). */
  private isGlobalUrl(callee: ts.Expression): boolean {
    const e = unwrapExpression(callee);
    if (!isIdentifier(e) || e.text !== "URL") return false;
    const declarations = this.checker.getSymbolAtLocation(e)?.declarations ?? [];
    return declarations.every((d) => d.getSourceFile().isDeclarationFile);
  }

  /**
   * What `new URL(input, base)` shows: `input` when it is absolute, else `input` resolved
   * against `base` (a literal, constant or template origin), as the WHATWG URL parser would.
   */
  private urlValue(e: ts.NewExpression, depth: number): StringValue | undefined {
    const [input, base] = e.arguments ?? [];
    if (input === undefined) return undefined;
    const path = this.stringValue(input, depth + 1);
    if (base === undefined || path?.environment) return path;
    if (path && originOf(path.text) !== undefined) return path;
    const from = this.stringValue(base, depth + 1);
    if (!from) return undefined;
    if (from.environment) return from;
    const origin = originOf(from.text);
    if (origin === undefined) return undefined;
    // `https://api.${region}.example.com`: the host itself is not known.
    if (!from.complete && from.text.trim().length === origin.length) return from;
    if (path?.complete && from.complete) {
      try {
        return { text: new URL(path.text, from.text).href, complete: true };
      } catch {
        // An input the URL parser rejects throws at run time too: nothing is sent there.
        return undefined;
      }
    }
    // A path the code does not show (or a base with a dynamic tail) keeps the base's origin.
    return { text: `${origin}/`, complete: false };
  }

  /** What the code shows of a string expression (see {@link StringValue}). */
  private stringValue(expr: ts.Expression, depth: number): StringValue | undefined {
    if (depth > maxDepth) return undefined;
    const e = unwrapExpression(expr);
    if (isStringLiteralLike(e) || isNoSubstitutionTemplateLiteral(e))
      return { text: e.text, complete: true };
    if (isTemplateExpression(e)) {
      let text = e.head.text;
      for (const span of e.templateSpans) {
        const v = this.stringValue(span.expression, depth + 1);
        if (!v) return { text, complete: false };
        if (v.environment && text === "") return v;
        text += v.text;
        if (!v.complete) return { text, complete: false };
        text += span.literal.text;
      }
      return { text, complete: true };
    }
    if (isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === SyntaxKind.PlusToken) {
        const left = this.stringValue(e.left, depth + 1);
        if (!left) return undefined;
        if (!left.complete || left.environment) return left;
        const right = this.stringValue(e.right, depth + 1);
        return right && !right.environment
          ? { text: left.text + right.text, complete: right.complete }
          : { text: left.text, complete: false };
      }
      if (op === SyntaxKind.QuestionQuestionToken || op === SyntaxKind.BarBarToken) {
        // The environment decides first; the literal is only a fallback.
        const left = this.stringValue(e.left, depth + 1);
        return left?.environment ? left : undefined;
      }
      return undefined;
    }
    if (isPropertyAccessExpression(e)) {
      const base = unwrapExpression(e.expression);
      if (
        isPropertyAccessExpression(base) &&
        base.name.text === "env" &&
        isIdentifier(base.expression) &&
        base.expression.text === "process"
      )
        return { text: "", complete: false, environment: true };
      if (
        isPropertyAccessExpression(base) &&
        base.name.text === "env" &&
        base.expression.kind === SyntaxKind.MetaProperty
      )
        return { text: "", complete: false, environment: true };
    }
    if (isNewExpression(e) && this.isGlobalUrl(e.expression)) return this.urlValue(e, depth);
    // `url.href`, `url.toString()` of a URL the code builds.
    const ofUrl =
      isPropertyAccessExpression(e) && e.name.text === "href"
        ? e.expression
        : isCallExpression(e) &&
            (e.arguments?.length ?? 0) === 0 &&
            isPropertyAccessExpression(e.expression) &&
            e.expression.name.text === "toString"
          ? e.expression.expression
          : undefined;
    if (ofUrl !== undefined) {
      const v = this.stringValue(ofUrl, depth + 1);
      if (v) return v;
    }
    const type = this.checker.getTypeAtLocation(e);
    if (type.isStringLiteral()) return { text: type.value, complete: true };
    if (isIdentifier(e)) {
      const init = this.initializer(e);
      return init ? this.stringValue(init, depth + 1) : undefined;
    }
    if (isPropertyAccessExpression(e)) {
      const object = this.objectLiteral(e.expression, 0);
      const value = object ? this.optionIn(object, [e.name.text], 3) : undefined;
      return value ? this.stringValue(value, depth + 1) : undefined;
    }
    return undefined;
  }
}

/** The last name of a callee: `init` of `Sentry.init` and of `init`. */
function calleeName(callee: ts.Expression): string {
  const e = unwrapExpression(callee);
  if (isIdentifier(e)) return e.text;
  if (isPropertyAccessExpression(e)) return e.name.text;
  return "";
}

/** The origin of an absolute URL (`https://api.openai.com`), or `undefined`. */
function originOf(text: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(text.trim())?.[0];
}

function unknownFrom(
  from: TransferDestination["from"],
  defaults: { destination: TransferDestination } | undefined,
): TransferDestination {
  const service = defaults?.destination.service;
  return { jurisdiction: "unknown", ...(service ? { service } : {}), from };
}

/** The function a node is directly inside (a helper whose sink call it is). */
function enclosingFunction(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let n = node.parent; n; n = n.parent) if (isFunctionLike(n)) return n;
  return undefined;
}
