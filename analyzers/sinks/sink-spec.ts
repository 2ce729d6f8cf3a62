import { z } from "zod";

/** What leaving the system through a sink means: written to logs, to files, or to another party. */
export const sinkKindSchema = z.enum(["log", "export", "transfer"]);

/** Where data leaves the system. */
export type SinkKind = z.infer<typeof sinkKindSchema>;

/**
 * A call path relative to a module or global: `""` is the value itself (`axios(...)`, `fetch(...)`),
 * `"post"` a member, `"promises.writeFile"` a nested member, and `"create().post"` a member of what
 * a call returns (instances: `axios.create().post`, `new WebSocket(url).send` is `"().send"`).
 * `"*"` matches any method called on a value derived from the module (SDK clients).
 */
const callPathSchema = z
  .string()
  .regex(
    /^(\*|[\w$]*(\(\))?([.\w$]+(\(\))?)*)$/,
    "a member path such as post, promises.writeFile or create().post",
  );

/** Matches calls by where the callee comes from: an import or `require` of `module`. */
export const moduleMatcherSchema = z
  .object({
    module: z.string().min(1).describe("Module specifier; a `node:` prefix is ignored"),
    calls: z.array(callPathSchema).min(1).describe("Call paths relative to the module's value"),
  })
  .strict();

/** Matches calls on a global value (`console.log`, `fetch`, `process.stdout.write`). */
export const globalMatcherSchema = z
  .object({
    global: z.string().min(1).describe("Name of the global, not shadowed by a local declaration"),
    calls: z.array(callPathSchema).min(1).describe("Call paths relative to the global"),
  })
  .strict();

/** Matches method calls on a receiver by its name (`logger.info`, `this.log.warn`, `ctx.logger.error`). */
export const receiverNameMatcherSchema = z
  .object({
    receiverName: z
      .array(z.string().min(1))
      .min(1)
      .describe("Last name of the receiver expression, compared case-insensitively"),
    methods: z.array(z.string().min(1)).min(1).describe("Method names"),
  })
  .strict();

/** Matches method calls on a receiver by its declared type (`Logger` of pino, `AxiosInstance`). */
export const receiverTypeMatcherSchema = z
  .object({
    receiverType: z
      .string()
      .min(1)
      .describe(
        "Name of the receiver's type (class, interface or alias); `*` for any type of the module",
      ),
    module: z.string().min(1).optional().describe("Module that declares the type"),
    methods: z.array(z.string().min(1)).min(1).describe("Method names; `*` for any method"),
  })
  .strict();

/** One way of recognising a sink call. */
export const sinkMatcherSchema = z.union([
  moduleMatcherSchema,
  globalMatcherSchema,
  receiverNameMatcherSchema,
  receiverTypeMatcherSchema,
]);

/** Which arguments of a sink call carry data: all of them, the listed indexes, or from an index on. */
export const sinkArgumentsSchema = z.union([
  z.literal("all"),
  z.array(z.number().int().min(0)).min(1),
  z.object({ from: z.number().int().min(0) }).strict(),
]);

/** A sink: calls that move data out of the system, with the arguments that carry the data. */
export const sinkSpecSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case id"),
    label: z.string().min(1).describe("Shown in messages, e.g. `pino logger`"),
    kind: sinkKindSchema,
    match: z.array(sinkMatcherSchema).min(1),
    arguments: sinkArgumentsSchema.default("all"),
  })
  .strict();

/** A sink as written in the catalog or in config. */
export type SinkSpec = z.input<typeof sinkSpecSchema>;
/** A matcher of a sink. */
export type SinkMatcher = z.infer<typeof sinkMatcherSchema>;
/** Which arguments of a sink call carry data. */
export type SinkArguments = z.infer<typeof sinkArgumentsSchema>;

/**
 * The `sinks` config section: add sinks (same shape as the built-in catalog) and disable built-in
 * ones by id.
 */
export const sinksSectionSchema = z
  .object({
    add: z.array(sinkSpecSchema).default([]),
    disable: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** The parsed `sinks` config section. */
export type SinksSection = z.input<typeof sinksSectionSchema>;
