import { sinkName } from "./sink-name.js";
import type { SinkRuleRecord } from "../rules/rule-record.js";
import { describeDestination } from "./describe-destination.js";
import type { DescribedFinding, DescribingTaxonomy } from "./describe-findings.js";
import { findingMessages } from "./finding-messages.js";
import { formatMessage } from "./format-message.js";
import type { Locale } from "./locale.js";
import { maskLiteralValues } from "./mask-literal-values.js";

/**
 * The parts of a one-line finding message, each a placeholder of the ESLint rules' messages, so a
 * rule test can assert the field, the category and the sink a report names:
 * `{{fields}} ({{categories}}) → {{sink}}: {{detail}}`.
 */
export interface FindingMessageParts {
  /** Up to three field paths in backticks, then "+N more". */
  fields: string;
  /** Their categories' names (Chinese, then English in the English locale), up to three. */
  categories: string;
  /** The sink as written at the call, in backticks. */
  sink: string;
  /** What happened, the article, and the fix, in the locale. */
  detail: string;
  /**
   * The recipient of a transfer whose jurisdiction the code shows: abroad (service, host, country
   * or region) or in the mainland (service, or host, and region). The messages of such findings
   * have a placeholder for it: `… → {{sink}} → {{destination}}: …`.
   */
  destination?: string;
}

/** How many fields or categories a one-line message names before "+N more". */
const listed = 3;

function list(items: readonly string[], locale: Locale): string {
  const shown = items.slice(0, listed).join(findingMessages["list.separator"][locale]);
  const more = items.length - listed;
  return more > 0
    ? shown + formatMessage(findingMessages, locale, "short.more", { count: more })
    : shown;
}

/** `手机号码 mobile phone number` in English, `手机号码` in Chinese: the name users know, first. */
function categoryName(name: { en: string; "zh-CN": string }, locale: Locale): string {
  if (locale === "zh-CN") return name["zh-CN"];
  // "Mobile phone number" → "mobile phone number", but "IP address" keeps its capitals.
  const english = /^[A-Z][a-z]/.test(name.en)
    ? name.en[0]!.toLowerCase() + name.en.slice(1)
    : name.en;
  return `${name["zh-CN"]} ${english}`;
}

/**
 * The one-line message of findings that share a sink expression, kind and reason (a single
 * finding is a group of one), for a hover or a terminal: the fields, their categories, the sink,
 * the article and the fix. The legal-basis list stays in the rule docs and SARIF help. Digit runs
 * that look like PI values are masked wherever a field path or the sink holds a literal.
 *
 * @param rule - the record of the rule reporting the group (its verb and article)
 * @param sinkText - a name for the sink instead of `sinkName`'s (the call as written, else the
 *   catalogue label)
 */
export function findingMessageParts(
  findings: readonly DescribedFinding[],
  rule: Pick<SinkRuleRecord, "verb" | "consentArticle">,
  taxonomy: DescribingTaxonomy,
  locale: Locale,
  sinkText?: string,
): FindingMessageParts {
  const first = findings[0];
  if (!first) return { fields: "", categories: "", sink: "", detail: "" };
  const fields: string[] = [];
  const categories: string[] = [];
  const sanitizers: string[] = [];
  let sensitive = false;
  for (const finding of findings) {
    const field = `\`${maskLiteralValues(finding.fieldPath)}\``;
    if (!fields.includes(field)) fields.push(field);
    const category = taxonomy.resolve(finding.category);
    const name = category ? categoryName(category.name, locale) : finding.category;
    if (!categories.includes(name)) categories.push(name);
    if (category?.sensitivity === "sensitive") sensitive = true;
    if (finding.fix.kind === "mask" && !sanitizers.includes(finding.fix.sanitizer))
      sanitizers.push(finding.fix.sanitizer);
  }
  const separator = findingMessages["list.separator"][locale];
  const crossBorder = first.destination?.jurisdiction === "cross-border";
  const mechanism = crossBorder
    ? first.mechanism
      ? formatMessage(findingMessages, locale, "short.mechanism.declared", {
          mechanism: first.mechanism.mechanism,
        })
      : findingMessages["short.mechanism.none"][locale]
    : "";
  const fix = crossBorder
    ? findingMessages[
        first.mechanism ? "short.fix.cross-border-consent" : "short.fix.cross-border"
      ][locale]
    : sanitizers.length
      ? formatMessage(findingMessages, locale, "short.fix.mask", {
          sanitizer: sanitizers.map((s) => `\`${s}(…)\``).join(separator),
        })
      : findingMessages["short.fix.consent"][locale];
  const detail =
    formatMessage(findingMessages, locale, `short.${first.reason}`, {
      verb: rule.verb[locale],
      article: rule.consentArticle[sensitive ? "sensitive" : "general"][locale],
    }) +
    mechanism +
    fix +
    (findings.some((f) => f.confidence === "medium")
      ? findingMessages["short.confidence.medium"][locale]
      : "") +
    findingMessages["short.end"][locale];
  return {
    fields: list(fields, locale),
    categories: list(categories, locale),
    sink: `\`${maskLiteralValues(sinkText ?? sinkName(first.sink))}\``,
    detail,
    ...(crossBorder && first.destination
      ? { destination: describeDestination(first.destination, locale) }
      : first.kind === "transfer" && namesMainlandRecipient(first.destination)
        ? {
            // The service and region say enough in the mainland; the host would lengthen the line.
            destination: describeDestination(first.destination, locale, {
              hostWithService: false,
            }),
          }
        : {}),
  };
}

/** Whether a transfer goes to a mainland recipient the code names (a service or a host). */
function namesMainlandRecipient(
  destination: DescribedFinding["destination"],
): destination is NonNullable<DescribedFinding["destination"]> {
  return (
    destination?.jurisdiction === "mainland" &&
    (destination.service !== undefined || destination.host !== undefined)
  );
}
