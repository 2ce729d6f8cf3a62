import { describe, expect, it } from "vitest";
import { parseScanArgs, requestedLocale } from "../../analyzers/cli/parse-scan-args.js";
import { UsageError } from "../../analyzers/cli/usage-error.js";
import { thrownBy } from "../support/thrown-by.js";

describe("parseScanArgs", () => {
  it("reads paths and every option", () => {
    expect(
      parseScanArgs([
        "scan",
        "src",
        "lib/a.ts",
        "--project",
        "tsconfig.json",
        "--format",
        "sarif",
        "--output",
        "out.sarif",
        "--config",
        "pipl.json",
        "--baseline",
        "b.json",
        "--update-baseline",
        "--locale",
        "zh-CN",
        "--exclude",
        "src/gen/**",
        "--exclude",
        "**/*.spec.ts",
        "--include-vendored",
      ]),
    ).toEqual({
      command: "scan",
      paths: ["src", "lib/a.ts"],
      project: "tsconfig.json",
      format: "sarif",
      output: "out.sarif",
      config: "pipl.json",
      baseline: "b.json",
      updateBaseline: true,
      locale: "zh-CN",
      exclude: ["src/gen/**", "**/*.spec.ts"],
      includeVendored: true,
    });
  });

  it("defaults to the text format and no paths", () => {
    expect(parseScanArgs(["scan"])).toEqual({
      command: "scan",
      paths: [],
      format: "text",
      updateBaseline: false,
      exclude: [],
      includeVendored: false,
    });
  });

  it("answers --help and --version", () => {
    expect(parseScanArgs(["--help"])).toEqual({ command: "help" });
    expect(parseScanArgs(["scan", "-v"])).toEqual({ command: "version" });
  });

  it.each([
    [["scan", "--formt", "json"], /Unknown option '--formt'/],
    [["scan", "--format", "xml"], /unknown --format 'xml': use one of text, json, sarif, html/],
    [["scan", "--locale", "fr"], /unknown --locale 'fr': use one of en, zh-CN/],
    [["scan", "--update-baseline"], /--update-baseline needs --baseline/],
    [["lint"], /unknown command 'lint'/],
    [[], /missing command/],
    [["scan", "--output"], /--output/],
    [["scan", "--output", ""], /--output needs a non-empty value/],
    [["scan", "--exclude", "a", "--exclude", ""], /--exclude needs a non-empty value/],
  ])("rejects %j with a usage error", (argv, message) => {
    expect(() => parseScanArgs(argv)).toThrow(UsageError);
    expect(() => parseScanArgs(argv)).toThrow(message);
  });
});

describe("usage errors in Chinese", () => {
  it.each([
    [["scan", "--formt"], "未知选项 '--formt'。运行 pipl-guard --help 查看可用选项。"],
    [["scan", "--output"], "选项 '-o, --output' 需要一个值。运行 pipl-guard --help 查看可用选项。"],
    [
      ["scan", "--version=1"],
      "选项 '-v, --version' 不接受值。运行 pipl-guard --help 查看可用选项。",
    ],
    [["scan", "--format", "xml"], "未知的 --format 'xml'：请使用 text, json, sarif, html 之一。"],
    [["lint"], "未知命令 'lint'：唯一的命令是 'scan'（参见 --help）。"],
  ])("words %j in zh-CN", (argv, message) => {
    const error = thrownBy(() => parseScanArgs(argv));
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).format("zh-CN")).toBe(message);
  });

  it("finds --locale before the rest of the arguments parse", () => {
    expect(requestedLocale(["scan", "--bad", "--locale", "zh-CN"])).toBe("zh-CN");
    expect(requestedLocale(["--locale=zh-CN"])).toBe("zh-CN");
    expect(requestedLocale(["--locale", "fr"])).toBeUndefined();
    expect(requestedLocale(["scan"])).toBeUndefined();
  });
});

describe("--max-file-size", () => {
  it("reads bytes or a size with KB or MB", () => {
    expect(parseScanArgs(["scan", "--max-file-size", "512KB"])).toMatchObject({
      maxFileBytes: 524_288,
    });
    expect(parseScanArgs(["scan", "--max-file-size=3000000"])).toMatchObject({
      maxFileBytes: 3_000_000,
    });
    expect(parseScanArgs(["scan"])).not.toHaveProperty("maxFileBytes");
  });

  it("rejects a size it cannot read, naming the value and the forms it takes", () => {
    for (const value of ["0", "big", "-5", "2GB"]) {
      let thrown: unknown;
      try {
        parseScanArgs(["scan", `--max-file-size=${value}`]);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UsageError);
      expect((thrown as UsageError).id).toBe("usage.invalid-file-size");
      expect((thrown as UsageError).format("zh-CN")).toContain(`无效的 --max-file-size '${value}'`);
    }
  });
});
