import { createHash } from "node:crypto";

/** What identifies a finding independently of where it sits in the file. */
export interface FingerprintInput {
  ruleId: string;
  category: string;
  /** Path relative to the scan root, `/`-separated. */
  file: string;
  fieldPath: string;
  sinkId: string;
  /** Name of the enclosing function or class member (`""` at module level). */
  context: string;
  /** Source text of the expression reaching the sink; whitespace is normalised here. */
  snippet: string;
  /** Offset in the file; only used to number identical findings in source order. */
  start: number;
}

/**
 * Fingerprints that survive line shifts: a hash of the rule, category, file, field path, sink,
 * enclosing function and the whitespace-normalised expression text, never of a line number. Two
 * findings with the same key in one file (the same call written twice) are numbered in source
 * order, so both are tracked. The snippet may contain a PI literal; only its hash is kept.
 *
 * @returns one fingerprint per input, in input order (`sha256` hex, 32 characters).
 */
export function fingerprintFindings(inputs: readonly FingerprintInput[]): string[] {
  const keys = inputs.map((f) =>
    [
      f.ruleId,
      f.category,
      f.file,
      f.fieldPath,
      f.sinkId,
      f.context,
      f.snippet.replace(/\s+/g, " ").trim(),
    ].join("\u0000"),
  );
  const order = inputs.map((_, i) => i).sort((a, b) => inputs[a]!.start - inputs[b]!.start);
  const seen = new Map<string, number>();
  const occurrence: number[] = new Array<number>(inputs.length);
  for (const i of order) {
    const n = seen.get(keys[i]!) ?? 0;
    seen.set(keys[i]!, n + 1);
    occurrence[i] = n;
  }
  return keys.map((key, i) =>
    createHash("sha256").update(`${key}\u0000${occurrence[i]}`).digest("hex").slice(0, 32),
  );
}
