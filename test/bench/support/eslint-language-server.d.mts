// Types of eslint-language-server.mjs, for the TypeScript test that shares it with the bench.
import type { Diagnostic } from "vscode-languageserver-protocol";

export function readmeTypedConfig(): string;
export function readmeConfigWithoutPipl(): string;
export const consentLine: number;
export const serviceText: string;
export function createWorkspace(dir: string, config: string): string;
export function eslintSettings(workspaceDir: string): Record<string, unknown>;

/** A running server on one workspace. */
export interface EslintServer {
  log(): string;
  uri(file: string): string;
  open(uri: string, text: string): Promise<void>;
  change(uri: string, text: string): Promise<void>;
  diagnostics(uri: string): Promise<Diagnostic[]>;
  close(): Promise<void>;
}
export function startEslintServer(
  workspaceDir: string,
  options?: { timeoutMs?: number; nodeArgs?: string[] },
): Promise<EslintServer>;
