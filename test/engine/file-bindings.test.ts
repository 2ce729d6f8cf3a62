import path from "node:path";
import { type Project, ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { analyzeSourceFile } from "../../analyzers/engine/analyze-source-file.js";
import { getEngineContext } from "../../analyzers/engine/engine-context.js";
import { FileBindings } from "../../analyzers/engine/file-bindings.js";
import { SinkMatcher } from "../../analyzers/engine/sink-matcher.js";
import { unwrapExpression } from "../../analyzers/engine/unwrap-expression.js";
import { defaultConfig, exampleAppFiles, memoryProject } from "./support/analyze-files.js";

const helpers = `
import axios from "axios";
export const post = axios.post;
export function postJson(url: string, body: unknown) { return axios.post(url, body); }
const client = axios.create();
export default client;
`;

// Every kind of declaration that can shadow a name, next to module-scope imports and variables.
const shadowing = `
import { writeFileSync as save } from "node:fs";
import * as fs from "fs";
import axios from "axios";
import pino from "pino";
import { post, postJson } from "./helpers.js";
import client from "./helpers.js";
import * as helpers from "./helpers.js";
import send = require("./helpers.js");
const log = console.log;
const { info } = console;
const { promises: { writeFile } } = fs;
const logger = pino();
let mutable = console.log;
function declared(_: string) {}
class Declared { constructor(_: string) {} }
enum Kind { first = 1, second = first + 1 }
namespace Space { export const emit = save; emit("a", "b"); }
type Alias = string;
interface Shape { fetch: string }

export function run(body: string, fetchLike: typeof fetch, shape: Shape) {
  fetch("u", { body });
  save("a", body);
  log(body); info(body); writeFile("a", body); mutable(body); logger.info(body);
  declared(body); new Declared(body); Space.emit("a", body);
  post("u", body); postJson("u", body); client.post("u", body); helpers.post("u", body);
  helpers.default.post("u", body); send.post("u", body);
  fs.writeFileSync("a", body); fs.promises.writeFile("a", body);
  axios.post("u", body); axios.create().post("u", body);
  fetchLike("u"); console.log(shape.fetch, Kind.second);
  // The globals the functions below shadow, met first here.
  JSON.stringify(Math.max(parseInt("1"), parseFloat("1"))); String(isFinite); isNaN(1); String(Proxy);
  Promise.resolve(encodeURIComponent("")); RegExp("a"); String(Error); Symbol("s");
  const alias: Alias = body;
  return alias;
}
// Each shadows another global, so that missing one kind of declaration makes a mismatch.
function shadowsByParameter(JSON: { stringify(v: unknown): string }) { JSON.stringify(1); }
function shadowsByCatch() { try { save("a", "b"); } catch (Math) { (Math as () => void)(); } }
function shadowsByCatchPattern() { try { save("a", "b"); } catch ({ message: isFinite }) { String(isFinite); } }
function shadowsByLoop(list: ((u: string) => void)[]) { for (const parseInt of list) parseInt("u"); }
function shadowsByLocal() { const console = { log(_: string) {} }; console.log("x"); }
function shadowsByVar() { if (save) { var isNaN = (_: string) => {}; } isNaN("x"); }
function shadowsByDestructuring({ log: Proxy }: { log: (u: string) => void }) { Proxy("u"); }
function shadowsByFunction() { function fetch(_: string) {} fetch("u"); }
function shadowsByClass() { class Promise { static go() {} } Promise.go(); }
const named = function encodeURIComponent(u: string): void { if (u) encodeURIComponent(""); };
const klass = class parseFloat { static go() { parseFloat.go(); } };
namespace Nested { import RegExp = Space.emit; RegExp("a", "b"); }
enum Shadow { Error = 1, other = String(Error).length }
// A type parameter does not shadow a value: \`Symbol("s")\` is the global.
function generic<Symbol>(x: Symbol) { return [x, Symbol("s")]; }
function inner() { const post = (_: string) => {}; post("x"); }
export { shadowsByParameter, shadowsByCatch, shadowsByCatchPattern, shadowsByLoop, shadowsByLocal };
export { shadowsByVar, shadowsByDestructuring, shadowsByFunction, shadowsByClass, named, klass };
export { generic, inner, Shadow, Nested };
`;

// A second importer of the same module from the same folder, and one from another folder.
const sibling = `
import { post as transmit, postJson } from "./helpers.js";
import * as fs from "node:fs";
export function again(body: string) { transmit("u", body); postJson("u", body); fs.writeFileSync("a", body); fetch("u"); }
`;
const nested = `
import { post, postJson } from "../helpers.js";
export function deeper(body: string) { post("u", body); postJson("u", body); console.log(body); }
`;
// Same specifier and name as sibling.ts, another folder: another module.
const subHelpers = `export function post(_url: string, _body: unknown) {}`;
const subImporter = `
import { post } from "./helpers.js";
export function local(body: string) { post("u", body); }
`;
// A script: its top-level names are globals of the whole program.
const script = `
const scriptLog = console.log;
function scriptHelper(_: string) {}
`;
const usesScript = `
export function viaScript(body: string) { scriptLog(body); scriptHelper(body); }
`;

/** The identifiers in expression position of a file: callee roots, arguments, initializers. */
function expressionIdentifiers(sf: ts.SourceFile): ts.Identifier[] {
  const out: ts.Identifier[] = [];
  const rootOf = (e: ts.Expression): void => {
    let x = unwrapExpression(e);
    while (
      ts.isPropertyAccessExpression(x) ||
      ts.isElementAccessExpression(x) ||
      ts.isCallExpression(x)
    )
      x = unwrapExpression(x.expression);
    if (ts.isIdentifier(x)) out.push(x);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      rootOf(n.expression);
      for (const a of n.arguments ?? []) rootOf(a);
    }
    if (ts.isVariableDeclaration(n) && n.initializer) rootOf(n.initializer);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/**
 * The qualified name of every callee, and the root of every identifier in expression position,
 * with the files' bindings and with the checker alone.
 */
function compare(
  p: Project,
  order = p.getSourceFiles().map((f) => f.getFilePath() as string),
): { compared: number; answered: number; mismatches: string[] } {
  const checker = p.getTypeChecker().compilerObject;
  const catalog = getEngineContext(defaultConfig).sinks;
  const bindings = new Map<ts.SourceFile, FileBindings>();
  let answered = 0;
  const bindingsOf = (sf: ts.SourceFile): FileBindings => {
    let b = bindings.get(sf);
    if (!b) bindings.set(sf, (b = FileBindings.of(sf)));
    return b;
  };
  const syntactic = new SinkMatcher(checker, catalog, undefined, bindingsOf);
  const checkerOnly = new SinkMatcher(checker, catalog);
  const mismatches: string[] = [];
  let compared = 0;
  for (const name of order) {
    const sf = p.getSourceFileOrThrow(name).compilerNode;
    if (sf.isDeclarationFile) continue;
    const where = (n: ts.Node) => `${path.basename(sf.fileName)}:${n.getText(sf)}`;
    const check = (e: ts.Expression): void => {
      compared++;
      const ours = syntactic.qualifiedName(e, 0);
      const theirs = checkerOnly.qualifiedName(e, 0);
      if (ours !== theirs) mismatches.push(`${where(e)}: ${ours} vs ${theirs}`);
    };
    for (const id of expressionIdentifiers(sf)) {
      if (bindingsOf(sf).lookup(id.text) !== undefined) answered++;
      check(id);
    }
    const calls = (n: ts.Node): void => {
      if (ts.isCallExpression(n) || ts.isNewExpression(n)) check(n.expression);
      ts.forEachChild(n, calls);
    };
    calls(sf);
  }
  return { compared, answered, mismatches };
}

describe("file bindings", () => {
  it("gives every callee and expression identifier the root the checker gives, whatever shadows it", () => {
    const result = compare(
      memoryProject({
        "helpers.ts": helpers,
        "shadowing.ts": shadowing,
        "sibling.ts": sibling,
        "sub/nested.ts": nested,
        "sub/helpers.ts": subHelpers,
        "sub/importer.ts": subImporter,
        "script.ts": script,
        "uses-script.ts": usesScript,
      }),
    );
    expect(result.mismatches).toEqual([]);
    expect(result.compared).toBeGreaterThan(120);
    // Most names are answered without the checker: the comparison exercises the shortcut.
    expect(result.answered).toBeGreaterThan(result.compared / 5);
  });

  it("agrees with the checker on every callee and expression identifier of examples/app", () => {
    const result = compare(memoryProject(exampleAppFiles()));
    expect(result.mismatches).toEqual([]);
    expect(result.compared).toBeGreaterThan(300);
  });

  // Each case in both orders: a first file's answer must not become every file's.
  const bothOrders = (files: Record<string, string>, options: ts.CompilerOptions = {}) => {
    const names = Object.keys(files).map((n) => `/src/${n}`);
    return [names, [...names].reverse()].map((order) =>
      compare(memoryProject(files, options), order),
    );
  };

  it("does not take a JSDoc @import of a global's name for the global, in either order", () => {
    for (const result of bothOrders(
      {
        "a.js": `/** @import { fetch } from "./poly.js" */\nexport function f(x) { fetch("u", x); }`,
        "b.ts": `export function g(x: string) { fetch("u", { body: x }); }`,
        "poly.ts": `export function fetch(u: string, i?: unknown) { return [u, i]; }`,
      },
      { allowJs: true, checkJs: true },
    )) {
      expect(result.mismatches).toEqual([]);
      expect(result.compared).toBeGreaterThan(2);
    }
  });

  it("sees names another file's module augmentation or a merged namespace brings into scope", () => {
    for (const result of bothOrders({
      "h.ts": `export const base = 1;\nexport function run(x: string) { extra(x); console.log(x); }`,
      "aug.ts": `declare module "./h.js" { export const extra: (x: string) => void; }\nexport {};`,
      "o.ts": `export function other(x: string) { console.log(x); fetch(x); }`,
      "z.ts": `export namespace Z { export function call(x: string) { fetch(x); } }`,
      "zaug.ts": `import "./z.js";\ndeclare module "./z.js" { namespace Z { const fetch: (x: string) => void; } }`,
    })) {
      expect(result.mismatches).toEqual([]);
      expect(result.compared).toBeGreaterThan(4);
    }
  });

  it("does not share an import's root cut short by the alias depth with a shallower importer", () => {
    const files = {
      "h.ts": `import axios from "axios";\nexport const p = axios.post;`,
      "x.ts": `import { p } from "./h.js";\nconst a1 = p; const a2 = a1; const a3 = a2; const a4 = a3; const a5 = a4; const a6 = a5;\nexport function g(u: { email: string }) { a6("u", u.email); }`,
      "y.ts": `import { p } from "./h.js";\nexport function f(u: { email: string }) { p("u", u.email); }`,
    };
    const found = (order: string[]) => {
      const project = memoryProject(files);
      return order.map((f) =>
        analyzeSourceFile(project.getSourceFileOrThrow(`/src/${f}`), { config: defaultConfig })
          .findings.map((x) => `${f}:${x.sink.id}:${x.fieldPath}`)
          .join(","),
      );
    };
    const [x1, y1] = found(["x.ts", "y.ts"]);
    const [y2, x2] = found(["y.ts", "x.ts"]);
    expect(y1).toBe(y2);
    expect(x1).toBe(x2);
    expect(y1).toContain("u.email");
  });

  it("answers a name declared once at module scope with its declaration, and an undeclared one as a global", () => {
    const p = memoryProject({
      "helpers.ts": helpers,
      "shadowing.ts": shadowing,
      "script.ts": script,
    });
    const b = FileBindings.of(p.getSourceFileOrThrow("/src/shadowing.ts").compilerNode);
    const kindOf = (name: string) => {
      const found = b.lookup(name);
      return typeof found === "object" ? ts.SyntaxKind[found.kind] : found;
    };
    expect(kindOf("save")).toBe("ImportSpecifier");
    expect(kindOf("client")).toBe("ImportClause");
    expect(kindOf("helpers")).toBe("NamespaceImport");
    expect(kindOf("send")).toBe("ImportEqualsDeclaration");
    expect(kindOf("info")).toBe("BindingElement");
    expect(kindOf("writeFile")).toBe("BindingElement");
    expect(kindOf("mutable")).toBe("VariableDeclaration");
    expect(kindOf("log")).toBe("VariableDeclaration");
    expect(kindOf("Declared")).toBe("ClassDeclaration");
    expect(kindOf("Kind")).toBe("EnumDeclaration");
    expect(kindOf("Space")).toBe("ModuleDeclaration");
    // A file with namespaces may see names another file merges into them: not answered.
    expect(kindOf("scriptLog")).toBeUndefined();
    const plain = FileBindings.of(p.getSourceFileOrThrow("/src/helpers.ts").compilerNode);
    expect(plain.lookup("scriptLog")).toBe("global");
    // Declared in an inner scope, twice, or as a type only: the checker decides.
    expect(kindOf("fetch")).toBeUndefined();
    expect(kindOf("console")).toBeUndefined();
    expect(kindOf("JSON")).toBeUndefined();
    expect(kindOf("isNaN")).toBeUndefined();
    expect(kindOf("post")).toBeUndefined();
    expect(kindOf("first")).toBeUndefined();
    expect(kindOf("Alias")).toBeUndefined();
    // In a script, top-level names are globals other files see: nothing is answered.
    const scriptBindings = FileBindings.of(p.getSourceFileOrThrow("/src/script.ts").compilerNode);
    expect(scriptBindings.lookup("scriptLog")).toBeUndefined();
    expect(scriptBindings.lookup("fetch")).toBeUndefined();
  });

  it("asks the checker about an imported helper once per module, not once per importing file", () => {
    const files: Record<string, string> = { "helpers.ts": helpers };
    for (let i = 0; i < 5; i++)
      files[`s${i}.ts`] =
        `import { postJson, post } from "./helpers.js";\nexport function f(b: string) { postJson("u", b); post("u", b); fetch("u"); }`;
    const p = memoryProject(files);
    const real = p.getTypeChecker().compilerObject;
    const asked: string[] = [];
    const checker = new Proxy(real, {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        if (key !== "getSymbolAtLocation" || typeof value !== "function") return value;
        return (node: ts.Node) => {
          // Name lookups (a file's module symbol, asked once per file, costs nothing).
          if (ts.isIdentifier(node))
            asked.push(`${path.basename(node.getSourceFile().fileName)}:${node.getText()}`);
          return (value as (n: ts.Node) => unknown).call(target, node);
        };
      },
    });
    const matcher = new SinkMatcher(
      checker,
      getEngineContext(defaultConfig).sinks,
      undefined,
      (sf) => FileBindings.of(sf),
    );
    const roots: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) {
      const sf = p.getSourceFileOrThrow(`/src/s${i}.ts`).compilerNode;
      const calls = (n: ts.Node): void => {
        if (ts.isCallExpression(n)) roots.push(matcher.qualifiedName(n.expression, 0));
        ts.forEachChild(n, calls);
      };
      calls(sf);
    }
    expect(roots.filter((r) => r === "m:axios.post")).toHaveLength(5);
    expect(roots.filter((r) => r === "g:fetch")).toHaveLength(5);
    // The first file resolves `postJson` and `post` (through helpers.ts's `axios`); the global
    // `fetch` is looked up among the globals, not at a location.
    expect(asked.filter((a) => !a.startsWith("s0.ts:") && !a.startsWith("helpers.ts:"))).toEqual(
      [],
    );
    expect(asked.filter((a) => a.startsWith("s0.ts:"))).toEqual(["s0.ts:postJson", "s0.ts:post"]);
  });
});
