import { createWrappedNode, ts, type SourceFile } from "ts-morph";
import { describe, expect, it } from "vitest";
import { analyzeSourceFile } from "../../analyzers/engine/analyze-source-file.js";
import { createSummaryStore } from "../../analyzers/engine/function-summary.js";
import { loadConfig } from "../../analyzers/config/load-config.js";
import { ConfigError } from "../../analyzers/config/config-error.js";
import { compileSinkCatalog } from "../../analyzers/sinks/compile-sink-catalog.js";
import { defaultSinks } from "../../analyzers/sinks/default-sinks.js";
import { sinkSpecSchema } from "../../analyzers/sinks/sink-spec.js";
import {
  analyze,
  defaultConfig,
  describeFindings,
  memoryProject,
} from "./support/analyze-files.js";

const u = `interface U { id: string; mobile: string; realName: string }\n`;

describe("engine API", () => {
  it("returns an empty analysis for an empty file", () => {
    const r = analyze({ "a.ts": "" });
    expect(r).toMatchObject({
      findings: [],
      sources: [],
      consentedFlows: [],
      declaredBases: [],
      problems: [],
    });
  });

  it("memoises per compiler SourceFile and recomputes after an edit", () => {
    const project = memoryProject({
      "a.ts": `${u}export function f(x: U) { console.log(x.mobile); }`,
    });
    const sf = project.getSourceFileOrThrow("/src/a.ts");
    const first = analyzeSourceFile(sf, { config: defaultConfig });
    expect(analyzeSourceFile(sf, { config: defaultConfig })).toBe(first);
    sf.replaceWithText(`${u}export function f(x: U) { console.log(x.realName); }`);
    const second = analyzeSourceFile(sf, { config: defaultConfig });
    expect(second).not.toBe(first);
    expect(second.findings.map((f) => f.fieldPath)).toEqual(["x.realName"]);
  });

  it("keeps a finding's flow as found after an editor re-parses the file incrementally", () => {
    const text = `${u}export function f(x: U) { const phone = x.mobile; console.log(phone); }`;
    const project = memoryProject({ "a.ts": text });
    const sf = project.getSourceFileOrThrow("/src/a.ts").compilerNode;
    const [finding] = analyzeSourceFile(project.getSourceFileOrThrow("/src/a.ts"), {
      config: defaultConfig,
    }).findings;
    // An incremental parse reuses the old tree's nodes and moves their positions in place.
    const header = "// edited\n";
    ts.updateSourceFile(sf, header + text, {
      span: { start: 0, length: 0 },
      newLength: header.length,
    });
    expect(finding!.flow.map((s) => `${s.label}@${s.start}`)).toEqual([
      `x.mobile@${text.indexOf("x.mobile")}`,
      `phone@${text.indexOf("phone")}`,
      `phone@${finding!.start}`,
    ]);
  });

  it("analyses a node wrapped with createWrappedNode over a foreign program (shared mode)", () => {
    const project = memoryProject({
      "a.ts": `${u}export function f(x: U) { console.log(x.mobile); }`,
    });
    const program = project.getProgram().compilerObject;
    const compilerFile = program.getSourceFile("/src/a.ts")!;
    const wrapped = createWrappedNode(compilerFile, { typeChecker: program.getTypeChecker() });
    const r = analyzeSourceFile(wrapped as SourceFile, { config: defaultConfig });
    expect(r.findings.map((f) => `${f.category} ${f.fieldPath}`)).toEqual([
      "contact.mobile x.mobile",
    ]);
  });

  it("recomputes a file whose text is unchanged when another file's types changed", () => {
    const project = memoryProject({
      "model.ts": `export interface Rec { code1: string }`,
      "use.ts": `import type { Rec } from "./model.js";\nexport function f(r: Rec) { console.log(r.code1); }`,
    });
    const use = project.getSourceFileOrThrow("/src/use.ts");
    expect(analyzeSourceFile(use, { config: defaultConfig }).findings).toEqual([]);
    project
      .getSourceFileOrThrow("/src/model.ts")
      .replaceWithText(`export interface Rec {\n  /** @pipl resident-id */\n  code1: string;\n}`);
    const again = analyzeSourceFile(use, { config: defaultConfig });
    expect(again.findings.map((f) => `${f.category} ${f.fieldPath}`)).toEqual([
      "identity.resident-id r.code1",
    ]);
  });

  it("reports a bad @pipl tag in its own file even after another file's analysis met it first", () => {
    const project = memoryProject({
      "model.ts": `export interface Rec {\n  /** @pipl nonsense */\n  code1: string;\n}`,
      "use.ts": `import type { Rec } from "./model.js";\nexport function f(r: Rec) { console.log(r); }`,
    });
    const use = analyzeSourceFile(project.getSourceFileOrThrow("/src/use.ts"), {
      config: defaultConfig,
    });
    const model = analyzeSourceFile(project.getSourceFileOrThrow("/src/model.ts"), {
      config: defaultConfig,
    });
    expect(use.problems).toEqual([]);
    expect(model.problems.map((p) => [p.file, p.message])).toEqual([
      ["/src/model.ts", 'Unknown PIPL category "nonsense" in @pipl tag'],
    ]);
  });

  it("sorts findings by position and gives the reached expression's offsets", () => {
    const code = `${u}export function f(x: U) {\n  console.log(x.realName);\n  console.log(x.mobile, x.realName);\n}`;
    const r = analyze({ "a.ts": code });
    expect(r.findings.map((f) => [f.fieldPath, code.slice(f.start, f.end)])).toEqual([
      ["x.realName", "x.realName"],
      ["x.mobile", "x.mobile"],
      ["x.realName", "x.realName"],
    ]);
    expect(r.findings[1]!.start).toBe(code.indexOf("x.mobile, x.realName"));
    expect(r.findings.every((f) => f.file === "/src/a.ts")).toBe(true);
  });

  it("suggests masking for logs and consent for transfers", () => {
    const r = analyze({
      "a.ts": `${u}export function f(x: U) { console.log(x.mobile); fetch("u", { body: x.mobile }); }`,
    });
    expect(r.findings.map((f) => f.fix)).toEqual([
      { kind: "mask", sanitizer: "mask" },
      { kind: "consent", category: "contact.mobile" },
    ]);
  });

  it("reports a helper in another file at its call sites only with a cross-file summary store", () => {
    const files = {
      "a.ts": `${u}import { sendToCrm } from "./b.js";\nexport function f(x: U) { sendToCrm(x); }`,
      "b.ts": `export function sendToCrm(payload: unknown) { return fetch("https://crm.example", { body: JSON.stringify(payload) }); }`,
    };
    expect(analyze(files).findings).toEqual([]);
    const r = analyze(files, "a.ts", { crossFileSummaries: createSummaryStore() });
    expect(describeFindings(r)).toEqual([
      "transfer basic.name x.realName fetch no-consent @ x",
      "transfer contact.mobile x.mobile fetch no-consent @ x",
    ]);
    expect(r.findings[0]!.flow.at(-2)!.file).toBe("/src/b.ts");
  });

  it("reports an unexpected failure through onInternalError and keeps analysing the rest", () => {
    const throwing = {
      ...defaultConfig,
      taxonomy: {
        ...defaultConfig.taxonomy,
        classify: (name: string) => {
          if (name === "boom") throw new Error("classifier failure");
          return defaultConfig.taxonomy.classify(name);
        },
      },
    };
    const project = memoryProject({
      "a.ts": `${u}export function f(x: U, boom: string) { console.log(boom); console.log(x.mobile); }`,
    });
    const errors: unknown[] = [];
    const r = analyzeSourceFile(project.getSourceFileOrThrow("/src/a.ts"), {
      config: throwing,
      onInternalError: (e) => errors.push(e),
    });
    expect(errors).toEqual([new Error("classifier failure")]);
    expect(r.findings.map((f) => f.fieldPath)).toEqual(["x.mobile"]);
  });

  it("adds sinks and disables built-in ones through the sinks config section", () => {
    const config = loadConfig({
      sinks: {
        add: [
          {
            id: "acme-audit",
            label: "ACME audit trail",
            kind: "export",
            match: [{ module: "acme-audit", calls: ["record"] }],
          },
        ],
        disable: ["console"],
      },
    });
    const r = analyze(
      {
        "a.ts": `${u}import { record } from "acme-audit";\nexport function f(x: U) { record(x.mobile); console.log(x.realName); }`,
        "acme.d.ts": `declare module "acme-audit" { export function record(v: unknown): void; }`,
      },
      "a.ts",
      { config },
    );
    expect(describeFindings(r)).toEqual([
      "export contact.mobile x.mobile acme-audit no-consent @ x.mobile",
    ]);
  });

  it("takes consent functions, decorators and sanitizers from config", () => {
    const config = loadConfig({
      consentFunctions: { add: [{ name: "userAgreed", style: "predicate" }] },
      consentDecorators: { add: ["Consented"] },
      sanitizers: { names: ["scrub"], suggested: "scrub" },
    });
    const r = analyze(
      {
        "a.ts": `${u}declare function userAgreed(id: string, c: string): boolean;\ndeclare function scrub(s: string): string;\ndeclare function Consented(c: string): (a: unknown, b: unknown) => void;\nexport class S {\n  @Consented("name")\n  m(x: U) { console.log(x.realName); if (userAgreed(x.id, "phone")) console.log(x.mobile); console.log(scrub(x.mobile)); }\n}\nexport function g(x: U) { console.log(x.mobile); }`,
      },
      "a.ts",
      { config },
    );
    expect(r.findings.map((f) => [f.fieldPath, f.fix])).toEqual([
      ["x.mobile", { kind: "mask", sanitizer: "scrub" }],
    ]);
  });

  it("rejects an invalid sink in config with a ConfigError naming the path", () => {
    expect(() =>
      loadConfig({ sinks: { add: [{ id: "Bad Id", label: "x", kind: "log", match: [] }] } }),
    ).toThrow(ConfigError);
    expect(() =>
      loadConfig({
        sinks: {
          add: [{ id: "ok", label: "x", kind: "mail", match: [{ global: "x", calls: [""] }] }],
        },
      }),
    ).toThrow(/sinks/);
  });

  it("keeps every built-in sink valid under the sink schema (the catalog is not parsed at run time)", () => {
    for (const sink of defaultSinks) {
      const parsed = sinkSpecSchema.safeParse(sink);
      expect(parsed.error, sink.id).toBeUndefined();
    }
  });

  it("compiles the built-in catalog with unique sink ids", () => {
    const ids = defaultSinks.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const catalog = compileSinkCatalog();
    expect(catalog.byQualifiedName.get("g:console.log")?.kind).toBe("log");
    expect(catalog.byQualifiedName.get("m:axios.create().post")?.id).toBe("axios");
    expect(
      compileSinkCatalog({ disable: ["axios"] }).byQualifiedName.get("m:axios.post"),
    ).toBeUndefined();
  });
});
