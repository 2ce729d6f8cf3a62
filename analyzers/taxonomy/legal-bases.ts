/*
 * Legal bases cited by the taxonomy. Sources (see shared/domain/pipl.md §1):
 * - PIPL 个人信息保护法 (2021-08-20, in force 2021-11-01), LawRefBook/Laws 行政法/个人信息保护法(2021-08-20).md;
 * - Criminal Law Art. 253A as amended by Amendment IX (2015), LawRefBook 刑法/刑法修正案9.md;
 * - SPC/SPP Interpretation on infringing citizens' PI (2017-05-08), LawRefBook 司法解释/;
 * - SPC Guiding Cases 192–195 (35th batch, 法〔2022〕265号, 2022-12-26);
 * - GB/T 35273-2020 Annex A Table A.1 and Annex B Table B.1;
 * - CAC Order No. 11 (2022) and CAC Order No. 16 (2024) on outbound data transfers.
 * Summaries are engineering paraphrases, not legal advice.
 */
import type { LegalBasis } from "./legal-basis.js";

const pipl = (art: number, cn: string, en: string, zh: string): LegalBasis => ({
  id: `pipl-art-${art}`,
  citation: { en: `PIPL Art. ${art}`, "zh-CN": `《个人信息保护法》第${cn}条` },
  summary: { en, "zh-CN": zh },
  url: `https://personalinformationprotectionlaw.com/PIPL/article-${art}/`,
});

