import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../analyzers/cli/run-cli.js";

const project = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../fixtures/scan-cross-file",
);
// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[\d+m/;

async function run(isTTY: boolean, env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const code = await runCli(["scan"], {
    cwd: project,
    env,
    stdout: { isTTY, write: (t: string) => (out += t) },
    stderr: { isTTY, write: (t: string) => (err += t) },
  });
  return { code, out, err };
}

describe("runCli colours", () => {
  it("colours the text report on a TTY", async () => {
    const r = await run(true);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(ansi);
  });

  it("does not colour it when NO_COLOR is set", async () => {
    const r = await run(true, { NO_COLOR: "1" });
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(ansi);
    // A 5-file project draws no progress bar even on a TTY.
    expect(r.err).toBe("");
  });
});

describe("runCli in Chinese", () => {
  async function runArgs(argv: string[]) {
    let out = "";
    let err = "";
    const code = await runCli(argv, {
      cwd: project,
      env: {},
      stdout: { isTTY: false, write: (t: string) => (out += t) },
      stderr: { isTTY: false, write: (t: string) => (err += t) },
    });
    return { code, out, err };
  }

  it("words a usage error in the --locale language even when another argument is wrong", async () => {
    const r = await runArgs(["scan", "--formt", "json", "--locale", "zh-CN"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("pipl-guard: 未知选项 '--formt'。运行 pipl-guard --help 查看可用选项。\n");
  });

  it("keeps English without --locale", async () => {
    const r = await runArgs(["scan", "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("pipl-guard: unknown --format 'xml': use one of text, json, sarif, html.\n");
  });

  it("words a path or baseline it cannot use in the --locale language", async () => {
    const missing = await runArgs(["scan", "nowhere", "--locale", "zh-CN"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe("pipl-guard: 路径不存在：nowhere\n");
    const baseline = await runArgs(["scan", "--baseline", "none.json", "--locale", "zh-CN"]);
    expect(baseline.code).toBe(2);
    expect(baseline.err).toMatch(
      /^pipl-guard: 无法读取基线 .*none\.json：ENOENT。请用 --update-baseline 生成。\n$/,
    );
  });

  it("prints the help in Chinese with --help --locale zh-CN", async () => {
    const r = await runArgs(["--help", "--locale=zh-CN"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("用法：pipl-guard scan [paths...] [options]");
    expect(r.out).toContain("退出码：0 无新发现，1 有新发现，2 用法或配置错误。");
  });
});
