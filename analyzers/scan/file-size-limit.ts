import { z } from "zod";

/*
 * The size above which a file is not analysed (the scanner, and the ESLint rules), so one huge
 * generated or vendored bundle cannot hold a scan for minutes: the engine is linear, but the
 * TypeScript checker it asks for types is not (measured on a vendored compiler:
 * docs/performance.md). A file over the limit is never dropped silently: every report lists it
 * with its size, the limit and how to raise it.
 */

/** 2 MB (2 × 1024²): where the checker's cost of one file starts to climb (docs/performance.md). */
export const defaultMaxFileBytes = 2 * 1024 * 1024;

const units: Readonly<Record<string, number>> = {
  "": 1,
  B: 1,
  K: 1024,
  KB: 1024,
  M: 1024 * 1024,
  MB: 1024 * 1024,
};

/**
 * A size as written in `--max-file-size` or `scan.maxFileBytes`: a whole number of bytes, or a
 * number with `B`, `KB` or `MB` (1024 and 1024² bytes; case-insensitive, `K`/`M` too, `1.5MB`).
 * Undefined when it is not a size of at least one byte.
 */
export function parseFileSize(value: unknown): number | undefined {
  if (typeof value === "number")
    return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kKmM]?[bB]?)\s*$/.exec(value);
  if (!match) return undefined;
  const unit = units[match[2]!.toUpperCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** A byte count for people: `2 MB`, `512 KB`, `7.9 MB`, `900 B` (same units as the input). */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return `${bytes} B`;
}

function trim(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** The config's `scan` section: options of the scanner and the rules' file-size limit. */
export const scanSectionSchema = z
  .object({
    maxFileBytes: z
      .union([z.number(), z.string()])
      .refine((v) => parseFileSize(v) !== undefined, {
        message: "must be a file size",
        params: { configMessage: "schema.file-size" },
      })
      .transform((v) => parseFileSize(v)!)
      .optional()
      .describe(
        "Files larger than this are not analysed but listed in every report: bytes, or '512KB' / '2MB' (default 2MB)",
      ),
  })
  .strict();
