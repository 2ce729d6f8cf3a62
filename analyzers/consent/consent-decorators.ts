// Built-in consent decorators. Source: the NestJS / Midway convention of guarding a handler with a
// method decorator; PIPL Art. 14 and 29. The decorator's string arguments name the categories.

/** Method decorators that assert consent before the method body runs. */
export const defaultConsentDecorators: readonly string[] = ["RequireConsent", "RequiresConsent"];