/** Every legal basis a category may cite, by id. */
export const legalBases: readonly LegalBasis[] = [
  pipl(
    4,
    "四",
    "Personal information is any information relating to an identified or identifiable natural person.",
    "个人信息是与已识别或者可识别的自然人有关的各种信息。",
  ),
  pipl(
    13,
    "十三",
    "Processing needs a lawful basis: consent, contract necessity, legal duty, emergencies and the other listed grounds.",
    "处理个人信息须具备合法性基础：同意、合同必需、法定职责、紧急情况等。",
  ),
  pipl(
    14,
    "十四",
    "Consent must be informed, voluntary and explicit; separate consent where required; re-consent on change.",
    "同意应当在充分知情的前提下自愿、明确作出；法律要求时取得单独同意；变更时重新取得同意。",
  ),
  pipl(
    23,
    "二十三",
    "Providing personal information to another processor requires notice and separate consent.",
    "向其他个人信息处理者提供个人信息，应当告知并取得个人的单独同意。",
  ),
  pipl(
    25,
    "二十五",
    "Personal information must not be published or disclosed without separate consent.",
    "不得公开其处理的个人信息，取得个人单独同意的除外。",
  ),
  pipl(
    28,
    "二十八",
    "Sensitive PI (biometrics, religion, specific identity, health, financial accounts, whereabouts, under-14s) needs specific purpose and strict protection.",
    "敏感个人信息（生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹、不满十四周岁未成年人信息）须有特定目的并采取严格保护措施。",
  ),
  pipl(
    29,
    "二十九",
    "Processing sensitive personal information requires the individual's separate consent.",
    "处理敏感个人信息应当取得个人的单独同意。",
  ),
  pipl(
    31,
    "三十一",
    "Personal information of minors under 14 needs a parent's or guardian's consent and dedicated rules.",
    "处理不满十四周岁未成年人个人信息，应当取得其父母或者其他监护人的同意，并制定专门规则。",
  ),
  pipl(
    38,
    "三十八",
    "Providing PI outside the mainland needs a CAC security assessment, certification or the standard contract.",
    "向境外提供个人信息，应当通过安全评估、个人信息保护认证或者订立标准合同。",
  ),
  pipl(
    39,
    "三十九",
    "Providing PI outside the mainland also needs notice of the recipient and separate consent.",
    "向境外提供个人信息，应当告知境外接收方等事项并取得个人的单独同意。",
  ),
  pipl(
    40,
    "四十",
    "CIIOs and processors over CAC volume thresholds must store PI collected in China inside China.",
    "关键信息基础设施运营者和处理个人信息达到规定数量的处理者，应当将在境内收集的个人信息存储在境内。",
  ),
  pipl(
    51,
    "五十一",
    "Processors must classify PI and apply encryption, de-identification and other security measures.",
    "个人信息处理者应当对个人信息实行分类管理，并采取加密、去标识化等安全技术措施。",
  ),
  pipl(
    55,
    "五十五",
    "A PI protection impact assessment is required before processing sensitive PI or providing PI abroad.",
    "处理敏感个人信息、向境外提供个人信息等情形，应当事前进行个人信息保护影响评估。",
  ),
  {
    id: "criminal-law-art-253a",
    citation: { en: "Criminal Law Art. 253A", "zh-CN": "《刑法》第二百五十三条之一" },
    summary: {
      en: "Selling, providing or illegally obtaining citizens' PI is a crime when serious (up to 7 years).",
      "zh-CN":
        "违反国家有关规定，出售、提供或者非法获取公民个人信息，情节严重的构成犯罪（最高七年有期徒刑）。",
    },
  },
  {
    id: "spc-spp-2017-art-1",
    citation: {
      en: "2017 SPC/SPP Interpretation on PI Crimes, Art. 1",
      "zh-CN":
        "《最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》第一条",
    },
    summary: {
      en: "Citizens' PI includes name, ID number, contact details, address, account passwords, property and whereabouts.",
      "zh-CN":
        "公民个人信息包括姓名、身份证件号码、通信通讯联系方式、住址、账号密码、财产状况、行踪轨迹等。",
    },
  },
  {
    id: "spc-spp-2017-art-5-50",
    citation: {
      en: "2017 SPC/SPP Interpretation, Art. 5 ¶1 item (3) (50-item tier)",
      "zh-CN": "2017年《侵犯公民个人信息刑事案件解释》第五条第一款第（三）项",
    },
    summary: {
      en: "Whereabouts, communication content, credit and property information: 50 items is 'serious'.",
      "zh-CN": "行踪轨迹信息、通信内容、征信信息、财产信息五十条以上即属“情节严重”。",
    },
  },
  {
    id: "spc-spp-2017-art-5-500",
    citation: {
      en: "2017 SPC/SPP Interpretation, Art. 5 ¶1 item (4) (500-item tier)",
      "zh-CN": "2017年《侵犯公民个人信息刑事案件解释》第五条第一款第（四）项",
    },
    summary: {
      en: "Accommodation, communication records, health, transaction and other safety-relevant PI: 500 items is 'serious'.",
      "zh-CN":
        "住宿信息、通信记录、健康生理信息、交易信息等可能影响人身财产安全的信息五百条以上即属“情节严重”。",
    },
  },
  {
    id: "spc-spp-2017-art-5-5000",
    citation: {
      en: "2017 SPC/SPP Interpretation, Art. 5 ¶1 item (5) (5,000-item tier)",
      "zh-CN": "2017年《侵犯公民个人信息刑事案件解释》第五条第一款第（五）项",
    },
    summary: {
      en: "Any other citizens' PI: 5,000 items is 'serious'.",
      "zh-CN": "其他公民个人信息五千条以上即属“情节严重”。",
    },
  },
  ...(
    [
      [
        192,
        "Face information processed or generated by facial recognition is citizens' PI (500-item tier).",
        "经人脸识别技术处理或生成的人脸信息属于公民个人信息（五百条档）。",
      ],
      [
        193,
        "Resident ID card information (name, face image, ID number, address) is PI affecting personal safety.",
        "居民身份证信息（姓名、人脸照片、身份证号、户籍地址等）属于可能影响人身、财产安全的个人信息。",
      ],
      [
        194,
        "Selling WeChat and other social accounts carrying citizens' PI is selling or providing PI.",
        "出售、提供载有公民个人信息的微信等社交账号，属于出售、提供公民个人信息。",
      ],
      [
        195,
        "An SMS verification code sent to a mobile number is, with the number, citizens' PI.",
        "发送至特定手机号码的验证码，单独或与手机号码结合可识别特定自然人，属于公民个人信息。",
      ],
    ] as const
  ).map(([no, en, zh]): LegalBasis => ({
    id: `guiding-case-${no}`,
    citation: { en: `SPC Guiding Case No. ${no}`, "zh-CN": `最高人民法院指导性案例${no}号` },
    summary: { en, "zh-CN": zh },
  })),
  {
    id: "csl-art-21",
    citation: { en: "Cybersecurity Law Art. 21", "zh-CN": "《网络安全法》第二十一条" },
    summary: {
      en: "Network operators monitor and record network operation and security events, and keep the logs for at least six months.",
      "zh-CN":
        "网络运营者应当监测、记录网络运行状态、网络安全事件，并留存相关的网络日志不少于六个月。",
    },
  },
  {
    id: "gbt-35273-a1",
    citation: { en: "GB/T 35273-2020 Annex A, Table A.1", "zh-CN": "GB/T 35273-2020 附录A 表A.1" },
    summary: {
      en: "Examples of personal information: basic profile, identity, contacts, online identifiers, location.",
      "zh-CN": "个人信息举例：个人基本资料、身份信息、联系方式、网络身份标识、位置信息等。",
    },
  },
  {
    id: "gbt-35273-b1",
    citation: { en: "GB/T 35273-2020 Annex B, Table B.1", "zh-CN": "GB/T 35273-2020 附录B 表B.1" },
    summary: {
      en: "Examples of sensitive PI: property, health, biometrics, identity documents, passwords, whereabouts.",
      "zh-CN":
        "个人敏感信息举例：财产信息、健康生理信息、生物识别信息、身份信息、口令、行踪轨迹等。",
    },
  },
  {
    id: "cac-2022-security-assessment",
    citation: {
      en: "CAC Measures for Security Assessment of Outbound Data Transfers (CAC Order No. 11, 2022)",
      "zh-CN": "《数据出境安全评估办法》（国家网信办令第11号，2022）",
    },
    summary: {
      en: "Outbound transfers above volume thresholds or by CIIOs need a CAC security assessment.",
      "zh-CN": "关键信息基础设施运营者或达到规定数量的数据出境须申报安全评估。",
    },
  },
  {
    id: "cac-2024-cross-border-provisions",
    citation: {
      en: "CAC Provisions on Promoting and Regulating Cross-Border Data Flows (CAC Order No. 16, 2024)",
      "zh-CN": "《促进和规范数据跨境流动规定》（国家网信办令第16号，2024）",
    },
    summary: {
      en: "Sets the volume thresholds (100,000 / 1,000,000 people; 10,000 for sensitive PI) and exemptions.",
      "zh-CN": "规定数据出境的数量门槛（十万人、一百万人；敏感个人信息一万人）及豁免情形。",
    },
  },
];
