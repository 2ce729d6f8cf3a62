import type { ConsentCategory } from "./consent-category.js";
import { consent } from "./consent-service.js";

/**
 * Method decorator (TC39 standard decorators, TypeScript 5+): the method runs only when the user
 * whose id is its first argument consented to `category`; otherwise it rejects with
 * `ConsentRequiredError`.
 */
export function RequireConsent(category: ConsentCategory) {
  return function <This, Args extends [string, ...unknown[]], Return>(
    method: (this: This, ...args: Args) => Promise<Return>,
    _context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Promise<Return>>,
  ) {
    return async function (this: This, ...args: Args): Promise<Return> {
      await consent.require(args[0], category);
      return method.apply(this, args);
    };
  };
}
