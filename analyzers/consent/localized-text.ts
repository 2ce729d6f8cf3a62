/** Text in the two message locales. */
export interface LocalizedText {
  en: string;
  "zh-CN": string;
}
