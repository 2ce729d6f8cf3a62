// Minimal declaration of the parts of pino (https://getpino.io) the example app uses, so it
// type-checks without `npm install`. Shapes follow pino 9's `pino.d.ts`.
declare module "pino" {
  interface LogFn {
    (obj: unknown, msg?: string, ...args: unknown[]): void;
    (msg: string, ...args: unknown[]): void;
  }
  export interface Logger {
    trace: LogFn;
    debug: LogFn;
    info: LogFn;
    warn: LogFn;
    error: LogFn;
    fatal: LogFn;
    child(bindings: Record<string, unknown>): Logger;
  }
  export interface LoggerOptions {
    name?: string;
    level?: string;
    redact?: string[];
  }
  export default function pino(options?: LoggerOptions): Logger;
}
