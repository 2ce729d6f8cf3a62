/**
 * The account record of the app. Tagged fields say their PIPL category with `@pipl`; the tag wins
 * over the field's name (`sfzh` is pinyin shorthand that a reviewer may not recognise, the tag
 * makes it explicit). Untagged fields are classified by name (`mobile`, `realName`, `shoujihao`).
 */
export interface UserProfile {
  /** Internal account id: a surrogate key, not PI on its own. */
  id: string;
  /** Login phone number (SMS-code login, Guiding Case 195). */
  mobile: string;
  /** 真实姓名, filled in by real-name verification. */
  realName: string;
  /** @pipl resident-id */
  sfzh: string;
  /** @pipl face */
  faceImageBase64?: string;
  /** 手机号 of an emergency contact, named in pinyin. */
  shoujihao?: string;
  /** Display name chosen by the user; not a real name, so not PI by itself. */
  nickname: string;
  /** Whether the account has a phone bound: a boolean about PI, not PI. */
  hasPhone: boolean;
  /** WeChat binding, present after the user linked their WeChat account. */
  wechat?: WechatBinding;
}

/** A WeChat account bound to a user (Guiding Case 194: accounts carrying PI are PI). */
export interface WechatBinding {
  /** @pipl wechat */
  openid: string;
  /** @pipl wechat */
  unionid?: string;
  /** @pipl credential */
  sessionKey: string;
}
