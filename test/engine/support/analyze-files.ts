import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Project, ts } from "ts-morph";
import { expect } from "vitest";
import {
  analyzeSourceFile,
  type EngineOptions,
} from "../../../analyzers/engine/analyze-source-file.js";
import type { FileAnalysis } from "../../../analyzers/engine/file-analysis.js";
import { loadConfig } from "../../../analyzers/config/load-config.js";

/** The built-in config, loaded once. */
export const defaultConfig = loadConfig({});

/**
 * Minimal declarations of third-party modules for in-memory projects, following each package's
 * published typings as far as the tests use them.
 */
const moduleShims = `
declare module "pino" {
  interface LogFn { (obj: unknown, msg?: string, ...args: unknown[]): void; (msg: string, ...args: unknown[]): void }
  export interface Logger { trace: LogFn; debug: LogFn; info: LogFn; warn: LogFn; error: LogFn; fatal: LogFn }
  export default function pino(options?: { name?: string }): Logger;
}
declare module "axios" {
  export interface AxiosInstance { get(url: string, config?: unknown): Promise<unknown>; post(url: string, data?: unknown, config?: unknown): Promise<unknown> }
  export interface AxiosStatic extends AxiosInstance { (config: unknown): Promise<unknown>; create(config?: unknown): AxiosInstance }
  declare const axios: AxiosStatic;
  export default axios;
}
declare module "fs" {
  export function writeFileSync(path: string, data: string): void;
  export function appendFile(path: string, data: string, cb: (e: unknown) => void): void;
  export interface WriteStream { write(chunk: string): boolean; end(): void }
  export function createWriteStream(path: string): WriteStream;
  export const promises: { writeFile(path: string, data: string): Promise<void> };
}
declare module "node:fs" { export * from "fs"; }
declare module "fs/promises" { export function writeFile(path: string, data: string): Promise<void>; }
declare module "node:fs/promises" { export * from "fs/promises"; }
declare module "kafkajs" {
  export interface Producer { send(record: { topic: string; messages: { value: string }[] }): Promise<unknown> }
  export class Kafka { constructor(c: unknown); producer(): Producer }
}
declare module "@sentry/node" {
  export function setUser(user: Record<string, unknown> | null): void;
  export function captureMessage(message: string): string;
}
declare module "tencentcloud-sdk-nodejs" {
  interface SmsClient { SendSms(req: { PhoneNumberSet: string[]; TemplateParamSet?: string[] }): Promise<unknown> }
  export const sms: { v20210111: { Client: new (config: unknown) => SmsClient } };
}
declare const process: { stdout: { write(s: string): boolean }; env: Record<string, string | undefined> };
declare const console: { log(...a: unknown[]): void; info(...a: unknown[]): void; error(...a: unknown[]): void };
declare function fetch(url: string, init?: { method?: string; body?: string }): Promise<unknown>;
`;

/** The sources of examples/app, named `app/<path>` for {@link memoryProject}. */
export function exampleAppFiles(): Record<string, string> {
  const dir = fileURLToPath(new URL("../../../examples/app/src/", import.meta.url));
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith(".ts"))
        files[`app/${path.relative(dir, full)}`] = readFileSync(full, "utf8");
    }
  };
  walk(dir);
  return files;
}

/** An in-memory project with the shims and the given files (`/src/<name>`). */
export function memoryProject(
  files: Record<string, string>,
  options: ts.CompilerOptions = {},
): Project {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      ...options,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      lib: ["lib.es2022.d.ts"],
      types: [],
    },
  });
  project.createSourceFile("/shims.d.ts", moduleShims);
  for (const [name, text] of Object.entries(files)) project.createSourceFile(`/src/${name}`, text);
  return project;
}

/**
 * Analyses `/src/<file>` (the first file by default) and asserts the engine reported no internal
 * error: a test must fail rather than pass because an analysis was skipped.
 */
export function analyze(
  files: Record<string, string>,
  file = Object.keys(files)[0]!,
  options: Partial<EngineOptions> = {},
): FileAnalysis & { text: string } {
  // Plain JavaScript is analysed as the scanner does: allowed, not type-checked.
  const js = Object.keys(files).some((f) => /\.[cm]?js$/.test(f));
  const project = memoryProject(files, js ? { allowJs: true, checkJs: false } : {});
  const errors: unknown[] = [];
  const sf = project.getSourceFileOrThrow(`/src/${file}`);
  const result = analyzeSourceFile(sf, {
    config: defaultConfig,
    onInternalError: (e) => errors.push(e),
    ...options,
  });
  expect(errors).toEqual([]);
  return { ...result, text: sf.getFullText() };
}

/** Findings as `kind category fieldPath @ text-at-position` lines, for readable assertions. */
export function describeFindings(result: FileAnalysis & { text: string }): string[] {
  return result.findings.map(
    (f) =>
      `${f.kind} ${f.category} ${f.fieldPath} ${f.sink.id} ${f.reason} @ ${result.text.slice(f.start, f.end)}`,
  );
}

/** Findings as `kind category fieldPath sink confidence` lines. */
export function describeWithConfidence(result: FileAnalysis): string[] {
  return result.findings.map(
    (f) => `${f.kind} ${f.category} ${f.fieldPath} ${f.sink.id} ${f.confidence}`,
  );
}
