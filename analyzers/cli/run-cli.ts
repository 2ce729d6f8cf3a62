import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "../config/config-error.js";
import { loadConfigAsync } from "../config/load-config.js";
import { reporters } from "../reporters/reporters.js";
import { applyBaselineFile, type BaselinedScan } from "../scan/apply-baseline-file.js";
import { BaselineError } from "../scan/baseline-error.js";
import { ScanInputError } from "../scan/scan-input-error.js";
import { scanProject, type ProjectScan } from "../scan/scan-project.js";
import type { ScanResult } from "../scan/scan-result.js";
import { updateBaselineFile } from "../scan/update-baseline-file.js";
import { cliMessages, type CliMessageId } from "../messages/cli-messages.js";
import { formatMessage } from "../messages/format-message.js";
import type { Locale } from "../messages/locale.js";
import { parseScanArgs, requestedLocale } from "./parse-scan-args.js";
import { progressBar, type ProgressStream } from "./progress-bar.js";
import { UsageError } from "./usage-error.js";
import { usageText } from "./usage-text.js";

/** The process around the CLI, injectable for tests. */
export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: ProgressStream;
  stderr: ProgressStream;
}

/** Config file picked up from the working directory when `--config` is not given. */
export const defaultConfigFile = "pipl-guard.config.json";

