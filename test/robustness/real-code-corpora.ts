import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { defaultMaxFileBytes } from "../../analyzers/scan/file-size-limit.js";

/*
 * The body of real third-party code the robustness suite runs the engine and the ESLint rules
 * over: sources, compiled JavaScript and declaration files of packages installed as dependencies,
 * sampled deterministically.
 */

export const root = path.resolve(import.meta.dirname, "../../node_modules");
export const cap = Number(process.env.PIPL_REAL_CODE_FILES ?? 150);

export interface Corpus {
  name: string;
  dir: string;
  match: (file: string) => boolean;
}

const isTs = (f: string) => /\.(ts|mts|cts)$/.test(f) && !/\.d\.[mc]?ts$/.test(f);
const isJs = (f: string) => /\.(js|mjs|cjs)$/.test(f);
const isDts = (f: string) => /\.d\.[mc]?ts$/.test(f);

export const corpora: Corpus[] = [
  { name: "zod (TypeScript sources)", dir: "zod", match: isTs },
  { name: "@grpc/grpc-js (TypeScript sources)", dir: "@grpc/grpc-js/src", match: isTs },
  // Its vendored compilers included: the 8 MB typescript@3.8.3/typescript.js is over the default
  // file-size limit, so it is not analysed but reported as such (see `overSizeLimit`).
  { name: "@pulumi/pulumi (JavaScript)", dir: "@pulumi/pulumi", match: isJs },
  { name: "@pulumi/pulumi (declarations)", dir: "@pulumi/pulumi", match: isDts },
  { name: "eslint (JavaScript)", dir: "eslint/lib", match: isJs },
  {
    name: "typescript-estree (JavaScript)",
    dir: "@typescript-eslint/typescript-estree/dist",
    match: isJs,
  },
];

export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") out.push(...walk(p));
    } else out.push(p);
  }
  return out;
}

/** Every k-th file in path order, so the sample spreads over the package and is stable. */
export function sample(files: string[], n: number): string[] {
  const sorted = [...files].sort();
  if (sorted.length <= n) return sorted;
  const step = sorted.length / n;
  return Array.from({ length: n }, (_, i) => sorted[Math.floor(i * step)]!);
}

/** 2 s per file, plus 1 s per 100 KB for the few very large bundles. */
export function budgetMs(file: string): number {
  return 2_000 + Math.floor(statSync(file).size / 100_000) * 1_000;
}

/**
 * Files over the scanner's and the rules' default size limit (`scan.maxFileBytes`, 2 MB): the
 * product does not analyse them (analysis of the 8 MB vendored typescript.js takes ~100 s, most
 * of it TypeScript's own checker) but lists them as not analysed. The engine and ESLint tests
 * check that instead of analysing them.
 */
export function overSizeLimit(file: string): boolean {
  return statSync(file).size > defaultMaxFileBytes;
}
