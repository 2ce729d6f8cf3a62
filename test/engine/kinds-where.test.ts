import { ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { kindsWhere } from "../../analyzers/engine/kinds-where.js";
import { memoryProject } from "./support/analyze-files.js";

const source = `
import def, { a as b } from "./m.js";
import * as ns from "./m.js";
import eq = require("./m.js");
export { b as c };
/** @pipl mobile */
export const x = (y: number) => y + 1;
export function f<T>(this: void, p: T, ...rest: T[]) { return [p, rest, new Map(), def(ns, eq)]; }
export class K { field = 1; constructor(public q: string) {} get g() { return 1; } set g(_v) {} m() { return this.field; } static { void 0; } }
interface I { (a: string): void; new (a: string): I; [k: string]: unknown; method(): void; prop: string }
type F = (a: string) => void;
type C = new (a: string) => I;
enum E { A, B = A }
namespace N { export const z = 1; }
let [d1, { e1 }] = [1, { e1: 2 }];
d1 += e1;
try { f(1); } catch (err) { void err; }
for (const v of [1]) void v;
const fe = function named() { return 1; };
const ce = class Named {};
`;

describe("kindsWhere", () => {
  it("answers for every node kind what the node test answers for the node", () => {
    const sf = memoryProject({
      "a.ts": source,
      "m.ts": "export default 1; export const a = 1;",
    }).getSourceFileOrThrow("/src/a.ts").compilerNode;
    const tests: Record<string, (n: ts.Node) => boolean> = {
      isFunctionLike: ts.isFunctionLike,
      isCallExpression: ts.isCallExpression,
      isNewExpression: ts.isNewExpression,
      isParameter: ts.isParameter,
      isVariableDeclaration: ts.isVariableDeclaration,
      isImportSpecifier: ts.isImportSpecifier,
      isClassLike: ts.isClassLike,
      isTypeParameterDeclaration: ts.isTypeParameterDeclaration,
    };
    const mismatches: string[] = [];
    let accepted = 0;
    for (const [name, test] of Object.entries(tests)) {
      const table = kindsWhere(test);
      const visit = (n: ts.Node): void => {
        const expected = test(n);
        if (expected) accepted++;
        if ((table[n.kind] === 1) !== expected)
          mismatches.push(`${name}(${ts.SyntaxKind[n.kind]}): ${table[n.kind]} vs ${expected}`);
        n.forEachChild(visit);
      };
      visit(sf);
    }
    expect(mismatches).toEqual([]);
    expect(accepted).toBeGreaterThan(30);
  });
});
