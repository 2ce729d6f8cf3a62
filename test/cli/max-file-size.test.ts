import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../analyzers/cli/run-cli.js";
import { englishRuns } from "../config/english-runs.js";
import { sarifSchemaErrors } from "../reporters/support/validate-sarif.js";

/*
 * Files over the size limit (--max-file-size, scan.maxFileBytes) are not analysed, and every
 * report says so: a generated 6 KB file under a 4 KB limit, next to a file of exactly 4 KB (at the
 * limit: analysed) and a small one. Both large files log a resident ID, so a finding in the 6 KB
 * file would show that it was analysed after all.
 */

const limit = 4096;
let dir: string;

const leak = `export function show(customer: { idNumber: string }): void {
  console.log(customer.idNumber);
}
`;

/** `leak` padded with constant declarations to exactly `bytes` bytes. */
function padded(bytes: number): string {
  let text = leak;
  for (let i = 0; text.length + 30 < bytes; i++) text += `export const pad${i} = ${i};\n`;
  return text + "/".repeat(bytes - text.length - 1) + "\n";
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pipl-max-file-size-"));
  mkdirSync(path.join(dir, "src"));
  writeFileSync(path.join(dir, "src/generated.ts"), padded(6000));
  writeFileSync(path.join(dir, "src/at-limit.ts"), padded(limit));
  writeFileSync(path.join(dir, "src/small.ts"), leak);
});

async function run(argv: string[], cwd = dir) {
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    cwd,
    env: {},
    stdout: { isTTY: false, write: (t: string) => (out += t) },
    stderr: { isTTY: false, write: (t: string) => (err += t) },
  });
  return { code, out, err };
}

interface JsonReport {
  filesScanned: number;
  notAnalysed?: { file: string; reason: string; bytes: number; limit: number; message: string }[];
  findings: { range: { file: string } }[];
}

const englishWarning =
  "pipl-guard: warning: src/generated.ts: not analysed: the file is 5.9 KB, over the 4 KB limit. Raise --max-file-size or scan.maxFileBytes, or exclude the file from the scan.\n";

