import { fileURLToPath } from "node:url";
import { loadConfig } from "../../../analyzers/config/load-config.js";
import { scanProject } from "../../../analyzers/scan/scan-project.js";

/** examples/app, with a trailing slash. */
export const exampleAppRoot = fileURLToPath(new URL("../../../examples/app/", import.meta.url));

/** `pipl-guard scan` of examples/app as the CLI runs it: its tsconfig, the default config, English. */
export function scanExampleApp(): ReturnType<typeof scanProject> {
  return scanProject({
    cwd: exampleAppRoot,
    paths: [],
    project: "tsconfig.json",
    config: loadConfig(),
    locale: "en",
  });
}
