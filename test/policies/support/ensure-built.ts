import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith(".ts")) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

function builtAt(): number {
  try {
    return statSync(path.join(root, "dist/policies/pack.cjs")).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The engine runs the compiled pack (`policies/package.json` → `dist/policies/pack.cjs`, bundled). `npm test`
 * builds first; when a test file runs alone and the sources are newer than dist, build here, under a
 * directory lock so parallel test files do not run tsc twice.
 */
export function ensureBuilt(): void {
  const lock = path.join(root, "dist/.build-lock");
  mkdirSync(path.join(root, "dist"), { recursive: true });
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than any build is left over from a killed run: take it over.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 300_000) rmdirSync(lock);
      } catch {
        // Released meanwhile: the next mkdir takes it.
      }
      if (i > 1200) throw new Error(`build lock ${lock} held for 2 minutes; remove it`);
      execFileSync("sleep", ["0.1"]);
    }
  }
  try {
    const sources = Math.max(
      newest(path.join(root, "policies")),
      newest(path.join(root, "analyzers")),
    );
    if (builtAt() < sources) {
      // tsc still emits when another part of the tree has type errors (typecheck reports those);
      // what matters here is that the pack was rebuilt.
      const r = spawnSync(
        process.execPath,
        [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
        {
          cwd: root,
          encoding: "utf8",
        },
      );
      // The pack's main is the bundle of tsc's output (npm run build does the same two steps).
      const b = spawnSync(process.execPath, [path.join(root, "policies/bundle-pack.mjs")], {
        cwd: root,
        encoding: "utf8",
      });
      if (builtAt() < sources) {
        throw new Error(
          `building dist/ for the policy pack failed:\n${r.stdout}${r.stderr}${b.stdout}${b.stderr}`,
        );
      }
    }
  } finally {
    rmdirSync(lock);
  }
}

/** The policy pack directory the engine is pointed at. */
export const packDir = path.join(root, "policies");
