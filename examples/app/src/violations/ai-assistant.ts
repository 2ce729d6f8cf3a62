// A support assistant on a model API, as first written. Providing PI to a recipient outside
// mainland China needs an Art. 38 mechanism and the person's separate consent to the transfer
// (PIPL Arts. 38-39); consent naming the category alone covers a mainland transfer only.
// Corrected twin: ../compliant/ai-assistant.ts.
import OpenAI from "openai";
import { requireConsent } from "../consent/require-consent.js";
import type { UserProfile } from "../model/user-profile.js";

// The support desk's ticket bucket, in Alibaba Cloud's Hong Kong region (outside the mainland).
const supportDesk = "https://support.oss-cn-hongkong.aliyuncs.com/tickets";

// No base URL: requests go to the OpenAI API in the United States.
const assistant = new OpenAI();

/** Draft a reply to a support question. */
export async function draftReply(user: UserProfile, question: string): Promise<void> {
  const prompt = `Customer ${user.realName} (${user.mobile}) asks: ${question}`;
  const messages = [{ role: "user" as const, content: prompt }];
  // ❌ pipl/no-unconsented-cross-border: user.realName (basic.name) and user.mobile
  // (contact.mobile) reach the prompt sent abroad, without consent or a declared mechanism.
  await assistant.chat.completions.create({ model: "gpt-4o", messages });
}

/**
 * Hand a ticket to the support desk, whose bucket is in Hong Kong (outside the mainland).
 *
 * @pipl-transfer standard-contract CAC filing 2024-0001 (fictitious)
 */
export async function escalateToSupportDesk(user: UserProfile): Promise<void> {
  await requireConsent(user.id, "mobile-number");
  const ticket = JSON.stringify({ phone: user.mobile });
  // ❌ pipl/no-unconsented-cross-border (reason no-cross-border-consent): the consent names
  // contact.mobile but not the transfer abroad; the mechanism is declared, consent is still missing.
  await fetch(supportDesk, { method: "PUT", body: ticket });
}
