import { ScanMessageError } from "./scan-message-error.js";

/** Paths or a tsconfig the scanner cannot use (missing, unreadable, no source files); the CLI exits 2. */
export class ScanInputError extends ScanMessageError {
  override readonly name = "ScanInputError";
}
