import { ScanMessageError } from "./scan-message-error.js";

/** A baseline file that cannot be read or does not have the baseline shape; the CLI exits 2. */
export class BaselineError extends ScanMessageError {
  override readonly name = "BaselineError";
}
