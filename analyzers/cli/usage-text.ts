/** `pipl-guard --help`. */
export const usageText = `Usage: pipl-guard scan [paths...] [options]

Scan a TypeScript/JavaScript project for personal information (PIPL) that reaches logs, exports
or other parties without consent or a declared lawful basis.

Options:
  --project <tsconfig>    tsconfig.json to build the project from (default: ./tsconfig.json when
                          no paths are given)
  --format <format>       text | json | sarif | html (default: text)
  --output <file>         write the report to a file instead of standard output
  --config <file>         pipl-guard config (.json, .js, .mjs); default: pipl-guard.config.json
                          in the working directory when present
  --baseline <file>       report only findings not accepted by this baseline, and list its
                          entries that no longer occur
  --update-baseline       write the current findings to --baseline (keeping each entry's reason)
  --locale <locale>       en | zh-CN (default: the config's locale, else en)
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no new findings, 1 new findings, 2 usage or configuration error.
`;
