// Built-in consent decorators and guards. Source: the NestJS / Midway convention of guarding a
// handler with a method decorator, or with a guard passed to `@UseGuards` (NestJS) / `@UseGuard`
// (Midway 3); PIPL Art. 14 and 29. String arguments of the decorator or guard name the categories.

/**
 * Method or class decorators, and guards or middleware passed to a guard decorator or a route's
 * `middleware` option, that assert consent before the handler runs: `@RequireConsent("face")`,
 * `@UseGuards(ConsentGuard("face"))`, `@UseGuards(new ConsentGuard(["face"]))`,
 * `@Post("/face", { middleware: [ConsentMiddleware] })` (Midway).
 */
export const defaultConsentDecorators: readonly string[] = [
  "RequireConsent",
  "RequiresConsent",
  "ConsentGuard",
  "RequireConsentGuard",
  "ConsentRequiredGuard",
  "ConsentMiddleware",
];

/** Decorators whose arguments are guards that run before the handler (NestJS, Midway). */
export const guardDecorators: readonly string[] = ["UseGuards", "UseGuard"];
