import { parseArgs } from "node:util";
import { reporters, type ReportFormat } from "../reporters/reporters.js";
import { locales, type Locale } from "../messages/locale.js";
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
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    // parseArgs' messages name the flag ("Unknown option '--formt'"); keep them, drop the stack.
    throw new UsageError(`${(error as Error).message}. Run pipl-guard --help for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };
  const [command, ...paths] = positionals;
  if (command === undefined)
    throw new UsageError("missing command: use `pipl-guard scan [paths...]` (see --help).");
  if (command !== "scan")
    throw new UsageError(`unknown command '${command}': the only command is 'scan' (see --help).`);

  const format = values.format ?? "text";
  if (!Object.hasOwn(reporters, format))
    throw new UsageError(
      `unknown --format '${format}': use one of ${Object.keys(reporters).join(", ")}.`,
    );
  const locale = values.locale;
  if (locale !== undefined && !locales.includes(locale as Locale))
    throw new UsageError(`unknown --locale '${locale}': use one of ${locales.join(", ")}.`);
  if (values["update-baseline"] && values.baseline === undefined)
    throw new UsageError("--update-baseline needs --baseline <file> to know where to write.");
  for (const [flag, value] of Object.entries(values))
    if (value === "") throw new UsageError(`--${flag} needs a non-empty value.`);

  return {
    command: "scan",
    paths,
    format: format as ReportFormat,
    updateBaseline: values["update-baseline"] ?? false,
    ...(values.project === undefined ? {} : { project: values.project }),
    ...(values.output === undefined ? {} : { output: values.output }),
    ...(values.config === undefined ? {} : { config: values.config }),
    ...(values.baseline === undefined ? {} : { baseline: values.baseline }),
    ...(locale === undefined ? {} : { locale: locale as Locale }),
  };
}
