/*
 * The remediation steps of the pipl-guard CrossGuard policies (the `remediationSteps` the engine
 * and Pulumi Cloud show with a policy), in English and Simplified Chinese, keyed by policy name.
 * Legal references as in policy-messages.ts.
 */
import type { MessageCatalog } from "./format-message.js";

/** The catalogue, keyed by policy name. */
export const policyRemediations = {
  "pi-store-encrypted-at-rest": {
    en: "Enable the store's encryption at rest (the violation names the property, e.g. `storageEncrypted: true`, or the separate encryption resource to add); use a customer-managed KMS key where `requireCustomerManagedKey` asks for one. For a resource type pipl-guard does not model, describe it under `resourceTypes` in the pipl-guard config.",
    "zh-CN":
      "为该存储启用静态加密（违规信息会指出要设置的属性，如 `storageEncrypted: true`，或要添加的独立加密资源）；`requireCustomerManagedKey` 要求时使用自管 KMS 密钥。pipl-guard 不认识的资源类型，请在 pipl-guard 配置的 `resourceTypes` 中描述。",
  },
  "pi-store-in-mainland-china": {
    en: "Create the resource in a mainland-China region (the violation lists them, e.g. `cn-north-1`, `cn-hangzhou`, `ap-guangzhou`) through its region/location property, its provider, or the stack config key such as `aws:region`; list a private cloud's regions in `allowedRegions`.",
    "zh-CN":
      "通过资源的区域属性、其 provider 或栈配置项（如 `aws:region`）把资源建在中国大陆区域（违规信息会列出，如 `cn-north-1`、`cn-hangzhou`、`ap-guangzhou`）；私有云的区域请列入 `allowedRegions`。",
  },
  "pi-no-cross-border-replication": {
    en: "Point replication rules, global-table replicas, read replicas, backup replication and backup copy actions at mainland-China regions, or complete the CAC outbound-transfer procedure and exclude the resource from the pack deliberately.",
    "zh-CN":
      "把复制规则、全局表副本、只读副本、备份复制和备份复制操作的目标改为中国大陆区域；或完成国家网信办数据出境程序后，有意将该资源排除在策略包之外。",
  },
  "pi-category-tags-valid": {
    en: "Replace each unknown token in the `pipl` tag with the category id the violation suggests, or add the category to the pipl-guard config.",
    "zh-CN":
      "把 `pipl` 标签中每个未知的词改为违规信息建议的类别 ID，或在 pipl-guard 配置中添加该类别。",
  },
} as const satisfies MessageCatalog;

/** Names of the policies with remediation steps. */
export type PolicyName = keyof typeof policyRemediations;
