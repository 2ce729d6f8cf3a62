/** A baseline file that cannot be read or does not have the baseline shape; the CLI exits 2. */
export class BaselineError extends Error {
  override readonly name = "BaselineError";
}
