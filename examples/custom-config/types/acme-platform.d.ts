// The company's platform SDK (internal, declared here so the example type-checks without it):
// `acme.consent.verify` throws unless the user consented to every listed purpose;
// `acme.privacy.scrub` replaces a value with a keyed, irreversible token; the
// `@AcmeConsentRequired(purpose)` method decorator runs the method only with that consent.
declare module "@acme/platform" {
  export const acme: {
    consent: {
      verify(userId: string, ...purposes: string[]): Promise<void>;
    };
    privacy: {
      scrub(value: string): string;
    };
  };
  export function AcmeConsentRequired(
    purpose: string,
  ): <This, Args extends unknown[], Return>(
    method: (this: This, ...args: Args) => Promise<Return>,
    context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Promise<Return>>,
  ) => (this: This, ...args: Args) => Promise<Return>;
}
