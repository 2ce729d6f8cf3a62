import { Project, type ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { analyzeSourceFile } from "../../analyzers/engine/analyze-source-file.js";
import { hugeFileChars, hugeFlowContainerChars } from "../../analyzers/engine/bounded-checker.js";
import { defaultConfig } from "./support/analyze-files.js";

/** Generated statements, each reading and assigning variables of the enclosing function. */
function filler(bytes: number): string {
  const lines: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const line = `  let v${i} = state.items.length + ${i}; if (v${i} > state.count) state.count = v${i};\n`;
    lines.push(line);
    size += line.length;
  }
  return lines.join("");
}

/**
 * A file with one function over the bound and one ordinary function. Each logs the mobile number
 * of a parameter (typed by its declaration) and of a variable the checker types from a call.
 */
function source(fillerBytes: number): string {
  const body =
    "  console.log(user.mobile);\n  const loaded = load();\n  console.log(loaded.mobile);\n";
  return (
    "declare const state: { count: number; items: number[] };\n" +
    "declare function load(): { mobile: string };\n" +
    `export function generated(user: { mobile: string }) {\n${filler(fillerBytes)}${body}}\n` +
    `export function handWritten(user: { mobile: string }) {\n${body}}\n`
  );
}

/** Questions that cost the checker a walk of the function's control flow: types and members. */
type Question = "type" | "member" | "name";

/** Analyses `text` with a checker that records the nodes it is asked about. */
function analyseCounting(text: string) {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
  const file = project.createSourceFile("bundle.ts", text);
  const checker = project.getTypeChecker().compilerObject;
  const asked: { node: ts.Node; question: Question }[] = [];
  const isMemberName = (n: ts.Node) => !!n.parent && "name" in n.parent && n.parent.name === n;
  const counting = Object.create(checker, {
    getTypeAtLocation: {
      value: (node: ts.Node) => {
        asked.push({ node, question: "type" });
        return checker.getTypeAtLocation(node);
      },
    },
    getSymbolAtLocation: {
      value: (node: ts.Node) => {
        asked.push({ node, question: isMemberName(node) ? "member" : "name" });
        return checker.getSymbolAtLocation(node);
      },
    },
  }) as ts.TypeChecker;
  const analysis = analyzeSourceFile(file, { config: defaultConfig, typeChecker: counting });
  const generated = file.getFunctionOrThrow("generated").compilerNode;
  const inside = (n: ts.Node) => n.pos >= generated.pos && n.end <= generated.end;
  const costly = asked.filter((a) => a.question !== "name");
  return {
    analysis,
    costlyInside: costly.filter((a) => inside(a.node)),
    costly,
    askedInside: asked.filter((a) => inside(a.node)),
  };
}

describe("the checker bound on huge functions", () => {
  it("reads names, at medium confidence, where only the checker could type a value", () => {
    const { analysis } = analyseCounting(source(hugeFlowContainerChars + 1_000));
    expect(analysis.findings.map((f) => [f.fieldPath, f.category, f.confidence])).toEqual([
      // In the generated function: the declared parameter needs no checker; the call's result does.
      ["user.mobile", "contact.mobile", "high"],
      ["loaded.mobile", "contact.mobile", "medium"],
      // In the hand-written function, as always.
      ["user.mobile", "contact.mobile", "high"],
      ["loaded.mobile", "contact.mobile", "high"],
    ]);
  });

  it("asks the checker for no type and no member inside a function over the bound", () => {
    const { costlyInside, askedInside } = analyseCounting(source(hugeFlowContainerChars + 1_000));
    expect(costlyInside).toEqual([]);
    // Plain names still resolve through scopes, which costs no flow walk.
    expect(askedInside.length).toBeGreaterThan(0);
  });

  it("keeps the checker's costly work flat as the generated function grows", () => {
    const small = analyseCounting(source(hugeFlowContainerChars + 1_000)).costly.length;
    const large = analyseCounting(source(3 * hugeFlowContainerChars)).costly.length;
    expect(small).toBeGreaterThan(0); // the hand-written function is still asked about
    expect(large).toBe(small);
  });

  it("asks nothing about a file over the bound, where any question can make the checker infer it all", () => {
    const { analysis, costly } = analyseCounting(source(hugeFileChars + 1_000));
    expect(costly).toEqual([]);
    expect(analysis.findings.map((f) => [f.fieldPath, f.confidence])).toEqual([
      ["user.mobile", "high"],
      ["loaded.mobile", "medium"],
      ["user.mobile", "high"],
      ["loaded.mobile", "medium"],
    ]);
  });

  it("asks the checker as before inside a function under the bound", () => {
    const { analysis, costlyInside } = analyseCounting(source(2_000));
    expect(analysis.findings.map((f) => f.confidence)).toEqual(["high", "high", "high", "high"]);
    expect(costlyInside.length).toBeGreaterThan(0);
  });
});
