import { type Project, ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { DeclaredTypes } from "../../analyzers/engine/declared-types.js";
import { exampleAppFiles, memoryProject } from "./support/analyze-files.js";

const fixture = `
interface Order { orderId: string; amount: number; buyer: Buyer; tags?: string[] }
interface Buyer { mobile: string; hasPhone: boolean; kind: "a" | "b" }
interface Other { mobile: number }
class Box<T> { constructor(public item: T) {} }
type Shape = { kind: "a"; mobile: string } | { kind: "b"; mobile: number };
export function pick(s: Shape, list: Shape[]) {
  list.map((x) => (x.kind === "a" ? x.mobile : 0));
  const raw: string | number = s.kind === "a" ? s.mobile : 0;
  if (typeof raw === "string") raw.length;
  if (s.kind === "a") return s.mobile;
  return s.mobile;
}

export class Service {
  static registry = new Map<string, Order>();
  private readonly endpoint = "https://partner.example.com";
  private last: Order | undefined;
  constructor(private readonly owner: Buyer, public box: Box<Order>) {}
  get first(): Order | undefined { return this.last; }

  run(orders: Order[], maybe?: readonly Order[], either?: Order | Other, any?: any) {
    const one: Order = orders[0]!;
    let later: Order | undefined;
    later = one;
    orders.forEach((o) => o.buyer.mobile);
    orders.map((o, i, all) => i + all.length + o.amount);
    orders.map(function (this: Buyer, o) { return this.mobile + o.orderId; });
    maybe?.map((o) => o.orderId + o.buyer.kind);
    orders.filter((o) => o.buyer.hasPhone).map((x) => x.amount);
    orders.reduce((sum, o) => sum + o.amount, 0);
    orders.reduce((a, b) => (a.amount > b.amount ? a : b)).buyer;
    [...orders].sort((a, b) => a.orderId.localeCompare(b.orderId));
    (either as Order).amount;
    either!.mobile;
    any.whatever.mobile;
    one.tags?.length;
    later?.buyer.mobile;
    this.endpoint.length + this.owner.mobile + this.box.item.orderId + this.first?.orderId;
    Service.registry.size;
    const inner = () => this.last?.buyer;
    function detached(this: Other) { return this.mobile; }
    return [inner, detached];
  }

  static make() { return this.registry; }

  narrow(u: unknown, a: any, x: string, o: object | Order) {
    if (typeof u === "string") u.length;
    if (typeof a === "string") a.length;
    if (x === "face") x.length;
    if ("orderId" in o) o.orderId;
  }
}
`;

/** Every property read and every parameter of the files, with what the checker says of them. */
function compare(p: Project): { reads: number; parameters: number; mismatches: string[] } {
  const checker = p.getTypeChecker().compilerObject;
  const types = new DeclaredTypes(checker);
  const mismatches: string[] = [];
  let reads = 0;
  let parameters = 0;
  for (const sf of p.getSourceFiles()) {
    const visit = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n)) {
        reads++;
        const expected = checker.getSymbolAtLocation(n.name);
        const actual = types.member(n).symbol;
        if (actual !== expected)
          mismatches.push(
            `${n.getText()}: ${actual?.name ?? "none"} vs ${expected?.name ?? "none"}`,
          );
      }
      const base = ts.isPropertyAccessExpression(n) ? n.expression : undefined;
      for (const e of [n, base]) {
        if (!e || !(ts.isIdentifier(e) || ts.isPropertyAccessExpression(e))) continue;
        if (ts.isIdentifier(e) && e !== base) continue;
        const ours = checker.getNonNullableType(types.ofExpression(e));
        const theirs = checker.getNonNullableType(checker.getTypeAtLocation(e));
        const alike = (f: ts.TypeFlags) => (ours.flags & f) !== 0 && (theirs.flags & f) !== 0;
        // A declaration's literal type is the fresh one, the read's the regular one: same value.
        // A primitive may be narrowed to one of its literals (`x === "face"`): still a string.
        const sameLiteral = ours.isLiteral() && theirs.isLiteral() && ours.value === theirs.value;
        if (
          ours !== theirs &&
          !sameLiteral &&
          !alike(ts.TypeFlags.BooleanLike) &&
          !alike(ts.TypeFlags.StringLike) &&
          !alike(ts.TypeFlags.NumberLike) &&
          !alike(ts.TypeFlags.EnumLike)
        )
          mismatches.push(
            `type of ${e.getText()}: ${checker.typeToString(ours)} vs ${checker.typeToString(theirs)}`,
          );
      }
      if (ts.isParameter(n)) {
        parameters++;
        if (types.ofDeclaration(n) !== checker.getTypeAtLocation(n))
          mismatches.push(`parameter ${n.getText()} of ${n.parent.getText().slice(0, 40)}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf.compilerNode);
  }
  return { reads, parameters, mismatches };
}

describe("declared types", () => {
  it("names the property the checker resolves at every read of a fixture, and types every parameter alike", () => {
    const result = compare(memoryProject({ "a.ts": fixture }));
    expect(result.mismatches).toEqual([]);
    expect(result.reads).toBeGreaterThan(40);
  });

  it("agrees with the checker on every property read and parameter of examples/app", () => {
    const result = compare(memoryProject(exampleAppFiles()));
    expect(result.mismatches).toEqual([]);
    expect(result.reads).toBeGreaterThan(100);
  });

  it("types an array callback's element parameter without resolving the method call", () => {
    const p = memoryProject({
      "a.ts": `interface O { mobile: string }\nexport function f(os: O[]) { return os.map((o) => o.mobile); }`,
    });
    const real = p.getTypeChecker().compilerObject;
    const sf = p.getSourceFileOrThrow("/src/a.ts").compilerNode;
    // Records what the checker is asked about inside the callback: only the name lookup of `o`.
    const asked: string[] = [];
    const checker = new Proxy(real, {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          const node = args[0] as ts.Node | undefined;
          if (
            node &&
            typeof node === "object" &&
            "kind" in node &&
            node.pos >= callback!.pos &&
            node.end <= callback!.end
          )
            asked.push(`${String(key)}(${node.getText()})`);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const types = new DeclaredTypes(checker);
    let callback: ts.ArrowFunction | undefined;
    const find = (n: ts.Node): void => {
      if (ts.isArrowFunction(n)) callback = n;
      ts.forEachChild(n, find);
    };
    find(sf);
    const read = types.member(callback!.body as ts.PropertyAccessExpression);
    expect(read.symbol?.name).toBe("mobile");
    expect(asked).toEqual(["getSymbolAtLocation(o)"]);
    expect(real.typeToString(read.type())).toBe("string");
    expect(asked).toEqual(["getSymbolAtLocation(o)"]);
  });
});
