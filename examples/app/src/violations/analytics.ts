// Analytics and error tracking, as first written, including consent checks that look right but do
// not cover the data sent. Providing PI to another processor needs the person's separate consent
// (PIPL Art. 23); sensitive PI needs consent naming it (Art. 29). Corrected twin:
// ../compliant/analytics.ts.
import * as Sentry from "@sentry/node";
import { checkConsent, hasConsent, requireConsent } from "../consent/require-consent.js";
import { producer } from "../infra/event-bus.js";
import { analyticsHttp } from "../infra/http-client.js";
import { logger } from "../infra/logger.js";
import { userRepository } from "../infra/user-repository.js";
import type { UserProfile } from "../model/user-profile.js";

/** Attach the user to error reports. */
export function identifyForErrors(user: UserProfile): void {
  // ❌ pipl/no-unconsented-cross-border: user.realName (basic.name) and user.mobile (contact.mobile)
  // go into Sentry's user context, sent with every later error event to Sentry's SaaS abroad.
  Sentry.setUser({ id: user.id, username: user.realName, phone: user.mobile });
}

/** Track a signup. */
export async function trackSignup(user: UserProfile): Promise<void> {
  const phone = user.mobile;
  let contact = "";
  contact = phone;
  // ❌ pipl/no-unconsented-transfer: `contact` is an alias of user.mobile (contact.mobile) through
  // a variable and a reassignment.
  await analyticsHttp.post("/v1/track", { event: "signup", contact });
}

/** Publish the registration event for downstream consumers. */
export async function publishUserRegistered(userId: string): Promise<void> {
  const user = await userRepository.findUser(userId);
  const message = { key: user.id, value: JSON.stringify(user) };
  // ❌ pipl/no-unconsented-transfer: JSON.stringify of the awaited user carries user.sfzh
  // (identity.resident-id), user.mobile, user.realName, user.faceImageBase64, user.shoujihao and
  // user.wechat to a Kafka topic read by partners.
  await producer.send({ topic: "user.registered", messages: [message] });
  // ❌ pipl/no-unconsented-logging: the awaited user object, so every PI field listed above.
  logger.info(user, "user registered");
}

/** Share the resident ID with a risk-control partner after "consent". */
export async function shareForRiskControl(user: UserProfile): Promise<void> {
  if (await checkConsent(user.id)) {
    // ❌ pipl/no-unconsented-transfer (reason general-consent-for-sensitive): checkConsent names
    // no category, so it covers general PI only; user.sfzh (identity.resident-id) is sensitive
    // and needs separate consent (Art. 29).
    await analyticsHttp.post("/v1/risk", { idNumber: user.sfzh });
  }
}

/** Sync the phone number to a marketing partner. */
export async function syncMarketingPhone(user: UserProfile): Promise<void> {
  if (await hasConsent(user.id, "name")) {
    // ❌ pipl/no-unconsented-transfer (reason consent-for-other-category): the check is for
    // `name`, but user.mobile is contact.mobile.
    await analyticsHttp.post("/v1/marketing", { mobile: user.mobile });
  }
}

/** Start a campaign; consent is asked for only on one path. */
export async function startCampaign(user: UserProfile, viaSms: boolean): Promise<void> {
  if (viaSms) {
    await requireConsent(user.id, "mobile-number");
  }
  // ❌ pipl/no-unconsented-transfer: the assertion runs in one branch only, so it does not
  // dominate this call; user.mobile (contact.mobile) is sent on the other path unchecked.
  await analyticsHttp.post("/v1/campaign", { mobile: user.mobile });
}
