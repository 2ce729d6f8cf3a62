import { fileURLToPath } from "node:url";
import { Project } from "ts-morph";
import { expect, it } from "vitest";
import { analyzeSourceFile } from "../../analyzers/engine/analyze-source-file.js";
import { loadConfig } from "../../analyzers/config/load-config.js";

const root = fileURLToPath(new URL("../../examples/custom-config/", import.meta.url));

it("applies a config's added category, sink, consent function, decorator and sanitizer (examples/custom-config)", () => {
  const config = loadConfig(`${root}pipl-guard.config.json`);
  const project = new Project({ tsConfigFilePath: `${root}tsconfig.json` });
  const sf = project.getSourceFileOrThrow(`${root}src/parking-service.ts`);
  const errors: unknown[] = [];
  const r = analyzeSourceFile(sf, { config, onInternalError: (e) => errors.push(e) });
  expect(errors).toEqual([]);
  expect(
    r.findings.map((f) => {
      const line = sf.getLineAndColumnAtPos(f.start).line;
      return `${line} ${f.kind} ${f.sink.id} ${f.category} ${f.fieldPath} ${f.reason}`;
    }),
  ).toEqual([
    "12 log acme-audit-log vehicle.vin vehicle.vinCode no-consent",
    "19 log acme-audit-log vehicle.vin event.车架号 no-consent",
  ]);
  expect(r.consentedFlows.map((f) => sf.getLineAndColumnAtPos(f.start).line)).toEqual([27, 49]);
});
