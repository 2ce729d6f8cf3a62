/** Paths or a tsconfig the scanner cannot use (missing, unreadable, no source files); the CLI exits 2. */
export class ScanInputError extends Error {
  override readonly name = "ScanInputError";
}
