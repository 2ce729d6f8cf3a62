/*
 * Legal references (see shared/domain/pipl.md §1): PIPL (个人信息保护法, 2021) Arts. 38–40 —
 * conditions for providing PI outside the mainland and storage inside China; CAC Measures for
 * Security Assessment of Outbound Data Transfers (CAC Order No. 11, 2022) and Provisions on
 * Promoting and Regulating Cross-Border Data Flows (CAC Order No. 16, 2024). Hong Kong, Macao and
 * Taiwan are outside the mainland (境外) for these rules.
 */
import type { LocalizedText } from "../taxonomy/category-definition.js";

/**
 * The sentence citing the outbound-transfer rules, shared by the residency and replication
 * messages so both policies cite them in the same words.
 */
export const crossBorderTransferBasis: LocalizedText = {
  en: "PIPL Arts. 38–40 and the CAC outbound-transfer rules (CAC Orders No. 11/2022 and No. 16/2024) require a security assessment, certification or standard contract plus separate consent before PI leaves mainland China.",
  "zh-CN":
    "《个人信息保护法》第三十八至四十条及国家网信办数据出境规定（2022 年第 11 号令、2024 年第 16 号令）要求个人信息出境前通过安全评估、认证或标准合同并取得单独同意。",
};
