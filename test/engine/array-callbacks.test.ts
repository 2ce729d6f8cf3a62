import { describe, expect, it } from "vitest";
import { analyze, describeFindings } from "./support/analyze-files.js";

const types = `interface U { id: string; mobile: string; realName: string; nickname: string; hasPhone: boolean }
interface Order {
  orderId: string;
  amount: number;
  /** @pipl resident-id */
  code: string;
  buyer: U;
}
`;
const one = (body: string) => describeFindings(analyze({ "a.ts": `${types}${body}` }));

describe("array callbacks", () => {
  it("follows the callback's returns out of reduce into a string", () => {
    expect(
      one(
        `export function f(members: U[]) {\n  const csv = members.reduce((acc, m) => acc + m.mobile + ",", "");\n  console.log(csv);\n}`,
      ),
    ).toEqual(["log contact.mobile m.mobile console no-consent @ csv"]);
  });

  it("follows reduce's initial value, also through the accumulator", () => {
    expect(
      one(
        `export function f(u: U, members: U[]) {\n  const all = members.reduce((acc, m) => acc + m.nickname, u.realName);\n  console.log(all);\n}`,
      ),
    ).toEqual(["log basic.name u.realName console no-consent @ all"]);
  });

  it("types reduce's accumulator as an element when there is no initial value", () => {
    expect(
      one(
        `export function f(orders: Order[]) {\n  const last = orders.reduce((a, b) => (a.amount > b.amount ? a : b));\n  console.log(last);\n}`,
      ),
    ).toEqual([
      "log basic.name a.buyer.realName console no-consent @ last",
      "log basic.name b.buyer.realName console no-consent @ last",
      "log contact.mobile a.buyer.mobile console no-consent @ last",
      "log contact.mobile b.buyer.mobile console no-consent @ last",
      "log identity.resident-id a.code console no-consent @ last",
      "log identity.resident-id b.code console no-consent @ last",
    ]);
  });

  it("stays silent for numbers and lengths reduced from PI", () => {
    expect(
      one(
        `export function f(orders: Order[], members: U[]) {\n  const total = orders.reduce((sum, o) => sum + o.amount, 0);\n  const chars = members.reduce((n, m) => n + m.mobile.length, 0);\n  console.log(total, chars);\n}`,
      ),
    ).toEqual([]);
  });

  it("reads a callback parameter's tagged and named fields from the array's element type", () => {
    expect(
      one(
        `export function f(orders: readonly Order[], more?: Order[]) {\n  orders.forEach((o) => console.log(o.code, o.amount, o.buyer.hasPhone));\n  console.log(more?.map((o) => o.buyer.mobile));\n  console.log([...orders].sort((a, b) => a.code.localeCompare(b.code)));\n}`,
      ),
    ).toEqual([
      "log identity.resident-id o.code console no-consent @ o.code",
      "log contact.mobile o.buyer.mobile console no-consent @ more?.map((o) => o.buyer.mobile)",
      "log basic.name orders[0].buyer.realName console no-consent @ [...orders].sort((a, b) => a.code.localeCompare(b.code))",
      "log contact.mobile orders[0].buyer.mobile console no-consent @ [...orders].sort((a, b) => a.code.localeCompare(b.code))",
      "log identity.resident-id orders[0].code console no-consent @ [...orders].sort((a, b) => a.code.localeCompare(b.code))",
    ]);
  });

  it("holds a map result whole when the callback returns a PI object, and not when it returns ids", () => {
    expect(
      one(
        `export function f(members: U[]) {\n  const copies = members.map((m) => ({ ...m }));\n  const ids = members.map((m) => m.id);\n  console.log(copies);\n  console.log(ids);\n}`,
      ),
    ).toEqual([
      "log basic.name m.realName console no-consent @ copies",
      "log contact.mobile m.mobile console no-consent @ copies",
    ]);
  });

  it("asks the checker for callbacks of methods that are not an array's", () => {
    expect(
      one(
        `interface Page { map(cb: (u: U) => string): string[] }\nexport function f(page: Page, mixed: (U | Order)[]) {\n  console.log(page.map((u) => u.mobile));\n  console.log(mixed.map((x) => ("mobile" in x ? x.mobile : x.orderId)));\n}`,
      ),
    ).toEqual([
      "log contact.mobile u.mobile console no-consent @ page.map((u) => u.mobile)",
      'log contact.mobile x.mobile console no-consent @ mixed.map((x) => ("mobile" in x ? x.mobile : x.orderId))',
    ]);
  });
});
