import type { PolicyComplianceFramework } from "@pulumi/policy";

/** The compliance framework every pipl-guard policy reports under. */
export const piplFramework: PolicyComplianceFramework = {
  name: "PIPL",
  version: "2021",
  reference: "http://www.npc.gov.cn/npc/c30834/202108/a8c4e3672c74491a80b53a172bb753fe.shtml",
  specification:
    "Personal Information Protection Law of the People's Republic of China (个人信息保护法), in force 2021-11-01",
};
