import { describe, expect, it } from "vitest";
import { analyzeSourceFile } from "../../analyzers/engine/analyze-source-file.js";
import { createSummaryStore } from "../../analyzers/engine/function-summary.js";
import {
  analyze,
  defaultConfig,
  describeFindings,
  memoryProject,
} from "./support/analyze-files.js";

/*
 * The engine resolves a call to a helper only when the helper's name is that of a function that
 * may reach a sink, and asks a receiver's type only for modules the program holds (speed-ups,
 * analysis-run.ts and sink-matcher.ts). These are the shapes where a name-based shortcut could
 * miss a flow: each must still be reported.
 */

const u = `interface U { id: string; mobile: string; realName: string }\n`;

describe("helper resolution by name", () => {
  it("follows a chain of three same-file helpers declared after their callers", () => {
    const r = analyze({
      "a.ts": `${u}export function f(u: U) { outer(u.mobile); }
function outer(a: string) { middle("x", a); }
function middle(label: string, b: string) { inner(b, label); }
function inner(c: string, label: string) { console.log(label, c); }`,
    });
    expect(describeFindings(r)).toEqual([
      "log contact.mobile u.mobile console no-consent @ u.mobile",
    ]);
  });

  it("follows helpers held by class properties, object literal methods and private methods", () => {
    const r = analyze({
      "a.ts": `${u}const tools = { emit(v: string) { console.log(v); }, "put-out": (v: string) => console.info(v) };
export class S {
  private readonly relay = (v: string) => this.#send(v);
  #send(v: string) { fetch("https://x.example", { body: v }); }
  run(u: U) { this.relay(u.mobile); tools.emit(u.realName); tools["put-out"](u.id); }
}`,
    });
    expect(describeFindings(r)).toEqual([
      "transfer contact.mobile u.mobile fetch no-consent @ u.mobile",
      "log basic.name u.realName console no-consent @ u.realName",
    ]);
  });

  it("does not make a call a sink because a function of the same name elsewhere logs", () => {
    const r = analyze({
      "a.ts": `${u}function store(v: string) { console.log(v); }
const cache = { store(v: string) { return v.length; } };
export function f(u: U) { cache.store(u.mobile); }`,
    });
    expect(describeFindings(r)).toEqual([]);
  });

  it("follows helpers imported under another name, by default and through a renamed re-export (cross-file)", () => {
    const files = {
      "a.ts": `${u}import { sendToCrm as crm } from "./b.js";
import push from "./c.js";
import { forward } from "./d.js";
export function f(u: U) { crm(u.mobile); push(u.realName); forward(u.mobile); }`,
      "b.ts": `export function sendToCrm(payload: string) { return fetch("https://crm.example", { body: payload }); }`,
      "c.ts": `export default function notify(text: string) { console.log(text); }`,
      "d.ts": `function relay(v: string) { console.error(v); }\nexport { relay as forward };`,
    };
    const r = analyze(files, "a.ts", { crossFileSummaries: createSummaryStore() });
    expect(describeFindings(r)).toEqual([
      "transfer contact.mobile u.mobile fetch no-consent @ u.mobile",
      "log basic.name u.realName console no-consent @ u.realName",
      "log contact.mobile u.mobile console no-consent @ u.mobile",
    ]);
  });
});

describe("receiver-type sinks and the program's modules", () => {
  it("matches a receiver-type sink whose module is a package under node_modules", () => {
    const project = memoryProject({
      "a.ts": `${u}import type { Logger } from "pino-like";\nexport function f(log: Logger, u: U) { log.info(u.mobile); }`,
    });
    project.createSourceFile(
      "/node_modules/pino-like/index.d.ts",
      `export interface Logger { info(msg: string): void }`,
    );
    project.createSourceFile(
      "/node_modules/pino-like/package.json",
      JSON.stringify({ name: "pino-like", types: "index.d.ts" }),
    );
    const config = {
      ...defaultConfig,
      sinks: {
        add: [
          {
            id: "pino-like",
            label: "pino-like logger",
            kind: "log" as const,
            arguments: "all" as const,
            match: [{ receiverType: "Logger", module: "pino-like", methods: ["info"] }],
          },
        ],
      },
    };
    const errors: unknown[] = [];
    const sf = project.getSourceFileOrThrow("/src/a.ts");
    const r = analyzeSourceFile(sf, { config, onInternalError: (e) => errors.push(e) });
    expect(errors).toEqual([]);
    expect(r.findings.map((f) => `${f.sink.id} ${f.fieldPath}`)).toEqual(["pino-like u.mobile"]);
  });

  it("matches a receiver-type sink of a module declared ambiently (pino shim) with and without the program", () => {
    const files = {
      "a.ts": `${u}import pino from "pino";\nconst logger = pino();\nexport function f(u: U) { const l = logger; l.warn(u.mobile); }`,
    };
    expect(describeFindings(analyze(files))).toEqual([
      "log contact.mobile u.mobile pino no-consent @ u.mobile",
    ]);
    const sf = memoryProject(files).getSourceFileOrThrow("/src/a.ts");
    const r = analyzeSourceFile(sf, {
      config: defaultConfig,
      typeChecker: sf.getProject().getTypeChecker().compilerObject,
      program: sf.getProject().getProgram().compilerObject,
    });
    expect(r.findings.map((f) => f.sink.id)).toEqual(["pino"]);
  });
});
