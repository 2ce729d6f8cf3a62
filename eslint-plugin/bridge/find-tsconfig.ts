import { existsSync } from "node:fs";
import path from "node:path";

/** What the bridge knows about where the linted file's tsconfig is. */
export interface TsconfigHints {
  /** The linted file (absolute). */
  fileName: string;
  /** `compilerOptions.configFilePath` of typescript-eslint's program, when there is one. */
  programConfigFile?: string | undefined;
  /** `parserOptions.project` as the user wrote it. */
  project?: unknown;
  /** `parserOptions.tsconfigRootDir`. */
  tsconfigRootDir?: string | undefined;
}

/**
 * Nearest `tsconfig.json` or `jsconfig.json` (a JavaScript project's, which implies `allowJs`)
 * from the file's folder upwards, the tsconfig first in a folder with both, as TypeScript's
 * language service picks; `undefined` when there is none.
 */
function nearestTsconfig(fileName: string): string | undefined {
  let dir = path.dirname(fileName);
  for (;;) {
    for (const name of ["tsconfig.json", "jsconfig.json"]) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The tsconfig the isolated ts-morph project is built from: the one typescript-eslint's program
 * was built from, else the first existing `parserOptions.project` entry, else the nearest
 * `tsconfig.json` or `jsconfig.json` above the file (what the project service would pick). `undefined` when there is
 * none, in which case the isolated project uses default compiler options.
 */
export function findTsconfig(hints: TsconfigHints): string | undefined {
  if (hints.programConfigFile && existsSync(hints.programConfigFile)) {
    return path.resolve(hints.programConfigFile);
  }
  const projects =
    typeof hints.project === "string"
      ? [hints.project]
      : Array.isArray(hints.project)
        ? hints.project.filter((p): p is string => typeof p === "string")
        : [];
  const root = hints.tsconfigRootDir ?? process.cwd();
  for (const project of projects) {
    const candidate = path.resolve(root, project);
    if (existsSync(candidate)) return candidate;
  }
  return nearestTsconfig(hints.fileName);
}
