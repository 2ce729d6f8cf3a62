import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../analyzers/config/load-config.js";
import { reporters } from "../../analyzers/reporters/reporters.js";
import { scanProject, type ProjectScan } from "../../analyzers/scan/scan-project.js";
import type { ScanResult } from "../../analyzers/scan/scan-result.js";
import { renderFinding } from "../../policies/render-finding.js";
import {
  awsCn,
  checkCategoryTags,
  checkReplication,
  checkResidency,
  encryptionFindings,
  resource,
} from "../policies/support/evaluate.js";
import { testContext } from "../policies/support/evaluate.js";
import { projectEslint } from "../eslint-plugin/support/lint-project.js";
import { syntheticBankCard, syntheticMobile, syntheticResidentId } from "../support/synthetic.js";

/*
 * Planted synthetic PI (resident IDs, mobiles, bank cards) in scanned code and resource
 * properties must never be echoed by a lint message, a scanner report in any format, or a policy
 * violation: a report that repeats an ID number is itself a leak.
 */

const rid = syntheticResidentId(7);
const rid2 = syntheticResidentId(123);
const mobile = syntheticMobile(42);
const card = syntheticBankCard(9);
const planted = [rid, rid2, mobile, card];

function expectNoPlanted(text: string, where: string): void {
  for (const p of planted)
    expect({ where, leaks: text.includes(p) }).toEqual({ where, leaks: false });
}

const source = `interface User { idNumber: string; mobile: string; bankCard: string; realName: string }
const seed: User = { idNumber: "${rid}", mobile: "${mobile}", bankCard: "${card}", realName: "测试用户" };
export function handle(user: User) {
  console.log("user id ${rid2}", user.idNumber);
  console.log(\`card \${user.bankCard} for ${mobile}\`);
  console.info({ id: "${rid}", phone: user.mobile });
  void fetch("https://crm.example.com/${mobile}", { method: "POST", body: JSON.stringify(seed) });
}
/** @pipl resident-id */
export const planted = "${rid}";
export function logPlanted() { console.log(planted, "${card}"); }
`;

/** The result the CLI hands its reporters. */
function asResult(scan: ProjectScan, locale: ScanResult["locale"]): ScanResult {
  return {
    tool: { name: "pipl-guard", version: "0.0.0-test" },
    root: scan.root,
    locale,
    filesScanned: scan.filesScanned,
    findings: scan.findings,
    categories: scan.categories,
    inventory: scan.inventory,
  };
}

describe("no leaks: scanner and ESLint", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pipl-leaks-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, "src"));
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        strict: true,
        lib: ["ES2022", "DOM"],
      },
      include: ["src"],
    }),
  );
  writeFileSync(path.join(dir, "src", "app.ts"), source);

  it("reports the planted flows without repeating any literal, in every report format", () => {
    const scan = scanProject({ cwd: dir, paths: [], config: loadConfig(), locale: "en" });
    expect(scan.findings.length).toBeGreaterThanOrEqual(3);
    expectNoPlanted(JSON.stringify(scan), "scan result");
    const formats = Object.keys(reporters) as (keyof typeof reporters)[];
    expect(formats).toEqual(expect.arrayContaining(["text", "json", "sarif", "html"]));
    for (const format of formats) {
      const out = reporters[format](asResult(scan, "en"), { color: false });
      expect(out.length).toBeGreaterThan(0);
      expectNoPlanted(out, format);
    }
    const zh = scanProject({ cwd: dir, paths: [], config: loadConfig(), locale: "zh-CN" });
    for (const format of formats)
      expectNoPlanted(reporters[format](asResult(zh, "zh-CN"), { color: false }), format);
  }, 120_000);

  it("lint messages name the field, never the literal", async () => {
    const [result] = await projectEslint(dir).lintFiles(["src/app.ts"]);
    const messages = result!.messages.filter((m) => m.ruleId?.startsWith("pipl"));
    expect(messages.length).toBeGreaterThanOrEqual(3);
    for (const m of result!.messages) expectNoPlanted(m.message, `lint ${m.ruleId}`);
  }, 120_000);
});

describe("no leaks: policy violations", () => {
  const context = testContext();
  const rds = (props: Record<string, unknown>) =>
    resource("aws:rds/instance:Instance", props, { provider: awsCn, name: "db" });
  const stacks: [string, ReturnType<typeof rds>[]][] = [
    [
      "PI literals in ordinary properties of an unencrypted foreign store",
      [
        rds({
          tags: { pipl: "resident-id", owner: rid, phone: mobile },
          storageEncrypted: false,
          region: "us-west-2",
          username: mobile,
          identifier: `db-${card}`,
          replicateSourceDb: `arn:aws:rds:us-west-2:123456789012:db:${rid2}`,
        }),
      ],
    ],
    [
      "a PI literal written into the PI tag itself",
      [rds({ tags: { pipl: `resident-id ${rid} ${mobile}` }, storageEncrypted: false })],
    ],
  ];
  for (const [name, stack] of stacks) {
    it(`does not repeat ${name}`, () => {
      const findings = [
        ...encryptionFindings(stack, context),
        ...stack.flatMap((r) => checkResidency(r, context)),
        ...stack.flatMap((r) => checkCategoryTags(r, context)),
        ...checkReplication(stack, context),
      ];
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        expectNoPlanted(renderFinding(f, "en"), f.message);
        expectNoPlanted(renderFinding(f, "zh-CN"), f.message);
      }
    });
  }
});
