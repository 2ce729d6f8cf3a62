import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { sarifSchemaErrors } from "../reporters/support/validate-sarif.js";
import { copyFixture, runBin } from "./support/run-bin.js";

interface JsonReport {
  formatVersion: number;
  filesScanned: number;
  findings: {
    ruleId: string;
    category: string;
    fieldPath: string;
    range: { file: string; line: number; column: number };
    via?: { callee: string; file: string };
    fingerprint: string;
    message: string;
  }[];
  baseline?: { matched: number; stale: { fieldPath: string; reason?: string }[] };
}

const summary = (r: JsonReport) =>
  r.findings.map((f) => `${f.range.file}:${f.range.line} ${f.ruleId} ${f.category} ${f.fieldPath}`);

const expected = [
  "src/register.ts:7 pipl/no-unconsented-transfer contact.mobile customer.mobile",
  "src/register.ts:9 pipl/no-unconsented-logging identity.resident-id customer.idNumber",
  'src/seed.ts:3 pipl/no-unconsented-logging identity.resident-id "110***********002X"',
];

let project: string;
beforeAll(() => {
  project = copyFixture("scan-cross-file");
});

function json(args: string[] = []) {
  const run = runBin(["scan", "--format", "json", ...args], project);
  return { ...run, report: JSON.parse(run.stdout) as JsonReport };
}

// Each run type-checks the fixture in a fresh process; leave room for a loaded 2-core machine.
const slow = { timeout: 240_000 };

describe("pipl-guard scan (the built binary)", slow, () => {
  it("exits 1 and prints findings grouped by file, without colour when not a TTY", () => {
    const run = runBin(["scan"], project);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^src\/register\.ts\n {2}7:19 +error {2}Personal information is sent/,
    );
    expect(run.stdout).toContain("via sendToCrm (src/crm-client.ts:3:9)");
    expect(run.stdout).toContain("✖ 3 findings (5 files scanned)");
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.stderr).toBe("");
  });

  it("reports the exact findings in JSON, including the cross-file one, never a PI literal", () => {
    const { status, report, stdout } = json();
    expect(status).toBe(1);
    expect(report.formatVersion).toBe(1);
    expect(summary(report)).toEqual(expected);
    expect(report.findings[0]!.via).toEqual({
      file: "src/crm-client.ts",
      line: 3,
      column: 9,
      callee: "sendToCrm",
    });
    expect(stdout).not.toContain("11010519491231002X");
  });

  it("writes SARIF 2.1.0 that validates, with fingerprints and locations", () => {
    const run = runBin(["scan", "--format", "sarif", "--output", "out/pipl.sarif"], project);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    // With --output, one line on stderr says what the report holds and where it went.
    expect(run.stderr).toBe(
      "pipl-guard: 3 findings (5 files scanned); report written to out/pipl.sarif\n",
    );
    const log = JSON.parse(readFileSync(path.join(project, "out/pipl.sarif"), "utf8")) as {
      runs: { results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[];
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results.map((r) => r.ruleId)).toEqual([
      "pipl/no-unconsented-transfer",
      "pipl/no-unconsented-logging",
      "pipl/no-unconsented-logging",
    ]);
    expect(log.runs[0]!.results[0]!.partialFingerprints["piplGuardFinding/v1"]).toMatch(
      /^[0-9a-f]{32}$/,
    );
  });

  it("writes a self-contained HTML page", () => {
    const run = runBin(["scan", "--format", "html", "--output", "report.html"], project);
    expect(run.status).toBe(1);
    const html = readFileSync(path.join(project, "report.html"), "utf8");
    expect(html).toContain('<tr data-category="contact.mobile">');
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!crm\.example\.com)[^"']*\.(css|js)/);
  });

  it("writes messages in Chinese with --locale zh-CN", () => {
    const { report } = json(["--locale", "zh-CN"]);
    // The sink as written at the call: the cross-file helper that sends (as ESLint names it).
    expect(report.findings[0]!.message).toContain("个人信息经 `sendToCrm` 发送给其他方");
  });

  it("scans only the given paths, still following helpers into other files", () => {
    const { status, report } = json(["src/register.ts"]);
    expect(status).toBe(1);
    expect(report.filesScanned).toBe(1);
    expect(summary(report)).toEqual(expected.slice(0, 2));
  });

  it("round-trips a baseline: accepts old findings across line shifts, reports new and stale ones", () => {
    const fresh = copyFixture("scan-cross-file");
    const update = runBin(["scan", "--baseline", "pipl-baseline.json", "--update-baseline"], fresh);
    expect(update.status).toBe(0);
    expect(update.stderr).toContain("wrote 3 baseline entries to pipl-baseline.json");
    const baselineFile = path.join(fresh, "pipl-baseline.json");
    const baseline = JSON.parse(readFileSync(baselineFile, "utf8")) as {
      entries: { fieldPath: string; reason?: string }[];
    };
    // Sorted by file, rule, category, field path.
    expect(baseline.entries.map((e) => e.fieldPath)).toEqual([
      "customer.idNumber",
      "customer.mobile",
      '"110***********002X"',
    ]);

    // Accepted: exit 0, nothing new.
    const again = runBin(["scan", "--baseline", "pipl-baseline.json", "--format", "json"], fresh);
    expect(again.status).toBe(0);
    expect((JSON.parse(again.stdout) as JsonReport).findings).toEqual([]);

    // Shift every line of register.ts and add a new leak in another function.
    const register = path.join(fresh, "src/register.ts");
    const source = readFileSync(register, "utf8");
    writeFileSync(
      register,
      `// moved\n\n\n${source}\nexport function leak(c: import("./model.js").Customer): void {\n  console.warn(c.mobile);\n}\n`,
    );
    // Remove the literal leak: its entry becomes stale.
    writeFileSync(path.join(fresh, "src/seed.ts"), "export function seed(): void {}\n");
    // A person records why the CRM transfer is accepted.
    baseline.entries[1]!.reason = "CRM processing agreement, ticket PRIV-7";
    writeFileSync(baselineFile, JSON.stringify({ version: 1, tool: "pipl-guard", ...baseline }));

    const after = runBin(["scan", "--baseline", "pipl-baseline.json", "--format", "json"], fresh);
    expect(after.status).toBe(1);
    const report = JSON.parse(after.stdout) as JsonReport;
    expect(summary(report)).toEqual([
      "src/register.ts:32 pipl/no-unconsented-logging contact.mobile c.mobile",
    ]);
    expect(report.baseline!.matched).toBe(2);
    expect(report.baseline!.stale.map((s) => s.fieldPath)).toEqual(['"110***********002X"']);
    const text = runBin(["scan", "--baseline", "pipl-baseline.json"], fresh);
    expect(text.stdout).toContain("Baseline entries that no longer occur (1):");

    // Updating keeps the reason and drops the stale entry.
    runBin(["scan", "--baseline", "pipl-baseline.json", "--update-baseline"], fresh);
    const updated = JSON.parse(readFileSync(baselineFile, "utf8")) as {
      entries: { fieldPath: string; reason?: string }[];
    };
    expect(updated.entries.map((e) => [e.fieldPath, e.reason])).toEqual([
      ["c.mobile", undefined],
      ["customer.idNumber", undefined],
      ["customer.mobile", "CRM processing agreement, ticket PRIV-7"],
    ]);
  });
});

