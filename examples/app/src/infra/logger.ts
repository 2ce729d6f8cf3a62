import pino from "pino";

/** The service's structured logger; its output is shipped to the log platform. */
export const logger = pino({ name: "user-service", level: "info" });
