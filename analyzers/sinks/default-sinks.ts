import { chinaServiceSinks } from "./china-service-sinks.js";
import { exportSinks } from "./export-sinks.js";
import { logSinks } from "./log-sinks.js";
import { transferSinks } from "./transfer-sinks.js";
import type { SinkSpec } from "./sink-spec.js";

/** The built-in sink catalog: log, export and transfer sinks (Chinese services last), in that order. */
export const defaultSinks: readonly SinkSpec[] = [
  ...logSinks,
  ...exportSinks,
  ...transferSinks,
  ...chinaServiceSinks,
];