describe("pipl-guard scan warns about invalid annotations", slow, () => {
  it("names the file, position and the unknown category on stderr", () => {
    const dir = copyFixture("scan-cross-file");
    writeFileSync(
      path.join(dir, "src/tagged.ts"),
      "export interface Patient {\n  /** @pipl resident_id */\n  code: string;\n}\n",
    );
    const run = runBin(["scan", "--format", "json"], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^pipl-guard: warning: src\/tagged\.ts:\d+:\d+: .*resident_id/m);
  });
});

describe("pipl-guard scan is safe to run on untrusted code", slow, () => {
  it("never runs the scanned code and never touches the network", () => {
    const dir = copyFixture("scan-cross-file");
    // Top-level code that would leave a file behind if it ever ran, and a fetch to a host.
    writeFileSync(
      path.join(dir, "src/side-effect.ts"),
      'import { writeFileSync } from "node:fs";\nwriteFileSync("executed.txt", "ran");\nvoid fetch("https://example.com/");\n',
    );
    const forbid = pathToFileURL(path.join(import.meta.dirname, "support/forbid-network.mjs")).href;
    const run = runBin(["scan", "--format", "json"], dir, ["--import", forbid]);
    expect(run.stderr).not.toContain("NETWORK ATTEMPT");
    expect(run.status).toBe(1);
    expect(existsSync(path.join(dir, "executed.txt"))).toBe(false);
  });

  it("the network guard works: a fetch under it is caught", () => {
    const forbid = pathToFileURL(path.join(import.meta.dirname, "support/forbid-network.mjs")).href;
    const r = spawnSync(
      process.execPath,
      ["--import", forbid, "-e", 'fetch("https://example.com/").catch(() => {})'],
      {
        encoding: "utf8",
      },
    );
    expect(r.stderr).toContain("NETWORK ATTEMPT: fetch https://example.com/");
  });
});

describe("pipl-guard usage and configuration errors exit 2 with one clear line", slow, () => {
  it.each([
    [
      ["scan", "--format", "xml"],
      "pipl-guard: unknown --format 'xml': use one of text, json, sarif, html.",
    ],
    [["scan", "--no-such-flag"], "pipl-guard: Unknown option '--no-such-flag'"],
    [
      ["scan", "--project", "missing/tsconfig.json"],
      "pipl-guard: --project: missing/tsconfig.json does not exist.",
    ],
    [["scan", "nowhere"], "pipl-guard: path not found: nowhere"],
    [["scan", "--baseline", "none.json"], "pipl-guard: cannot read baseline"],
    [["frobnicate"], "pipl-guard: unknown command 'frobnicate'"],
    [["scan", "--output", "src"], "pipl-guard: cannot write --output src: src is a folder."],
    [
      ["scan", "--output", "tsconfig.json/report.txt"],
      "pipl-guard: cannot write --output tsconfig.json/report.txt: tsconfig.json is a file, not a directory.",
    ],
  ])("%j", (args, message) => {
    const run = runBin(args, project);
    expect(run.status).toBe(2);
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe("");
  });

  it("names the config path and suggests the right category for a bad config", () => {
    writeFileSync(
      path.join(project, "bad.json"),
      JSON.stringify({
        categories: [
          {
            id: "fleet.plate",
            parent: "resident_id",
            name: { en: "Plate", "zh-CN": "车牌" },
            sensitivity: "general",
            legalBasis: ["pipl-art-4"],
          },
        ],
      }),
    );
    const run = runBin(["scan", "--config", "bad.json"], project);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^pipl-guard config: categories\[0\]\.parent: .*resident_id/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects a config file that is not JSON", () => {
    writeFileSync(path.join(project, "broken.json"), "{ nope");
    const run = runBin(["scan", "--config", "broken.json"], project);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^pipl-guard config: .*is not valid JSON/);
  });

  it("prints help and the version with exit 0", () => {
    const help = runBin(["--help"], project);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: pipl-guard scan [paths...] [options]");
    const version = runBin(["--version"], project);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
