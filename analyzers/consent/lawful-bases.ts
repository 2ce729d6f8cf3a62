// Lawful bases other than consent that a function can declare with `@pipl-basis <basis> <reason>`.
// Source: PIPL Art. 13 ¶1 items (2)-(7) (LawRefBook `行政法/个人信息保护法(2021-08-20).md`); bases
// (2)-(7) need no consent.
import type { LocalizedText } from "../messages/localized-text.js";

/** A lawful basis declared in code. */
export interface DeclarableBasis {
  id: string;
  citation: LocalizedText;
  summary: LocalizedText;
}

/** The bases `@pipl-basis` accepts. */
export const declarableBases: readonly DeclarableBasis[] = [
  {
    id: "contract",
    citation: { en: "PIPL Art. 13(2)", "zh-CN": "《个人信息保护法》第十三条第一款第（二）项" },
    summary: {
      en: "necessary to conclude or perform a contract the person is a party to",
      "zh-CN": "为订立、履行个人作为一方当事人的合同所必需",
    },
  },
  {
    id: "hr",
    citation: { en: "PIPL Art. 13(2)", "zh-CN": "《个人信息保护法》第十三条第一款第（二）项" },
    summary: {
      en: "necessary for human-resources management under lawful labour rules or collective contracts",
      "zh-CN": "按照依法制定的劳动规章制度和依法签订的集体合同实施人力资源管理所必需",
    },
  },
  {
    id: "legal-duty",
    citation: { en: "PIPL Art. 13(3)", "zh-CN": "《个人信息保护法》第十三条第一款第（三）项" },
    summary: {
      en: "necessary to perform a statutory duty or obligation",
      "zh-CN": "为履行法定职责或者法定义务所必需",
    },
  },
  {
    id: "emergency",
    citation: { en: "PIPL Art. 13(4)", "zh-CN": "《个人信息保护法》第十三条第一款第（四）项" },
    summary: {
      en: "necessary to respond to a public-health emergency or protect life, health or property in an emergency",
      "zh-CN": "为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需",
    },
  },
  {
    id: "news",
    citation: { en: "PIPL Art. 13(5)", "zh-CN": "《个人信息保护法》第十三条第一款第（五）项" },
    summary: {
      en: "news reporting or public-opinion supervision in the public interest, within a reasonable scope",
      "zh-CN": "为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息",
    },
  },
  {
    id: "public",
    citation: { en: "PIPL Art. 13(6)", "zh-CN": "《个人信息保护法》第十三条第一款第（六）项" },
    summary: {
      en: "information the person disclosed or that was lawfully disclosed, within a reasonable scope",
      "zh-CN": "在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息",
    },
  },
  {
    id: "other-law",
    citation: { en: "PIPL Art. 13(7)", "zh-CN": "《个人信息保护法》第十三条第一款第（七）项" },
    summary: {
      en: "another circumstance provided by laws and administrative regulations",
      "zh-CN": "法律、行政法规规定的其他情形",
    },
  },
];
