import type { ExposureCheckInput } from "../resource-type-spec.js";

/*
 * The shapes of public exposure the provider tables share. Values are the providers' own: canned
 * ACL names (S3, OSS, COS, OBS), the "everyone" CIDR of IP whitelists, IAM members for all users.
 */

/** A canned ACL at `path` that grants reading to everyone. */
export const publicAcl = (path: string, values: string[], fix: string): ExposureCheckInput => ({
  label: {
    en: `\`${path}\` is ${values.map((v) => `"${v}"`).join(" or ")}`,
    "zh-CN": `\`${path}\` 为 ${values.map((v) => `"${v}"`).join(" 或 ")}`,
  },
  kind: "acl",
  anyOf: [[{ path, equals: values }]],
  fix,
});

/** A policy document at `path` that allows every principal without a condition. */
export const publicPolicy = (path: string, fix: string): ExposureCheckInput => ({
  label: {
    en: `\`${path}\` allows every principal ("*") without a condition`,
    "zh-CN": `\`${path}\` 无条件地允许所有主体（"*"）`,
  },
  kind: "policy",
  anyOf: [[{ path, matches: "public-policy" }]],
  fix,
});

/** An IP whitelist at `path` (`[]` for its elements) that contains the whole internet. */
export const openWhitelist = (path: string): ExposureCheckInput => {
  const property = path.replace(/\[\]$/, "");
  return {
    label: {
      en: `\`${property}\` contains 0.0.0.0/0 (every address)`,
      "zh-CN": `\`${property}\` 包含 0.0.0.0/0（所有地址）`,
    },
    kind: "network",
    anyOf: [[{ path, equals: ["0.0.0.0/0", "0.0.0.0"] }]],
    fix: {
      en: `\`${property}\` with your application's addresses only`,
      "zh-CN": `\`${property}\` 只包含应用自身的地址`,
    },
  };
};

/** A boolean at `path` that gives the store a public endpoint. */
export const publicSwitch = (path: string, en: string, zh: string): ExposureCheckInput => ({
  label: { en, "zh-CN": zh },
  kind: "network",
  anyOf: [[{ path, equals: [true, "true"] }]],
  fix: `\`${path}: false\``,
});
