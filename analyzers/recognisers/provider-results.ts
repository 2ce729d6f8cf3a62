// Provider calls whose result the provider documents to carry PI: logging or sending the whole
// result passes that PI on. Sources: DCloud uniCloud one-click login (univerify)
// `uniCloud.getPhoneNumber` → `{ phoneNumber }`; WeChat cloud `cloud.openapi.phonenumber
// .getPhoneNumber` → `{ phoneInfo: { phoneNumber, purePhoneNumber } }` and `cloud.getWXContext()`
// → `{ OPENID, UNIONID }` (wx-server-sdk).
import type { KnownPayload } from "./payment-notifications.js";

/** A provider call, by the last segments of its callee (`uniCloud.getPhoneNumber`). */
export interface KnownResult extends Pick<KnownPayload, "name" | "carries"> {
  callee: string;
}

export const providerResults: readonly KnownResult[] = [
  {
    name: "uniCloud one-click login phone number (univerify)",
    callee: "uniCloud.getPhoneNumber",
    carries: ["phoneNumber"],
  },
  {
    name: "WeChat cloud phone number (wx-server-sdk openapi)",
    callee: "phonenumber.getPhoneNumber",
    carries: ["phoneInfo.phoneNumber"],
  },
  {
    name: "WeChat cloud caller context (wx-server-sdk)",
    callee: "cloud.getWXContext",
    carries: ["OPENID", "UNIONID"],
  },
];
