/*
 * The lawful-basis text the three sink rules share. Source: PIPL (个人信息保护法, 2021) Arts. 13, 14
 * and 29 as paraphrased in shared/domain/pipl.md §1.1. Paraphrases, not legal conclusions.
 */
import type { LocalizedText } from "../messages/localized-text.js";

/** Arts. 13, 14 and 29: a lawful basis, informed consent, separate consent for sensitive PI. */
export const consentBasis: LocalizedText = {
  en: "PIPL Art. 13 allows processing only on a lawful basis (consent, contract, legal duty, emergency, ...); Art. 14 requires consent to be informed and explicit; Art. 29 requires separate consent for sensitive PI.",
  "zh-CN":
    "《个人信息保护法》第十三条规定处理个人信息须具备合法性基础（同意、合同、法定义务、紧急情况等）；第十四条要求同意须在充分知情下自愿、明确作出；第二十九条要求处理敏感个人信息取得单独同意。",
};

/** Art. 14 (consent), as a message cites it. */
export const art14: LocalizedText = { en: "PIPL Art. 14", "zh-CN": "《个人信息保护法》第十四条" };

/** Arts. 14 and 29 (separate consent for sensitive PI), as a message cites them. */
export const arts14And29: LocalizedText = {
  en: "PIPL Arts. 14, 29",
  "zh-CN": "《个人信息保护法》第十四条、第二十九条",
};
