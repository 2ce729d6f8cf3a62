import type { ConsentCategory } from "./consent-category.js";

/** Thrown when an operation needs a consent the user has not given (or has withdrawn). */
export class ConsentRequiredError extends Error {
  constructor(
    readonly userId: string,
    readonly categories: readonly ConsentCategory[],
  ) {
    super(`consent required: ${categories.join(", ")}`);
  }
}

/**
 * Reads the consent records the app keeps per user (PIPL Art. 14-16: informed, explicit,
 * withdrawable). In-memory here; a real service reads the consent table.
 */
export class ConsentService {
  private readonly granted = new Map<string, Set<ConsentCategory>>();

  /** Record consent given on the consent screen. */
  grant(userId: string, ...categories: ConsentCategory[]): void {
    const set = this.granted.get(userId) ?? new Set<ConsentCategory>();
    for (const c of categories) set.add(c);
    this.granted.set(userId, set);
  }

  /** Whether the user consented to every listed category. */
  async has(userId: string, ...categories: ConsentCategory[]): Promise<boolean> {
    const set = this.granted.get(userId);
    return categories.every((c) => set?.has(c) ?? false);
  }

  /** Same as {@link has}; the name the mobile team prefers. */
  async hasConsent(userId: string, ...categories: ConsentCategory[]): Promise<boolean> {
    return this.has(userId, ...categories);
  }

  /** Throw {@link ConsentRequiredError} unless the user consented to every listed category. */
  async require(userId: string, ...categories: ConsentCategory[]): Promise<void> {
    if (!(await this.has(userId, ...categories)))
      throw new ConsentRequiredError(userId, categories);
  }

  /** Whether the user accepted the terms of service: a general consent naming no category. */
  async hasAcceptedTerms(userId: string): Promise<boolean> {
    return this.granted.has(userId);
  }
}

/** The app-wide consent service. */
export const consent = new ConsentService();