describe("--max-file-size", () => {
  it("lists a file over the limit in the JSON report, analyses the one at the limit, and keeps the exit code of the findings", async () => {
    const r = await run(["scan", "src", "--format", "json", "--max-file-size", "4KB"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as JsonReport;
    expect(report.notAnalysed).toEqual([
      {
        file: "src/generated.ts",
        reason: "too-large",
        bytes: 6000,
        limit,
        message:
          "not analysed: the file is 5.9 KB, over the 4 KB limit. Raise --max-file-size or scan.maxFileBytes, or exclude the file from the scan.",
      },
    ]);
    expect(report.filesScanned).toBe(2);
    expect(report.findings.map((f) => f.range.file)).toEqual(["src/at-limit.ts", "src/small.ts"]);
    expect(Object.keys(report).slice(4, 7)).toEqual(["filesScanned", "notAnalysed", "findings"]);
    expect(r.err).toBe(englishWarning);
  });

  it("does not fail the scan for a file it did not analyse: exit 0 when nothing else is found", async () => {
    const r = await run([
      "scan",
      "src/generated.ts",
      "--format",
      "json",
      "--max-file-size",
      "4096",
    ]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as JsonReport).notAnalysed?.map((n) => n.file)).toEqual([
      "src/generated.ts",
    ]);
    expect(r.err).toBe(englishWarning);
  });

  it("analyses every file under the default 2 MB limit (no notAnalysed key)", async () => {
    const r = await run(["scan", "src", "--format", "json"]);
    const report = JSON.parse(r.out) as JsonReport;
    expect(report.notAnalysed).toBeUndefined();
    expect(report.filesScanned).toBe(3);
    expect(report.findings.map((f) => f.range.file)).toContain("src/generated.ts");
    expect(r.err).toBe("");
  });

  it("lists it after the summary of the text report and counts it there", async () => {
    const r = await run(["scan", "src", "--max-file-size", "4KB"]);
    expect(r.out).toContain("(2 files scanned, 1 not analysed)");
    expect(r.out).toContain(
      "Files not analysed (too large, binary or minified) (1):\n  src/generated.ts  not analysed: the file is 5.9 KB",
    );
    expect(r.out).not.toMatch(/^src\/generated\.ts$/m);
  });

  it("reports it as a SARIF tool execution notification at the file, valid against the 2.1.0 schema", async () => {
    const r = await run(["scan", "src", "--format", "sarif", "--max-file-size", "4KB"]);
    const log = JSON.parse(r.out) as {
      runs: {
        invocations?: {
          executionSuccessful: boolean;
          toolExecutionNotifications: {
            level: string;
            message: { text: string };
            locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
            properties: { bytes: number; limit: number };
          }[];
        }[];
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    const [invocation] = log.runs[0]!.invocations ?? [];
    expect(invocation?.executionSuccessful).toBe(true);
    expect(invocation?.toolExecutionNotifications).toHaveLength(1);
    const [note] = invocation!.toolExecutionNotifications;
    expect(note).toMatchObject({ level: "warning", properties: { bytes: 6000, limit } });
    expect(note!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("src/generated.ts");
    expect(note!.message.text).toContain("Raise --max-file-size or scan.maxFileBytes");
    expect(
      log.runs[0]!.results.map((res) => res.locations[0]!.physicalLocation.artifactLocation.uri),
    ).not.toContain("src/generated.ts");
  });

  it("has no invocations in SARIF when every file was analysed", async () => {
    const r = await run(["scan", "src/small.ts", "--format", "sarif"]);
    expect((JSON.parse(r.out) as { runs: object[] }).runs[0]).not.toHaveProperty("invocations");
  });

  it("shows it in the HTML report: a summary card and a table with size, limit and fix", async () => {
    const r = await run(["scan", "src", "--format", "html", "--max-file-size", "4KB"]);
    expect(r.out).toContain(
      '<div class="card" data-testid="not-analysed-count"><b>1</b>not analysed</div>',
    );
    expect(r.out).toContain('<section id="not-analysed">');
    expect(r.out).toContain(
      '<tr><td class="loc">src/generated.ts</td><td>6000</td><td>4096</td><td>not analysed: the file is 5.9 KB',
    );
  });

  it("words the warning and every report in Chinese with --locale zh-CN", async () => {
    const text = await run(["scan", "src", "--max-file-size", "4KB", "--locale", "zh-CN"]);
    const chinese =
      "未分析：文件大小为 5.9 KB，超过 4 KB 的上限。请调高 --max-file-size 或 scan.maxFileBytes，或将该文件排除在扫描之外。";
    expect(text.err).toBe(`pipl-guard: 警告：src/generated.ts：${chinese}\n`);
    expect(englishRuns(text.err)).toEqual([]);
    expect(text.out).toContain("(2 个文件已扫描, 1 个文件未分析)");
    expect(text.out).toContain(
      `未分析的文件（过大、二进制或已压缩） (1):\n  src/generated.ts  ${chinese}`,
    );
    const json = await run([
      "scan",
      "src",
      "-f",
      "json",
      "--max-file-size",
      "4KB",
      "--locale",
      "zh-CN",
    ]);
    expect((JSON.parse(json.out) as JsonReport).notAnalysed?.[0]?.message).toBe(chinese);
    const sarif = await run([
      "scan",
      "src",
      "-f",
      "sarif",
      "--max-file-size",
      "4KB",
      "--locale",
      "zh-CN",
    ]);
    expect(sarif.out).toContain(chinese);
    const html = await run([
      "scan",
      "src",
      "-f",
      "html",
      "--max-file-size",
      "4KB",
      "--locale",
      "zh-CN",
    ]);
    expect(html.out).toContain("<h2>未分析的文件（过大、二进制或已压缩）</h2>");
    expect(html.out).toContain(`<td>${chinese}</td>`);
  });

  it("takes the limit from the config's scan.maxFileBytes, and --max-file-size over it", async () => {
    const withConfig = mkdtempSync(path.join(tmpdir(), "pipl-max-file-size-config-"));
    mkdirSync(path.join(withConfig, "src"));
    writeFileSync(path.join(withConfig, "src/generated.ts"), padded(6000));
    writeFileSync(
      path.join(withConfig, "pipl-guard.config.json"),
      JSON.stringify({ scan: { maxFileBytes: "4KB" } }),
    );
    const fromConfig = await run(["scan", "src", "-f", "json"], withConfig);
    expect((JSON.parse(fromConfig.out) as JsonReport).notAnalysed?.[0]).toMatchObject({
      file: "src/generated.ts",
      limit,
    });
    const overridden = await run(
      ["scan", "src", "-f", "json", "--max-file-size", "1MB"],
      withConfig,
    );
    const report = JSON.parse(overridden.out) as JsonReport;
    expect(report.notAnalysed).toBeUndefined();
    expect(report.findings.map((f) => f.range.file)).toEqual(["src/generated.ts"]);
  });

  it("rejects a size it cannot read with exit 2 and a message in the --locale language", async () => {
    const en = await run(["scan", "src", "--max-file-size", "big"]);
    expect(en.code).toBe(2);
    expect(en.err).toBe(
      "pipl-guard: invalid --max-file-size 'big': give a number of bytes or a size such as 512KB or 2MB (at least 1 byte).\n",
    );
    const zh = await run(["scan", "src", "--max-file-size", "0", "--locale", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(
      "pipl-guard: 无效的 --max-file-size '0'：请给出字节数或如 512KB、2MB 的大小（至少 1 字节）。\n",
    );
  });
});
