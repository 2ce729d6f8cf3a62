// The corrected twin of ../violations/analytics.ts: nothing here should be reported. It shows the
// consent shapes pipl-guard understands.
import * as Sentry from "@sentry/node";
import { consent, type ConsentService } from "../consent/consent-service.js";
import { hasConsent, requireConsent } from "../consent/require-consent.js";
import { producer } from "../infra/event-bus.js";
import { analyticsHttp } from "../infra/http-client.js";
import { logger } from "../infra/logger.js";
import { userRepository } from "../infra/user-repository.js";
import type { UserProfile } from "../model/user-profile.js";
import { hashIdentifier, maskMobile } from "../privacy/mask.js";

/** Error reports carry a pseudonymous id only. */
export function identifyForErrors(user: UserProfile): void {
  // ✅ silent: hashIdentifier is a sanitizer; `id` is a surrogate key.
  Sentry.setUser({ id: hashIdentifier(user.id) });
}

/** Track a signup (assertion style). */
export async function trackSignup(user: UserProfile): Promise<void> {
  await requireConsent(user.id, "mobile-number");
  const contact = user.mobile;
  // ✅ silent: the assertion above dominates the send on every path.
  await analyticsHttp.post("/v1/track", { event: "signup", contact });
}

/** Publish the registration event with ids only. */
export async function publishUserRegistered(userId: string): Promise<void> {
  const user = await userRepository.findUser(userId);
  const event = { userId: user.id, hasPhone: user.hasPhone, registeredAt: Date.now() };
  const message = { key: user.id, value: JSON.stringify(event) };
  // ✅ silent: a surrogate id, a boolean about the phone, and a timestamp.
  await producer.send({ topic: "user.registered", messages: [message] });
  // ✅ silent: the phone number is masked.
  logger.info({ userId: user.id, mobile: maskMobile(user.mobile) }, "user registered");
}

/** Share the resident ID with a risk-control partner (predicate style, `if (await ...)`). */
export async function shareForRiskControl(user: UserProfile): Promise<void> {
  if (await hasConsent(user.id, "resident-id")) {
    // ✅ silent: inside the `then` branch of a check naming resident-id.
    await analyticsHttp.post("/v1/risk", { idNumber: user.sfzh });
  }
}

/** Sync the phone number to a marketing partner (ternary). */
export async function syncMarketingPhone(user: UserProfile): Promise<void> {
  const ok = await consent.has(user.id, "mobile-number");
  // ✅ silent: the PI branch of the ternary runs only when the check passed.
  await analyticsHttp.post("/v1/marketing", ok ? { mobile: user.mobile } : { uid: user.id });
}

/** Campaigns, with the consent service injected (method style, `this.consentService.has`). */
export class CampaignService {
  constructor(private readonly consentService: ConsentService) {}

  /** Start a campaign for one user. */
  async startCampaign(user: UserProfile): Promise<void> {
    if (!(await this.consentService.has(user.id, "mobile-number"))) {
      throw new Error("no consent to contact this user by SMS");
    }
    // ✅ silent: after `if (!ok) throw`, the send is dominated by the check.
    await analyticsHttp.post("/v1/campaign", { mobile: user.mobile });
  }
}
