import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../analyzers/config/load-config.js";
import { buildProject } from "../../analyzers/scan/build-project.js";
import { scanProject } from "../../analyzers/scan/scan-project.js";
import { unreadableSource } from "../../analyzers/scan/unreadable-source.js";

const leak = "export function f(u: { mobile: string }) {\n  console.log(u.mobile);\n}\n";
/** A minified bundle: one statement after another on a single line. */
const minified = Array.from({ length: 2_000 }, (_, i) => `var a${i}=function(x){return x.mobile}`)
  .join(";")
  .concat("\n");

let root: string;

function write(file: string, text: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "pipl-left-out-"));
  write("tsconfig.json", JSON.stringify({ compilerOptions: { allowJs: true, strict: true } }));
  write("src/app.ts", leak);
  write("src/generated/client.ts", leak);
  write("src/vendor/lib.js", minified);
  write("src/image.js", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]));
  write("web/node_modules/pkg/index.js", leak);
  write("dist/app.js", leak);
  write("public/jquery.min.js", leak);
  write("public/app.bundle.js", leak);
  write("coverage/lcov-report/sorter.js", leak);
});

const scan = (extra: Partial<Parameters<typeof scanProject>[0]> = {}) =>
  scanProject({ cwd: root, paths: [], config: loadConfig({}), locale: "en", ...extra });

describe("files left out of a scan", () => {
  it("skips vendored and generated code by default and counts it", () => {
    const result = scan();
    expect(result.findings.map((f) => f.range.file)).toEqual([
      "src/app.ts",
      "src/generated/client.ts",
    ]);
    // dist/app.js, coverage/lcov-report/sorter.js, public/app.bundle.js; TypeScript's listing never
    // takes node_modules or *.min.js.
    expect(result.vendored).toBe(3);
  });

  it("lists binary and minified files as not analysed, without parsing them", () => {
    const result = scan();
    expect(result.notAnalysed.map((n) => [n.file, n.reason])).toEqual([
      ["src/image.js", "binary"],
      ["src/vendor/lib.js", "minified"],
    ]);
    expect(result.notAnalysed[1]!.message).toMatch(/^not analysed: the file is minified \(/);
    expect(result.filesScanned).toBe(2);
    const built = buildProject({ cwd: root, paths: [] });
    expect(built.project.getSourceFile(path.join(root, "src/vendor/lib.js"))).toBeUndefined();
    expect(built.project.getSourceFile(path.join(root, "src/image.js"))).toBeUndefined();
  });

  it("leaves out what --exclude names, and counts none of it as vendored", () => {
    const result = scan({ exclude: ["src/generated/**", "src/vendor"] });
    expect(result.findings.map((f) => f.range.file)).toEqual(["src/app.ts"]);
    expect(result.notAnalysed.map((n) => n.file)).toEqual(["src/image.js"]);
    expect(result.vendored).toBe(3);
  });

  it("respects the tsconfig's own exclude, also for the paths given", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pipl-exclude-"));
    mkdirSync(path.join(dir, "src/legacy"), { recursive: true });
    writeFileSync(path.join(dir, "src/a.ts"), leak);
    writeFileSync(path.join(dir, "src/legacy/b.ts"), leak);
    writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true }, exclude: ["src/legacy"] }),
    );
    for (const paths of [[], ["src"]]) {
      const result = scanProject({
        cwd: dir,
        paths,
        project: "tsconfig.json",
        config: loadConfig({}),
        locale: "en",
      });
      expect(
        result.findings.map((f) => f.range.file),
        paths.join(),
      ).toEqual(["src/a.ts"]);
    }
  });

  it("scans vendored code on request, or when a vendored folder is named", () => {
    const all = scan({ includeVendored: true });
    expect(all.vendored).toBe(0);
    expect(all.findings.map((f) => f.range.file)).toEqual([
      "coverage/lcov-report/sorter.js",
      "dist/app.js",
      "public/app.bundle.js",
      "src/app.ts",
      "src/generated/client.ts",
    ]);
    const named = scan({ paths: ["dist"] });
    expect(named.findings.map((f) => f.range.file)).toEqual(["dist/app.js"]);
  });

  it("leaves a file over the size limit unparsed too", () => {
    const result = scan({ maxFileBytes: 60 });
    expect(result.notAnalysed.map((n) => [n.file, n.reason])).toEqual([
      ["src/app.ts", "too-large"],
      ["src/generated/client.ts", "too-large"],
      ["src/image.js", "binary"],
      ["src/vendor/lib.js", "too-large"],
    ]);
    expect(result.filesScanned).toBe(0);
  });
});

describe("unreadableSource", () => {
  const file = (name: string, text: string | Buffer) => {
    const dir = mkdtempSync(path.join(tmpdir(), "pipl-unreadable-"));
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };

  it("tells binary, minified and hand-written files apart from their first bytes", () => {
    expect(unreadableSource(file("a.js", Buffer.from("abc\0def")))).toBe("binary");
    expect(unreadableSource(file("b.js", minified))).toBe("minified");
    expect(unreadableSource(file("c.ts", leak.repeat(500)))).toBeUndefined();
    // One long line (a data URI, a long literal) in an ordinary file is not minification.
    expect(
      unreadableSource(file("d.ts", `${leak.repeat(100)}const s = "${"x".repeat(8_000)}";\n`)),
    ).toBeUndefined();
    // Small files are read whatever their lines look like.
    expect(unreadableSource(file("e.js", "var a=1;".repeat(200)))).toBeUndefined();
  });
});
