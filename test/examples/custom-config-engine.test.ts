import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Project, type SourceFile } from "ts-morph";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../analyzers/config/load-config.js";
import { analyzeSourceFile } from "../../analyzers/engine/analyze-source-file.js";
import type { EngineConfig } from "../../analyzers/engine/engine-config.js";
import { readMarkers } from "./support/read-markers.js";

// The code half of examples/custom-config: the company logger as a sink, the company consent
// function and decorator, and the sanitizer, each shown to change what the engine reports on
// examples/custom-config/src (whose `// ❌` / `// ✅` comments say what must happen).
const dir = fileURLToPath(new URL("../../examples/custom-config/", import.meta.url));
const file = JSON.parse(readFileSync(`${dir}pipl-guard.config.json`, "utf8")) as Record<
  string,
  unknown
>;
type EngineSection = "sinks" | "consentFunctions" | "consentDecorators" | "sanitizers";

/** The example config through `loadConfig`, optionally without some of its engine sections. */
function config(without: EngineSection[] = []): EngineConfig {
  if (without.length === 0) return loadConfig(`${dir}pipl-guard.config.json`);
  return loadConfig(
    Object.fromEntries(Object.entries(file).filter(([k]) => !without.includes(k as EngineSection))),
  );
}

const markers = readMarkers(dir);
const reportedLines = markers.filter((m) => m.kind === "finding").map((m) => m.line);

function analyse(engineConfig: EngineConfig) {
  const project = new Project({ tsConfigFilePath: `${dir}tsconfig.json` });
  const sf: SourceFile = project.getSourceFileOrThrow("parking-service.ts");
  const errors: unknown[] = [];
  const result = analyzeSourceFile(sf, {
    config: engineConfig,
    onInternalError: (e) => errors.push(e),
  });
  expect(errors).toEqual([]);
  const line = (pos: number) => sf.getLineAndColumnAtPos(pos).line;
  return {
    findings: result.findings.map((f) => ({ ...f, line: line(f.start) })),
    consented: result.consentedFlows.map((f) => ({ ...f, line: line(f.start) })),
    /** Line of the `// ✅` case whose code contains `text`. */
    lineOf: (text: string) =>
      markers.find((m) => m.kind === "silent" && m.code.includes(text))!.line,
  };
}

describe("examples/custom-config engine extensions", () => {
  it("reports exactly the ❌ lines, as vehicle.vin reaching the Acme audit log", () => {
    const { findings } = analyse(config());
    expect(findings.map((f) => f.line)).toEqual(reportedLines);
    for (const f of findings) {
      expect(f).toMatchObject({
        kind: "log",
        category: "vehicle.vin",
        sink: { id: "acme-audit-log" },
        reason: "no-consent",
      });
    }
    expect(findings.map((f) => f.fieldPath)).toEqual(["vehicle.vinCode", "event.车架号"]);
  });

  it("reports nothing with the built-in rule set: neither the category nor the sink is known", () => {
    const { findings } = analyse(loadConfig());
    expect(findings).toEqual([]);
  });

  it("counts acme.consent.verify as an assertion covering the category it names", () => {
    const { consented, lineOf } = analyse(config());
    const line = lineOf('audit.record("vehicle.registered", { owner: vehicle.ownerId');
    expect(consented.find((f) => f.line === line)?.coveredBy).toEqual({
      kind: "consent",
      categories: ["vehicle.vin"],
    });
    const without = analyse(config(["consentFunctions"]));
    expect(without.findings.map((f) => f.line)).toContain(line);
  });

  it("counts @AcmeConsentRequired as a consent decorator covering the method body", () => {
    const { consented, lineOf } = analyse(config());
    const line = lineOf('audit.record("vin.exported"');
    expect(consented.find((f) => f.line === line)?.coveredBy).toEqual({
      kind: "consent",
      categories: ["vehicle.vin"],
    });
    const without = analyse(config(["consentDecorators"]));
    expect(without.findings.map((f) => f.line)).toContain(line);
  });

  it("treats acme.privacy.scrub as a sanitizer", () => {
    const { lineOf, findings, consented } = analyse(config());
    const line = lineOf("acme.privacy.scrub");
    expect([...findings, ...consented].map((f) => f.line)).not.toContain(line);
    const without = analyse(config(["sanitizers"]));
    expect(without.findings.find((f) => f.line === line)?.fieldPath).toBe("vehicle.chejiahao");
  });
});
