import type { BridgeMode } from "./bridge-mode.js";

const announced = new Set<string>();

/** Whether the user asked for pipl-guard's diagnostics on stderr. */
function debugEnabled(): boolean {
  const debug = process.env["DEBUG"] ?? "";
  return process.env["PIPL_GUARD_DEBUG"] === "1" || /(^|,)pipl-guard(:|,|$)/.test(debug);
}

/**
 * Say once per process, on stderr, which analysis mode is active. Isolated mode is always
 * announced because it costs a second program and the user should know why; shared mode is the
 * expected state and is only announced with `PIPL_GUARD_DEBUG=1` (or `DEBUG=pipl-guard`), so a
 * clean lint run prints nothing extra. Never writes to stdout, which formatters own.
 */
export function announceMode(mode: BridgeMode, reason: string): void {
  if (mode === "shared" && !debugEnabled()) return;
  const key = `${mode}:${reason}`;
  if (announced.has(key)) return;
  announced.add(key);
  process.stderr.write(`pipl-guard: ${mode} mode: ${reason}\n`);
}
