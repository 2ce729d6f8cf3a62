/** What a key placeholder in a fix stands for, per language. */
const keyNames = {
  arn: { en: "your KMS key ARN", "zh-CN": "自管 KMS 密钥 ARN" },
  id: { en: "your KMS key id", "zh-CN": "自管 KMS 密钥 ID" },
  gcp: { en: "your Cloud KMS key", "zh-CN": "自管 Cloud KMS 密钥" },
} as const;

/** `` `kmsKeyId: <your KMS key ARN>` `` worded per language; `code` holds `{key}` for the placeholder. */
export const keyFix = (
  code: string,
  key: keyof typeof keyNames,
  after = { en: "", "zh-CN": "" },
) => ({
  en: `\`${code.replace("{key}", `<${keyNames[key].en}>`)}\`${after.en}`,
  "zh-CN": `\`${code.replace("{key}", `<${keyNames[key]["zh-CN"]}>`)}\`${after["zh-CN"]}`,
});

/** Two settings that each fix it: `` `a` or `b` `` / `` `a` 或 `b` ``. */
export const either = (a: string, b: string) => ({
  en: `\`${a}\` or \`${b}\``,
  "zh-CN": `\`${a}\` 或 \`${b}\``,
});

/** Two settings needed together: `` `a` with `b` `` / `` `a`，并设置 `b` ``. */
export const together = (a: string, b: string) => ({
  en: `\`${a}\` with \`${b}\``,
  "zh-CN": `\`${a}\`，并设置 \`${b}\``,
});
