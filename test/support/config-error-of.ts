import { ConfigError } from "../../analyzers/config/config-error.js";

/** The ConfigError `run` throws; fails the test when it throws something else or nothing. */
export function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

/** {@link errorOf} for an async `run`. */
export async function asyncErrorOf(run: () => Promise<unknown>): Promise<ConfigError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}
