// Locations the demo reads and writes, relative to the repository root.
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const appDir = join(repoRoot, "examples", "app");
export const infraDir = join(repoRoot, "examples", "infra");
export const reportsDir = join(repoRoot, "reports", "demo");
export const eslintPluginEntry = join(repoRoot, "dist", "eslint-plugin", "index.js");
export const policyPackEntry = join(repoRoot, "dist", "policies", "pack.cjs");