/**
 * `pipl-guard`: parses the arguments, loads the config, scans, applies or updates the baseline,
 * writes the report. Returns the exit code: 0 no new findings, 1 new findings, 2 usage or
 * configuration error (one clear line on stderr, no stack trace). Files over the size limit are
 * listed on stderr and in the report but, not being findings, do not change the exit code.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // The language of what the CLI itself says: --locale, then (once loaded) the config's locale.
  let locale: Locale = requestedLocale(argv) ?? "en";
  const say = (id: CliMessageId, params: Record<string, string | number> = {}) =>
    `pipl-guard: ${formatMessage(cliMessages, locale, id, params)}\n`;
  try {
    const args = parseScanArgs(argv);
    if (args.command === "help") {
      io.stdout.write(usageText(locale));
      return 0;
    }
    if (args.command === "version") {
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    const configPath =
      args.config ??
      (existsSync(path.join(io.cwd, defaultConfigFile)) ? defaultConfigFile : undefined);
    const config = await loadConfigAsync(
      configPath === undefined ? undefined : path.resolve(io.cwd, configPath),
    );
    locale = args.locale ?? config.locale;
    let progress: ReturnType<typeof progressBar> | undefined;
    const scan = scanProject({
      cwd: io.cwd,
      paths: args.paths,
      ...(args.project === undefined ? {} : { project: args.project }),
      config,
      locale,
      ...(args.maxFileBytes === undefined ? {} : { maxFileBytes: args.maxFileBytes }),
      exclude: args.exclude,
      includeVendored: args.includeVendored,
      onProgress: (done, total) => {
        progress ??= progressBar(io.stderr, total);
        progress.tick(done);
      },
    });
    progress?.done();
    // Annotation problems do not fail the scan (they are not PI flows) but must not go unseen.
    for (const p of scan.problems)
      io.stderr.write(
        say("cli.annotation-warning", {
          location: `${p.file}:${p.line}:${p.column}`,
          message: p.message,
        }),
      );
    // Too large to analyse: not a finding (the exit code does not change), never silent.
    for (const n of scan.notAnalysed)
      io.stderr.write(say("cli.not-analysed", { file: n.file, message: n.message }));
    for (const s of scan.skipped)
      io.stderr.write(
        say("cli.analysis-skipped", { location: `${s.file}:${s.line}`, message: s.message }),
      );

    let baselined: ProjectScan | BaselinedScan = scan;
    if (args.baseline !== undefined && args.updateBaseline) {
      const file = args.baseline;
      const update = writing(`--baseline ${file}`, path.resolve(io.cwd, file), io.cwd, () =>
        updateBaselineFile(scan, file, { cwd: io.cwd }),
      );
      io.stderr.write(say("cli.baseline-written", { count: update.written.entries.length, file }));
      baselined = update.scan;
    } else if (args.baseline !== undefined)
      baselined = applyBaselineFile(scan, args.baseline, { cwd: io.cwd });
    const { findings } = baselined;
    const baseline = "baseline" in baselined ? baselined.baseline : undefined;
    const result: ScanResult = {
      tool: { name: "pipl-guard", version: packageVersion() },
      root: scan.root,
      locale,
      filesScanned: scan.filesScanned,
      ...(scan.notAnalysed.length > 0 ? { notAnalysed: scan.notAnalysed } : {}),
      ...(scan.vendored > 0 ? { vendored: scan.vendored } : {}),
      findings,
      categories: scan.categories,
      inventory: scan.inventory,
      ...(baseline ? { baseline } : {}),
    };
    const toFile = args.output !== undefined;
    const color =
      !toFile && args.format === "text" && io.stdout.isTTY === true && !("NO_COLOR" in io.env);
    const report = reporters[args.format](result, { color });
    if (args.output !== undefined) {
      const file = path.resolve(io.cwd, args.output);
      writing(`--output ${args.output}`, file, io.cwd, () => {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, report);
      });
      // The report went to a file: say in one line what it holds and where it is.
      const count = (noun: "finding" | "file", n: number) =>
        formatMessage(cliMessages, locale, `count.${noun}.${n === 1 ? "one" : "other"}`, {
          count: n,
        });
      io.stderr.write(
        say("cli.report-written", {
          findings: count("finding", findings.length),
          files: count("file", scan.filesScanned),
          file: args.output,
        }),
      );
    } else io.stdout.write(report);
    return findings.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`pipl-guard: ${error.format(locale)}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      // A config that failed to load has no locale yet: --locale, else the one the config names.
      io.stderr.write(`${error.format(requestedLocale(argv) ?? error.locale ?? locale)}\n`);
      return 2;
    }
    if (error instanceof BaselineError || error instanceof ScanInputError) {
      io.stderr.write(`pipl-guard: ${error.format(locale)}\n`);
      return 2;
    }
    // A bug or an I/O failure: still one clear line; the stack only when asked for.
    const err = error as Error;
    io.stderr.write(say("cli.internal-error", { message: err.message }));
    if (io.env.PIPL_GUARD_DEBUG) io.stderr.write(`${err.stack ?? ""}\n`);
    return 2;
  }
}

function packageVersion(): string {
  // dist/analyzers/cli → package.json at the package root (same depth from the sources).
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const up of ["../../..", "../.."]) {
    const file = path.join(here, up, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "pipl-guard" && pkg.version) return pkg.version;
    }
  }
  return "0.0.0";
}

/**
 * The nearest existing ancestor of `file` when it is a file rather than a folder (`out` for
 * `out/report.json` where `out` is a file): node says EEXIST or ENOTDIR, which names neither.
 */
function fileInTheWay(file: string): string | undefined {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (!existsSync(dir)) continue;
    return statSync(dir).isDirectory() ? undefined : dir;
  }
  return undefined;
}

/**
 * Runs `write`, turning a file-system error into a usage problem: a report or baseline that cannot
 * be written (a folder in the way, no permission) is the user's to fix, not a bug. Other errors (a
 * baseline that cannot be read) pass through.
 */
function writing<T>(what: string, file: string, cwd: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    const systemError = error as NodeJS.ErrnoException;
    if (systemError.syscall === undefined) throw error;
    if (systemError.code === "EISDIR")
      throw new UsageError("usage.is-a-directory", {
        what,
        path: path.relative(cwd, file) || file,
      });
    const blocking = fileInTheWay(file);
    if (blocking !== undefined)
      throw new UsageError("usage.not-a-directory", {
        what,
        path: path.relative(cwd, blocking) || blocking,
      });
    throw new UsageError("usage.cannot-write", {
      what,
      reason: systemError.code ?? systemError.message,
    });
  }
}
