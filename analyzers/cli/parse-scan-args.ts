import { parseArgs } from "node:util";
import { reporters, type ReportFormat } from "../reporters/reporters.js";
import { locales, type Locale } from "../messages/locale.js";
import { parseFileSize } from "../scan/file-size-limit.js";
import { UsageError } from "./usage-error.js";

/** What `pipl-guard` was asked to do. */
export type CliCommand =
  | { command: "help" }
  | { command: "version" }
  | {
      command: "scan";
      paths: string[];
      project?: string;
      format: ReportFormat;
      output?: string;
      config?: string;
      baseline?: string;
      updateBaseline: boolean;
      locale?: Locale;
      /** `--max-file-size` in bytes. */
      maxFileBytes?: number;
      /** `--exclude` globs (repeatable). */
      exclude: string[];
      /** `--include-vendored`: scan generated code (dist, coverage, *.bundle.js) too. */
      includeVendored: boolean;
    };

/**
 * Parses `pipl-guard` arguments (without `node` and the script).
 *
 * @throws UsageError with a message that names the bad argument and the valid choices.
 */
export function parseScanArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        project: { type: "string", short: "p" },
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        baseline: { type: "string" },
        "update-baseline": { type: "boolean" },
        locale: { type: "string" },
        "max-file-size": { type: "string" },
        exclude: { type: "string", multiple: true },
        "include-vendored": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw parseArgsError(error as Error & { code?: string });
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError("usage.missing-command");
  if (command !== "scan") throw new UsageError("usage.unknown-command", { command });

  const format = values.format ?? "text";
  if (!Object.hasOwn(reporters, format))
    throw new UsageError("usage.unknown-format", {
      value: format,
      choices: Object.keys(reporters).join(", "),
    });
  const locale = values.locale;
  if (locale !== undefined && !locales.includes(locale as Locale))
    throw new UsageError("usage.unknown-locale", { value: locale, choices: locales.join(", ") });
  if (values["update-baseline"] && values.baseline === undefined)
    throw new UsageError("usage.update-baseline-needs-baseline");
  for (const [flag, value] of Object.entries(values))
    if (value === "" || (Array.isArray(value) && value.includes("")))
      throw new UsageError("usage.empty-value", { flag });
  const maxFileSize = values["max-file-size"];
  const maxFileBytes = maxFileSize === undefined ? undefined : parseFileSize(maxFileSize);
  if (maxFileSize !== undefined && maxFileBytes === undefined)
    throw new UsageError("usage.invalid-file-size", { value: maxFileSize });

  return {
    command: "scan",
    paths,
    format: format as ReportFormat,
    updateBaseline: values["update-baseline"] ?? false,
    exclude: values.exclude ?? [],
    includeVendored: values["include-vendored"] ?? false,
    ...(values.project === undefined ? {} : { project: values.project }),
    ...(values.output === undefined ? {} : { output: values.output }),
    ...(values.config === undefined ? {} : { config: values.config }),
    ...(values.baseline === undefined ? {} : { baseline: values.baseline }),
    ...(locale === undefined ? {} : { locale: locale as Locale }),
    ...(maxFileBytes === undefined ? {} : { maxFileBytes }),
  };
}

/**
 * `parseArgs` errors as catalogue messages: its codes say what went wrong and its text quotes the
 * option (`Option '-o, --output <value>' argument missing`), which is all that is kept.
 */
function parseArgsError(error: Error & { code?: string }): UsageError {
  const option = /'([^']+)'/.exec(error.message)?.[1]?.replace(/ <value>$/, "");
  if (option === undefined)
    return new UsageError("usage.invalid-arguments", { detail: error.message });
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return new UsageError("usage.unknown-option", { option });
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return new UsageError(
      /argument missing/.test(error.message) ? "usage.missing-value" : "usage.unexpected-value",
      { option },
    );
  return new UsageError("usage.invalid-arguments", { detail: error.message });
}

/**
 * The `--locale` the user asked for, read before (and whether or not) the rest of the arguments
 * parse, so that a usage error is worded in that language too.
 */
export function requestedLocale(argv: readonly string[]): Locale | undefined {
  for (const [i, arg] of argv.entries()) {
    const value =
      arg === "--locale" ? argv[i + 1] : arg.startsWith("--locale=") ? arg.slice(9) : undefined;
    if (value !== undefined && locales.includes(value as Locale)) return value as Locale;
  }
  return undefined;
}
