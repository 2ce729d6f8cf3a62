// The corrected twin of ../violations/ai-assistant.ts: nothing here should be reported.
import OpenAI from "openai";
import { requireConsent } from "../consent/require-consent.js";
import type { UserProfile } from "../model/user-profile.js";

// The support desk's ticket bucket, in Alibaba Cloud's Hong Kong region (outside the mainland).
const supportDesk = "https://support.oss-cn-hongkong.aliyuncs.com/tickets";

// Alibaba Cloud Model Studio's mainland endpoint (OpenAI-compatible): a mainland recipient.
const assistant = new OpenAI({ baseURL: "https://dashscope.aliyuncs.com/compatible-mode/v1" });

/** Draft a reply to a support question with a model hosted in mainland China. */
export async function draftReply(user: UserProfile, question: string): Promise<void> {
  await requireConsent(user.id, "name", "mobile-number");
  const prompt = `Customer ${user.realName} (${user.mobile}) asks: ${question}`;
  const messages = [{ role: "user" as const, content: prompt }];
  // ✅ silent: the base URL makes this a mainland transfer, covered by the consent check above.
  await assistant.chat.completions.create({ model: "qwen-plus", messages });
}

/**
 * Hand a ticket to the support desk in Hong Kong, with separate consent to the transfer abroad.
 *
 * @pipl-transfer standard-contract CAC filing 2024-0001 (fictitious)
 */
export async function escalateToSupportDesk(user: UserProfile): Promise<void> {
  await requireConsent(user.id, "mobile-number", "cross-border");
  const ticket = JSON.stringify({ phone: user.mobile });
  // ✅ silent: the consent names the category and the transfer abroad (PIPL Art. 39).
  await fetch(supportDesk, { method: "PUT", body: ticket });
}
