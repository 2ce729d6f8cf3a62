// WeChat account binding, as first written. A WeChat account tied to a person's identity is PI
// (Guiding Case 194: making and providing accounts that carry citizens' PI is "providing PI"),
// and the session key is a credential. Corrected twin: ../compliant/wechat-binding.ts.
import { analyticsHttp } from "../infra/http-client.js";
import { logger } from "../infra/logger.js";
import type { UserProfile, WechatBinding } from "../model/user-profile.js";

const crmMembersUrl = "https://crm.partner.example.com/members";

/** Post a JSON body to a partner. Sends whatever it is given: its callers decide what that is. */
async function postJson(url: string, body: unknown): Promise<void> {
  // ✅ silent here: `body` is `unknown`; the PI is reported where callers pass it in.
  await fetch(url, { method: "POST", body: JSON.stringify(body) });
}

/** Bind a WeChat account to a user after WeChat login. */
export async function bindWechat(user: UserProfile, session: WechatBinding): Promise<void> {
  // ❌ pipl/no-unconsented-logging: JSON.stringify(session) carries session.openid and
  // session.unionid (account.social) and session.sessionKey (account.credential).
  logger.info(`wechat bound: ${JSON.stringify(session)}`);
  // ❌ pipl/no-unconsented-transfer: the spread copies every PI field of `user` (user.mobile,
  // user.realName, user.sfzh, user.faceImageBase64, user.shoujihao, user.wechat) plus
  // session.openid to the analytics partner (PIPL Art. 23: providing PI to another processor
  // needs separate consent).
  await analyticsHttp.post("/v1/identify", { ...user, openid: session.openid });
  // ❌ pipl/no-unconsented-transfer: session.unionid (account.social) and user.mobile
  // (contact.mobile) reach `fetch` through the local helper postJson, which sends its parameter.
  await postJson(crmMembersUrl, { unionid: session.unionid, mobile: user.mobile });
}
