// The corrected twin of ../violations/wechat-binding.ts: nothing here should be reported.
import { consent } from "../consent/consent-service.js";
import { analyticsHttp } from "../infra/http-client.js";
import { logger } from "../infra/logger.js";
import type { UserProfile, WechatBinding } from "../model/user-profile.js";
import { hashIdentifier } from "../privacy/mask.js";

const crmMembersUrl = "https://crm.partner.example.com/members";

/** Post a JSON body to a partner. */
async function postJson(url: string, body: unknown): Promise<void> {
  // ✅ silent: `body` is `unknown`; the callers below pass PI only after a consent check.
  await fetch(url, { method: "POST", body: JSON.stringify(body) });
}

/** Bind a WeChat account to a user after WeChat login. */
export async function bindWechat(user: UserProfile, session: WechatBinding): Promise<void> {
  // ✅ silent: a keyed hash of the openid (a sanitizer) lets support correlate without the id.
  logger.info({ openidHash: hashIdentifier(session.openid) }, "wechat bound");
  // ✅ silent: a pseudonymous id and no PI field.
  await analyticsHttp.post("/v1/identify", {
    uid: hashIdentifier(user.id),
    nickname: user.nickname,
  });
  // Early return: everything below runs only with consent to share the WeChat account.
  if (!(await consent.hasConsent(user.id, "wechat"))) return;
  // ✅ silent: dominated by the early return above (wechat covers session.unionid).
  await postJson(crmMembersUrl, { unionid: session.unionid });
  const mobileOk = await consent.has(user.id, "mobile-number");
  // ✅ silent: `ok && send()` runs the send only when the check passed.
  mobileOk && (await postJson(crmMembersUrl, { unionid: session.unionid, mobile: user.mobile }));
}
