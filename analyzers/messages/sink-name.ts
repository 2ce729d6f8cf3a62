/**
 * How every message and report names a sink: the call as written at the finding (`logger.info`),
 * else the catalogue label (`pino logger`). The ESLint rules, the scanner's messages, the text,
 * JSON, SARIF and HTML reports all use it, so one finding names its sink one way everywhere.
 */
export function sinkName(sink: { label: string; call?: string | undefined }): string {
  return sink.call ?? sink.label;
}
