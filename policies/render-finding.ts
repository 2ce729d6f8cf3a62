import { policyMessages, type PolicyMessageId } from "../analyzers/policies/policy-messages.js";
import type { PolicyFinding } from "../analyzers/resources/policy-finding.js";

type Locale = "en" | "zh-CN";

function fill(template: string, finding: PolicyFinding, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = finding.params[key];
    if (value === undefined) return whole;
    return typeof value === "string" ? value : value[locale];
  });
}

/**
 * Word a finding in both languages, `locale` first. Unfilled placeholders stay visible rather than
 * vanish, so a missing parameter shows up in tests instead of producing a silent half-sentence.
 */
export function renderFinding(finding: PolicyFinding, locale: Locale = "en"): string {
  const message = policyMessages[finding.message as PolicyMessageId];
  if (!message) throw new Error(`pipl-guard: no policy message "${finding.message}"`);
  const order: Locale[] = locale === "en" ? ["en", "zh-CN"] : ["zh-CN", "en"];
  return order
    .map((l) =>
      fill(message[l], finding, l)
        .replace(/\s+(?=[.。])/g, "")
        .replace(/ {2,}/g, " "),
    )
    .join("\n");
}
