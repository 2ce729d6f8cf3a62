// Log sinks. Sources: Node.js `console` and `process` API docs; the public APIs of pino 9, winston 3,
// bunyan 1, log4js 6, NestJS `Logger` (@nestjs/common 10) and Egg.js / Midway `ctx.logger`.
// PIPL Art. 51 requires access control and de-identification; log platforms keep lines for months.
import type { SinkSpec } from "./sink-spec.js";

const levels = ["trace", "debug", "info", "warn", "error", "fatal", "log", "verbose", "silly"];
const consoleMethods = ["log", "info", "warn", "error", "debug", "trace", "dir", "table"];

/** Built-in log sinks. */
export const logSinks: readonly SinkSpec[] = [
  {
    id: "console",
    label: "console",
    kind: "log",
    match: [{ global: "console", calls: consoleMethods }],
  },
  {
    id: "process-output",
    label: "process.stdout / process.stderr",
    kind: "log",
    match: [{ global: "process", calls: ["stdout.write", "stderr.write"] }],
  },
  {
    id: "pino",
    label: "pino logger",
    kind: "log",
    match: [
      { module: "pino", calls: levels.map((l) => `().${l}`) },
      { receiverType: "Logger", module: "pino", methods: levels },
      { receiverType: "BaseLogger", module: "pino", methods: levels },
    ],
  },
  {
    id: "winston",
    label: "winston logger",
    kind: "log",
    match: [
      { module: "winston", calls: [...levels, "log", ...levels.map((l) => `createLogger().${l}`)] },
      { receiverType: "Logger", module: "winston", methods: [...levels, "log"] },
    ],
  },
  {
    id: "bunyan",
    label: "bunyan logger",
    kind: "log",
    match: [
      { module: "bunyan", calls: levels.map((l) => `createLogger().${l}`) },
      { receiverType: "Logger", module: "bunyan", methods: levels },
    ],
  },
  {
    id: "log4js",
    label: "log4js logger",
    kind: "log",
    match: [
      { module: "log4js", calls: levels.map((l) => `getLogger().${l}`) },
      { receiverType: "Logger", module: "log4js", methods: levels },
    ],
  },
  {
    id: "nestjs-logger",
    label: "NestJS Logger",
    kind: "log",
    match: [
      {
        module: "@nestjs/common",
        calls: [...levels.map((l) => `Logger.${l}`), ...levels.map((l) => `Logger().${l}`)],
      },
      { receiverType: "Logger", module: "@nestjs/common", methods: levels },
      { receiverType: "LoggerService", module: "@nestjs/common", methods: levels },
    ],
  },
  {
    id: "named-logger",
    label: "logger",
    kind: "log",
    // Egg.js / Midway `ctx.logger`, `app.logger`, injected `this.logger`, and any `log` object:
    // untyped code still logs through objects named like this.
    match: [{ receiverName: ["logger", "log", "coreLogger"], methods: levels }],
  },
];
