import type { ConsentCategory } from "./consent-category.js";
import { consent } from "./consent-service.js";

/** Assertion style: resolves when the user consented to every category, throws otherwise. */
export async function requireConsent(
  userId: string,
  ...categories: ConsentCategory[]
): Promise<void> {
  await consent.require(userId, ...categories);
}

/** Predicate style: whether the user consented to `category`. */
export async function hasConsent(userId: string, category: ConsentCategory): Promise<boolean> {
  return consent.has(userId, category);
}

/** Predicate naming no category: the user accepted the terms (general consent only). */
export async function checkConsent(userId: string): Promise<boolean> {
  return consent.hasAcceptedTerms(userId);
}
