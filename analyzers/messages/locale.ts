/** Languages pipl-guard writes messages in. */
export type Locale = "en" | "zh-CN";

/** Every supported locale, English first. */
export const locales: readonly Locale[] = ["en", "zh-CN"];
