// Collections whose schema a framework defines, so their records' PI is known without the
// program writing it: uni-id's user table on uniCloud (DCloud's uni-id documentation, table
// `uni-id-users`: account names, mobile and email, third-party account ids, real-name
// verification, login addresses). And databases that stamp fields on every record a client adds:
// WeChat cloud's database gives each record a mini program adds its creator's `_openid`.

/** A framework-defined collection and the PI fields its records hold, with their categories. */
export interface KnownCollection {
  collection: string;
  source: string;
  fields: readonly { path: string; category: string }[];
}

export const knownCollections: readonly KnownCollection[] = [
  {
    collection: "uni-id-users",
    source: "uni-id (uniCloud) user table",
    fields: [
      { path: "username", category: "account.login-name" },
      { path: "mobile", category: "contact.mobile" },
      { path: "email", category: "contact.email" },
      { path: "wx_openid", category: "account.social" },
      { path: "realname_auth.real_name", category: "basic.name" },
      { path: "realname_auth.identity", category: "identity.resident-id" },
      { path: "last_login_ip", category: "account.ip-address" },
    ],
  },
];

/** A database SDK that stamps fields on the records clients add, by the module that opens it. */
export interface StampingDatabase {
  module: string;
  fields: readonly { path: string; category: string }[];
}

export const stampingDatabases: readonly StampingDatabase[] = [
  { module: "wx-server-sdk", fields: [{ path: "_openid", category: "account.social" }] },
];
