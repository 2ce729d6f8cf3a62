// The company's audit logger (an internal package, declared here so the example type-checks
// without it). Everything passed to `audit.record` is shipped to the central audit store that
// hundreds of staff can search, so pipl-guard treats it as a log sink (see pipl-guard.config.json).
declare module "@acme/logger" {
  export const audit: {
    record(event: string, data: Record<string, unknown>): void;
  };
}
