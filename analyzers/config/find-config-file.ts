import { statSync } from "node:fs";
import path from "node:path";

/** The config file name the lint rules and the scanner look for. */
export const configFileName = "pipl-guard.config.json";

/**
 * The nearest `pipl-guard.config.json` in `directory` or a directory above it (as ESLint finds
 * its flat config), or `undefined` when there is none up to the file-system root. The lint rules
 * look from the linted file's directory, the scanner from its working directory, so one file
 * serves both. Not cached: a config created or deleted while an editor's ESLint server runs is
 * seen on the next lint (a few `stat` calls per file).
 */
export function findConfigFile(directory: string): string | undefined {
  for (let dir = path.resolve(directory); ;) {
    const candidate = path.join(dir, configFileName);
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
