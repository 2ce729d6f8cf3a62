import type { ChildProcess } from "node:child_process";

export interface HarnessProvider {
  type: string;
  urn: string;
  name: string;
  properties?: Record<string, unknown>;
}
export interface HarnessResource {
  type: string;
  urn: string;
  name: string;
  properties?: Record<string, unknown>;
  provider?: HarnessProvider;
  options?: { protect?: boolean; ignoreChanges?: string[]; parent?: string };
  parent?: string;
  dependencies?: string[];
  propertyDependencies?: Record<string, string[]>;
}
export type Level = "advisory" | "mandatory" | "disabled" | "remediate";
export interface Diagnostic {
  policyName: string;
  policyPackName: string;
  policyPackVersion: string;
  description: string;
  message: string;
  enforcementLevel: Level;
  severity: string;
  urn: string;
}
export interface AnalyzeResult {
  diagnostics: Diagnostic[];
  notApplicable: { policyName: string; reason: string }[];
}
export interface PolicyInfo {
  name: string;
  description: string;
  enforcementLevel: Level;
  policyType: "unknown" | "resource" | "stack";
  severity: string;
  framework?: { name: string; version: string; reference: string; specification: string };
  tags: string[];
  remediationSteps: string;
  url: string;
  configSchema?: Record<string, Record<string, unknown>>;
}
export interface PackHandle {
  port: number;
  readyMs: number;
  child: ChildProcess;
  stderr(): string;
  getAnalyzerInfo(): Promise<{
    name: string;
    version: string;
    supportsConfig: boolean;
    policies: PolicyInfo[];
  }>;
  getPluginInfo(): Promise<string>;
  configure(
    config: Record<string, { enforcementLevel?: Level; properties?: Record<string, unknown> }>,
  ): Promise<void>;
  configureStack(s?: {
    stack?: string;
    project?: string;
    organization?: string;
    dryRun?: boolean;
    config?: Record<string, string>;
    tags?: Record<string, string>;
  }): Promise<void>;
  analyze(r: HarnessResource): Promise<AnalyzeResult>;
  /** Also times encoding the request (`encodeMs`) apart from the call itself (`rpcMs`). */
  analyzeStack(
    resources: HarnessResource[],
  ): Promise<AnalyzeResult & { encodeMs: number; rpcMs: number }>;
  close(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}
export function startPack(opts: {
  packDir: string;
  stackConfig?: Record<string, string>;
  env?: Record<string, string>;
  project?: string;
  stack?: string;
  organization?: string;
  dryRun?: boolean;
}): Promise<PackHandle>;
