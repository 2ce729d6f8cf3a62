/*
 * One small file per TypeScript syntactic construct, each with PI (a resident ID and a mobile
 * number field, synthetic) flowing into a log sink, for the crash tests of the engine and rules.
 */

const u = `interface U { idNumber: string; mobile: string; realName: string }\n`;

/** Files that compile under standard (TC39) decorators. */
export const constructFiles: Record<string, string> = {
  "empty.ts": "",
  "only-whitespace.ts": "\n\n   \t\n",
  "only-comment.ts": "// nothing here\n/** @pipl resident-id */\n",
  "only-bom.ts": "\uFEFF",
  "directive-only.ts": '"use strict";\n',
  "syntax-error.ts": `${u}export function f(u: U) { console.log(u.idNumber;\n`,
  "unterminated.ts": "export const s = `abc ${",
  "enums.ts": `${u}export enum Kind { A, B = "b", C = A | 4 }\nexport const enum Flag { X = 1, Y = X << 1 }\nexport function f(u: U, k: Kind) { if (k === Kind.A && Flag.Y) console.log(u.idNumber, Kind[k]); }\n`,
  "namespaces.ts": `${u}export namespace Outer.Inner { export function log(u: U) { console.log(u.mobile); } }\nnamespace Merged { export const a = 1; }\nnamespace Merged { export function g(u: U) { console.log(u.idNumber, a); } }\ndeclare global { interface Window { pipl?: U } }\nmodule Legacy { export const x = 1; }\n`,
  "overloads.ts": `${u}export function f(u: U): void;\nexport function f(u: U, n: number): void;\nexport function f(u: U, n?: number) { console.log(u.idNumber, n); }\nclass C { m(u: U): void; m(u: U, s: string): void; m(u: U, s?: string) { console.log(u.mobile, s); } }\nexport { C };\n`,
  "generators.ts": `${u}export function* g(u: U) { const x = yield u.idNumber; console.log(x, u.mobile); yield* [u.realName]; }\nexport async function* ag(us: AsyncIterable<U>) { for await (const u of us) { console.log(u.idNumber); yield u; } }\nexport async function run(u: U) { for await (const v of ag((async function* () { yield u; })())) console.log(v.mobile); }\n`,
  "using.ts": `${u}declare const Symbol: { dispose: symbol; asyncDispose: symbol };\nexport async function f(u: U) {\n  using res = { [Symbol.dispose]() { console.log(u.idNumber); } } as any;\n  await using ares = { async [Symbol.asyncDispose]() { console.log(u.mobile); } } as any;\n  console.log(res, ares, u.realName);\n}\n`,
  "satisfies.ts": `${u}const cfg = { log: (u: U) => console.log(u.idNumber) } satisfies Record<string, (u: U) => void>;\nexport function f(u: U) { cfg.log(u); console.log((u satisfies U).mobile); }\n`,
  "abstract-classes.ts": `${u}export abstract class Base { abstract id: string; abstract show(u: U): void; protected log(u: U) { console.log(u.idNumber); } }\nexport class Impl extends Base { id = ""; override show(u: U) { this.log(u); console.log(u.mobile); } }\n`,
  "private-fields.ts": `${u}export class Holder { #u: U; static #count = 0; constructor(u: U) { this.#u = u; Holder.#count++; } #print() { console.log(this.#u.idNumber); } show() { this.#print(); if (#u in this) console.log(this.#u.mobile); } static { Holder.#count = 0; } }\n`,
  "accessors.ts": `${u}export class P { constructor(private u: U) {} get id() { return this.u.idNumber; } set id(v: string) { console.log(v); this.u.idNumber = v; } accessor m = ""; }\nexport function f(p: P, u: U) { console.log(p.id); p.id = u.mobile; }\nexport const o = { get id() { return "" }, set id(v: string) { console.log(v); } };\n`,
  "labelled-loops.ts": `${u}export function f(us: U[]) { outer: for (const u of us) { inner: for (let i = 0; i < 3; i++) { if (i) continue outer; if (!u) break inner; console.log(u.idNumber); } } lbl: { console.log(us[0]?.mobile); break lbl; } do { console.log(us.length); } while (false); for (const k in us) console.log(us[k as unknown as number]!.realName); }\n`,
  "optional-chaining.ts": `${u}export function f(u?: U | null, m?: Map<string, U>) { console.log(u?.idNumber, u?.["mobile"], m?.get("a")?.realName ?? u!.idNumber); const g = (console as any)?.log; g?.(u?.mobile); let x = u?.idNumber; x ??= u?.mobile; x ||= ""; x &&= u!.realName; console.log(x); }\n`,
  "tagged-templates.ts": `${u}function tag(s: TemplateStringsArray, ...v: unknown[]) { return s.raw.join("") + v.length; }\nexport function f(u: U) { console.log(tag\`id \${u.idNumber} \${tag\`\${u.mobile}\`}\`); console.log(\`\${u.realName}\`, String.raw\`\\n\${u.idNumber}\`); }\n`,
  "computed-keys.ts": `${u}const k = "idNumber" as const;\nexport function f(u: U, key: keyof U) { console.log(u[k], u[key], u["mob" + "ile" as "mobile"]); const o = { [k]: u.idNumber, [\`\${k}2\`]: u.mobile, [Symbol.iterator]: null }; console.log(o); const { [k]: id, ...rest } = u; console.log(id, rest); }\n`,
  "declaration-merging.ts": `interface U { idNumber: string }\ninterface U { mobile: string }\nfunction U() {}\nnamespace U { export const x = 1; }\nclass M {}\ninterface M { u: U }\nexport function f(u: U, m: M) { console.log(u.idNumber, m.u.mobile, U.x); }\n`,
  "destructuring.ts": `${u}export function f({ idNumber, mobile: phone, ...rest }: U, [first, , third = ""]: string[]) { console.log(idNumber, phone, rest, first, third); const [{ realName } = {} as U] = [] as U[]; console.log(realName); }\n`,
  "spread-and-rest.ts": `${u}export function f(u: U, ...more: U[]) { console.log({ ...u }, ...more.map((m) => m.idNumber), [...more]); Object.assign({}, u); console.log(JSON.stringify(u)); }\n`,
  "closures-iife.ts": `${u}export const f = (u: U) => ((x) => () => console.log(x.idNumber))(u)();\nexport default function (u: U) { (function named() { console.log(u.mobile); })(); void (() => console.log(u.realName))(); }\n`,
  "classes-misc.ts": `${u}export class A<T extends U = U> { static s = 1; declare d: string; readonly r = 1; constructor(public readonly u: T, protected p?: T) { super_call: { } } static { console.log(A.s); } log() { console.log(this.u.idNumber, this.p?.mobile); } }\nexport const Anon = class extends A { override log() { super.log(); console.log(this.u.mobile); } };\nnew (class { constructor(u: U) { console.log(u.idNumber); } })({} as U);\n`,
  "types-only.ts": `${u}export type Id = U["idNumber"];\nexport type M<T> = { [K in keyof T as \`get\${Capitalize<string & K>}\`]: () => T[K] };\nexport type C<T> = T extends { idNumber: infer I } ? I : never;\nexport type Tpl = \`\${Id}-x\`;\nexport declare function d(u: U): asserts u is U;\nexport declare const x: unique symbol;\nexport type { U };\n`,
  "assertions-and-guards.ts": `${u}function isU(x: unknown): x is U { return typeof x === "object"; }\nexport function f(x: unknown) { if (isU(x)) console.log(x.idNumber); const u = x as U; console.log((<U>x).mobile, u!.realName); }\n`,
  "switch-try.ts": `${u}export function f(u: U, n: number) { switch (n) { case 1: console.log(u.idNumber); case 2: { console.log(u.mobile); break; } default: return; } try { throw u; } catch ({ idNumber }) { console.log(idNumber); } finally { console.log(u.realName); } try { } catch { } }\n`,
  "async-await.ts": `${u}export async function f(p: Promise<U>) { const u = await p; console.log(u.idNumber); p.then((v) => console.log(v.mobile)).catch(() => {}); await Promise.all([p]).then(([v]) => console.log(v!.realName)); }\n`,
  "recursion.ts": `${u}export function a(u: U, n: number): void { if (n) b(u, n - 1); else console.log(u.idNumber); }\nfunction b(u: U, n: number): void { a(u, n); console.log(u.mobile); }\nexport const c = (u: U): unknown => c(u);\n`,
  "imports-exports.ts": `${u}import type { U as V } from "./types-only.js";\nimport * as ns from "./enums.js";\nexport * from "./overloads.js";\nexport * as all from "./generators.js";\nexport { f as g } from "./satisfies.js";\nexport function h(u: V) { console.log(u, ns.Kind.A); }\nexport = undefined as never;\n`,
  "weird-identifiers.ts": `interface 用户 { 身份证号: string; shouJiHao: string; $mobile: string; _id_number_: string; "phone-number": string }\nexport function f(u: 用户) { console.log(u.身份证号, u.shouJiHao, u.$mobile, u._id_number_, u["phone-number"]); const \\u0069dNumber = "x"; console.log(idNumber); }\n`,
  "deep-nesting.ts": `${u}export function f(u: U) { console.log(${"(".repeat(300)}u.idNumber${")".repeat(300)}); const x = ${"[".repeat(200)}u.mobile${"]".repeat(200)}; console.log(x); }\n`,
  "long-chain.ts": `${u}export function f(u: U) { let s = u.idNumber; ${Array.from({ length: 400 }, (_, i) => `const v${i} = s + "${i}"; s = v${i};`).join(" ")} console.log(s); }\n`,
  "many-functions.ts":
    u +
    Array.from(
      { length: 300 },
      (_, i) =>
        `export function f${i}(u: U) { ${i ? `f${i - 1}(u);` : ""} console.log(u.${i % 2 ? "idNumber" : "mobile"}); }`,
    ).join("\n"),
  "jsx.tsx": `${u}declare namespace JSX { interface IntrinsicElements { [k: string]: any } }\nfunction Row({ u }: { u: U }) { console.log(u.idNumber); return <tr><td>{u.mobile}</td></tr>; }\nexport const App = (p: { us: U[] }) => <>{p.us.map((u) => <Row key={u.idNumber} u={u} />)}<div {...p} onClick={() => console.log(p.us[0]?.realName)} /></>;\n`,
  "decorators-standard.ts": `${u}function logged<T extends (...a: any[]) => any>(fn: T, ctx: ClassMethodDecoratorContext) { return function (this: unknown, ...a: any[]) { console.log(ctx.name, a); return fn.apply(this, a); } as T; }\nfunction field(_: undefined, ctx: ClassFieldDecoratorContext) { return (v: unknown) => { console.log(ctx.name, v); return v; }; }\n@((c: any) => c) export class S { @field u: U = {} as U; @logged show(u: U) { console.log(u.idNumber); } @logged static st(u: U) { console.log(u.mobile); } }\n`,
};

/** Files that need `experimentalDecorators` (legacy decorators, parameter decorators). */
export const legacyDecoratorFiles: Record<string, string> = {
  "decorators-legacy.ts": `${u}function Log(): MethodDecorator { return (t, k, d) => { console.log(String(k)); return d; }; }\nfunction Inject(token: string): ParameterDecorator { return () => { console.log(token); }; }\nfunction Entity(name: string) { return <T extends new (...a: any[]) => object>(c: T) => c; }\nfunction Prop(t: object, k: string | symbol) { console.log(t, k); }\n@Entity("users") export class Svc { @Prop idNumber = ""; constructor(@Inject("u") private u: U) {} @Log() show(@Inject("x") u: U) { console.log(u.idNumber, this.u.mobile); } @Log() get m() { return this.u.mobile; } }\n`,
};
