import { describe, expect, it } from "vitest";
import { parseScanArgs } from "../../analyzers/cli/parse-scan-args.js";
import { UsageError } from "../../analyzers/cli/usage-error.js";

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
    });
  });

  it("defaults to the text format and no paths", () => {
    expect(parseScanArgs(["scan"])).toEqual({
      command: "scan",
      paths: [],
      format: "text",
      updateBaseline: false,
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
  ])("rejects %j with a usage error", (argv, message) => {
    expect(() => parseScanArgs(argv)).toThrow(UsageError);
    expect(() => parseScanArgs(argv)).toThrow(message);
  });
});
