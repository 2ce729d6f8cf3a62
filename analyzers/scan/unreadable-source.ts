import { closeSync, openSync, readSync } from "node:fs";

/** Why a file with a source extension is not source code a person wrote. */
export type UnreadableSource = "binary" | "minified";

/** How much of a file is looked at: enough to judge, cheap even for a multi-megabyte bundle. */
const sampleBytes = 256 * 1024;
// One buffer for every file: the scan reads files one after another, synchronously.
const sample = Buffer.allocUnsafe(sampleBytes);

/** Git's test for binary content: a NUL in the first 8,000 bytes. */
const binaryWindow = 8_000;
/** Hand-written code averages well under 100 characters a line; minifiers write a few huge lines. */
const minifiedAverageLine = 400;
/** Below this size a file is read whatever its lines look like. */
const minifiedMinBytes = 5_000;

/**
 * Whether a file is binary (a NUL byte early on, as git judges) or minified (long lines on average),
 * judged from its first 256 KB without parsing it: parsing a 5 MB bundle only to skip it cost
 * seconds and hundreds of megabytes. `undefined` for a file that reads as source.
 */
export function unreadableSource(file: string): UnreadableSource | undefined {
  const fd = openSync(file, "r");
  let length: number;
  try {
    length = readSync(fd, sample, 0, sampleBytes, 0);
  } finally {
    closeSync(fd);
  }
  const head = sample.subarray(0, length);
  if (head.subarray(0, binaryWindow).includes(0)) return "binary";
  if (length < minifiedMinBytes) return undefined;
  let lines = 1;
  for (let i = head.indexOf(0x0a); i !== -1; i = head.indexOf(0x0a, i + 1)) lines++;
  return length / lines > minifiedAverageLine ? "minified" : undefined;
}
