import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import { zodIssueToConfigError } from "../config/zod-issue-to-config-error.js";
import { BaselineError } from "./baseline-error.js";

const entrySchema = z.strictObject({
  fingerprint: z.string().refine((f) => /^[0-9a-f]{32}$/.test(f), {
    message: "a 32-character hex fingerprint",
    params: { configMessage: "baseline.fingerprint" },
  }),
  ruleId: z.string(),
  category: z.string(),
  file: z.string(),
  fieldPath: z.string(),
  sink: z.string(),
  /** Why the team accepts this finding (an accepted risk, a ticket, a lawful basis to document). */
  reason: z.string().optional(),
});

const baselineSchema = z.strictObject({
  version: z.literal(1),
  tool: z.literal("pipl-guard"),
  entries: z.array(entrySchema),
});

/** One accepted finding. Everything but `fingerprint` and `reason` is there for people reading it. */
export type BaselineEntry = z.infer<typeof entrySchema>;

/** The `--baseline` file: findings a team has accepted, matched by fingerprint. */
export type BaselineFile = z.infer<typeof baselineSchema>;

/**
 * Reads and validates a baseline file.
 *
 * @throws BaselineError naming the file, the offending path and the fix.
 */
export function readBaselineFile(path: string): BaselineFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new BaselineError("baseline.cannot-read", {
      file: path,
      reason: (error as NodeJS.ErrnoException).code ?? String(error),
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // The parser's own detail (position, token) is quoted as the runtime words it.
    throw new BaselineError("baseline.invalid-json", {
      file: path,
      detail: (error as Error).message,
    });
  }
  const parsed = baselineSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    // Worded like a config problem (path, what is wrong), so it reads in the user's language.
    const problem = zodIssueToConfigError(parsed.error.issues[0]!, baselineSchema);
    throw new BaselineError("baseline.invalid-shape", {
      file: path,
      at: problem.path === "" ? { id: "config.root" } : problem.path,
      problem: problem.problemText,
    });
  }
  return parsed.data;
}

/** Serialises a baseline with entries sorted by file, rule, category and fingerprint (stable diffs). */
export function formatBaselineFile(baseline: BaselineFile): string {
  const entries = [...baseline.entries].sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.category, b.category) ||
      cmp(a.fieldPath, b.fieldPath) ||
      cmp(a.fingerprint, b.fingerprint),
  );
  return `${JSON.stringify({ ...baseline, entries }, null, 2)}\n`;
}

/**
 * Writes a baseline as {@link formatBaselineFile} formats it, creating its folders.
 *
 * @throws the file system's error (`code` `EACCES`, `EISDIR`…) when the file cannot be written.
 */
export function writeBaselineFile(file: string, baseline: BaselineFile): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, formatBaselineFile(baseline));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
