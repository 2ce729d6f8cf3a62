import type { Policy } from "@pulumi/policy";
import type { Locale } from "../analyzers/messages/locale.js";
import type { PolicyRecord } from "../analyzers/policies/policy-record.js";
import { docsUrl } from "./docs-url.js";
import { piplFramework } from "./pipl-framework.js";
import { policyConfigSchema } from "./policy-config-schema.js";

/** The parts of a CrossGuard policy that come from its record rather than from its checks. */
export type PolicyMetadata = Required<
  Pick<
    Policy,
    | "name"
    | "description"
    | "severity"
    | "framework"
    | "tags"
    | "remediationSteps"
    | "url"
    | "configSchema"
  >
>;

/**
 * A policy's metadata from its record: description and option descriptions in `locale`,
 * remediation steps in both languages (`locale` first, as violations are), the doc page under
 * `docsBaseUrl`.
 */
export function policyMetadata(
  record: PolicyRecord,
  locale: Locale,
  docsBaseUrl?: string,
): PolicyMetadata {
  const { en, "zh-CN": zh } = record.remediation;
  return {
    name: record.id,
    description: record.description[locale],
    severity: record.severity,
    framework: piplFramework,
    tags: [...record.tags],
    remediationSteps: locale === "en" ? `${en}\n${zh}` : `${zh}\n${en}`,
    url: docsUrl(record.docsPath, docsBaseUrl),
    configSchema: policyConfigSchema(record.options, locale),
  };
}
