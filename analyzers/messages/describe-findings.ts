import { sinkName } from "./sink-name.js";
import type {
  FindingConfidence,
  FindingFix,
  FindingReason,
  TransferMechanismDeclaration,
} from "../engine/finding.js";
import type { SinkKind } from "../sinks/sink-spec.js";
import type { TransferDestination } from "../transfers/transfer-destination.js";
import { describeDestination } from "./describe-destination.js";
import { findingMessages, type FindingMessageId } from "./finding-messages.js";
import { formatMessage } from "./format-message.js";
import type { Locale } from "./locale.js";
import { maskLiteralValues } from "./mask-literal-values.js";

/** What a message needs from an engine finding (a subset of the engine's `Finding`). */
export interface DescribedFinding {
  kind: SinkKind;
  category: string;
  fieldPath: string;
  /** Named by `sinkName`: the call as written when known, else the catalogue label. */
  sink: { id: string; label: string; call?: string | undefined };
  reason: FindingReason;
  fix: FindingFix;
  /** `medium` adds a line saying the finding rests on names in untyped code. */
  confidence?: FindingConfidence;
  /** Where a transfer goes; a cross-border one is described as such (PIPL Arts. 38-39). */
  destination?: TransferDestination;
  /** The Art. 38 mechanism declared for a cross-border transfer. */
  mechanism?: TransferMechanismDeclaration;
}

/** What a message needs from the taxonomy. */
export interface DescribingTaxonomy {
  resolve(idOrAlias: string):
    | {
        id: string;
        aliases: readonly string[];
        name: { en: string; "zh-CN": string };
        sensitivity: "general" | "sensitive";
        legalBasis: readonly string[];
      }
    | undefined;
  legalBasis(id: string): { citation: { en: string; "zh-CN": string } } | undefined;
}

function fill(id: FindingMessageId, locale: Locale, params: Record<string, string>): string {
  return formatMessage(findingMessages, locale, id, params);
}

function quote(text: string, locale: Locale): string {
  return locale === "en" ? `"${text}"` : `“${text}”`;
}

/**
 * Render findings that share a sink expression, kind and reason as one message: which sink, why
 * it is unlawful, then one line per field (path, category in both languages, sensitivity, legal
 * basis from the taxonomy) and the fix. A single finding is a group of one. Digit runs that look
 * like PI values are masked wherever the field path or sink label holds a literal.
 *
 * @param sinkText - a name for the sink instead of `sinkName`'s (the call as written, else the
 *   catalogue label)
 */
export function describeFindings(
  findings: readonly DescribedFinding[],
  taxonomy: DescribingTaxonomy,
  locale: Locale,
  sinkText?: string,
): string {
  const first = findings[0];
  if (!first) return "";
  const other: Locale = locale === "en" ? "zh-CN" : "en";
  const separator = findingMessages["list.separator"][locale];
  const crossBorder = first.destination?.jurisdiction === "cross-border";
  const lines = [
    fill(crossBorder ? "header.cross-border" : `header.${first.kind}`, locale, {
      sink: `\`${maskLiteralValues(sinkText ?? sinkName(first.sink))}\``,
      reason: findingMessages[`reason.${first.reason}`][locale],
      destination: first.destination ? describeDestination(first.destination, locale) : "",
    }),
  ];
  const aliases: string[] = [];
  const sanitizers: string[] = [];
  for (const finding of findings) {
    const category = taxonomy.resolve(finding.category);
    const alias = category?.aliases[0] ?? finding.category;
    if (!aliases.includes(alias)) aliases.push(alias);
    if (finding.fix.kind === "mask" && !sanitizers.includes(finding.fix.sanitizer)) {
      sanitizers.push(finding.fix.sanitizer);
    }
    const citations = (category?.legalBasis ?? [])
      .map((id) => taxonomy.legalBasis(id)?.citation[locale])
      .filter((citation): citation is string => citation !== undefined);
    lines.push(
      fill("field", locale, {
        field: `\`${maskLiteralValues(finding.fieldPath)}\``,
        name: category?.name[locale] ?? finding.category,
        otherName: category?.name[other] ?? finding.category,
        id: category?.id ?? finding.category,
        sensitivity: findingMessages[`sensitivity.${category?.sensitivity ?? "general"}`][locale],
        basis: citations.length ? citations.join(separator) : findingMessages["basis.none"][locale],
      }),
    );
  }
  if (findings.some((f) => f.confidence === "medium"))
    lines.push(findingMessages["confidence.medium"][locale]);
  const categories = aliases.map((alias) => quote(alias, locale)).join(separator);
  const example = aliases.map((alias) => `"${alias}"`).join(", ");
  if (crossBorder)
    lines.push(
      first.mechanism
        ? fill("mechanism.declared", locale, { ...first.mechanism })
        : findingMessages["mechanism.none"][locale],
    );
  lines.push(
    crossBorder
      ? fill("fix.cross-border", locale, { categories, example })
      : sanitizers.length
        ? fill("fix.mask", locale, {
            sanitizer: sanitizers.map((s) => `\`${s}(…)\``).join(separator),
            categories,
            example,
          })
        : fill("fix.consent", locale, { categories, example }),
  );
  return lines.join("\n");
}
