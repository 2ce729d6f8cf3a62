import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, packDir } from "./support/ensure-built.js";
import { fakeSdk } from "./support/fake-sdk.js";
import { startPack, type Diagnostic, type PackHandle } from "./support/pack-harness.mjs";
import { runProgram } from "./support/run-program.mjs";

/*
 * Every ```ts block of a policy doc page that starts with `// ❌` must make that policy report, and
 * every one that starts with `// ✅` must not, nor raise any mandatory violation: the snippets run as Pulumi programs (mocks, preview
 * mode) and go through the pack over the engine protocol.
 */
const docsDir = path.join(packDir, "docs");
const stackConfig = { "aws:region": "cn-north-1", "alicloud:region": "cn-hangzhou" };
const sdks = { aws: fakeSdk("aws"), alicloud: fakeSdk("alicloud") };

let pack: PackHandle;
beforeAll(async () => {
  ensureBuilt();
  pack = await startPack({ packDir, stackConfig });
});
afterAll(async () => {
  await pack?.close();
});

async function diagnosticsOf(code: string): Promise<Diagnostic[]> {
  const program = new Function(...Object.keys(sdks), code) as (...a: unknown[]) => void;
  const resources = await runProgram(async () => program(...Object.values(sdks)), true);
  const out: Diagnostic[] = [];
  for (const r of resources) {
    if (r.custom && !r.type.startsWith("pulumi:providers:"))
      out.push(...(await pack.analyze(r)).diagnostics);
  }
  out.push(...(await pack.analyzeStack(resources)).diagnostics);
  return out;
}

for (const file of readdirSync(docsDir).filter((f) => f.endsWith(".md"))) {
  const policy = file.replace(/\.md$/, "");
  const blocks = [
    ...readFileSync(path.join(docsDir, file), "utf8").matchAll(
      /```ts\n(\/\/ (❌|✅)[^\n]*)\n([\s\S]*?)```/g,
    ),
  ];
  describe(`docs/${file}`, () => {
    it("has at least one ❌ and one ✅ example", () => {
      expect(blocks.map((b) => b[2])).toEqual(expect.arrayContaining(["❌", "✅"]));
    });
    for (const [, title, mark, code] of blocks) {
      it(`${mark === "❌" ? "reports" : "passes"}: ${title!.slice(5)}`, async () => {
        const diagnostics = await diagnosticsOf(code!);
        const names = diagnostics.map((d) => d.policyName);
        if (mark === "❌") expect(names).toContain(policy);
        else {
          // A ✅ example passes its own policy and every mandatory one; an advisory from another
          // policy (a bucket without a lifecycle rule under retention) is not its subject.
          expect(names).not.toContain(policy);
          expect(diagnostics.filter((d) => d.enforcementLevel === "mandatory")).toEqual([]);
        }
      });
    }
  });
}
