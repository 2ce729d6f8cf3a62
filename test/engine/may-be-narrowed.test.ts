import { ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { mayBeNarrowedAt } from "../../analyzers/engine/may-be-narrowed.js";

/** Whether `x` in the call `mark(x)` of a function body may be narrowed there. */
function at(body: string): boolean {
  const sf = ts.createSourceFile(
    "a.ts",
    `function f(x: string, y: string) {\n${body}\n}`,
    ts.ScriptTarget.ES2022,
    true,
  );
  let mark: ts.Node | undefined;
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && n.expression.getText(sf) === "mark") mark = n.arguments[0];
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return mayBeNarrowedAt(mark!);
}

describe("mayBeNarrowedAt", () => {
  it.each([
    ["the first statement", "mark(x);"],
    ["after declarations without conditions", "const a = 1;\nlet b = y + 'z';\nmark(x);"],
    ["in an if condition", "if (mark(x)) {}"],
    ["on the left of &&", "mark(x) && y;"],
    ["in a try block", "try { mark(x); } catch {}"],
  ])("says no %s", (_, body) => {
    expect(at(body)).toBe(false);
  });

  it.each([
    ["in an if branch", "if (x === 'face') mark(x);"],
    ["after an if", "if (typeof x !== 'string') return;\nmark(x);"],
    ["after an assertion-shaped call", "assertFace(x);\nmark(x);"],
    ["on the right of &&", "x === 'face' && mark(x);"],
    ["in a ternary branch", "const r = x === 'face' ? mark(x) : 0;"],
    ["in a closure after a condition", "if (x !== 'face') return;\n[1].forEach(() => mark(x));"],
    ["in a loop", "for (const c of y) mark(x);"],
    ["in a switch", "switch (x) { case 'face': mark(x); }"],
    ["in a catch or finally", "try {} finally { mark(x); }"],
    ["after a declaration holding a condition", "const ok = x === 'face' && y;\nmark(x);"],
  ])("says yes %s", (_, body) => {
    expect(at(body)).toBe(true);
  });
});
