import type { AnalyzedResource } from "./analyzed-resource.js";
import { describeResource } from "./describe-resource.js";
import type { EvaluationContext } from "./evaluation-context.js";
import type { PolicyFinding } from "./policy-finding.js";
import { readResourceCategories } from "./read-resource-categories.js";
import { findPiInText } from "../recognisers/find-pi-in-text.js";
import { unknownTagsFinding } from "./unknown-tags-finding.js";

/**
 * `pi-category-tags-valid`: every token of a PI tag must name a category id or alias; an empty or
 * computed tag cannot be checked and is reported too.
 */
export function checkCategoryTags(
  resource: AnalyzedResource,
  context: EvaluationContext,
): PolicyFinding[] {
  if (resource.type.startsWith("pulumi:")) return [];
  const spec = context.resources.get(resource.type);
  const reading = readResourceCategories(resource, context);
  const resourceText = describeResource(resource, spec);
  if (reading.state === "untagged") return [];
  if (reading.state === "unknown-tags") {
    return [unknownTagsFinding(resource, spec, reading.field)];
  }
  if (reading.valueUnknown) {
    return [
      {
        urn: resource.urn,
        message: "tags.unknown-value",
        params: { resource: resourceText, field: reading.field },
        dependsOnUnknown: true,
      },
    ];
  }
  if (reading.raw.trim() === "") {
    return [
      {
        urn: resource.urn,
        message: "tags.empty",
        params: { resource: resourceText, field: reading.field },
        dependsOnUnknown: false,
      },
    ];
  }
  if (reading.secret) {
    // Neither the value, its tokens nor a suggestion (which would echo a token) may be printed.
    if (reading.invalid.length === 0) return [];
    return [
      {
        urn: resource.urn,
        message: "tags.invalid-secret",
        params: {
          resource: resourceText,
          field: reading.field,
          count: String(reading.invalid.length),
        },
        dependsOnUnknown: false,
      },
    ];
  }
  return reading.invalid.map((t) => {
    const id = t.suggestion ? context.taxonomy.resolve(t.suggestion)?.id : undefined;
    const named =
      id && id !== t.suggestion ? `"${t.suggestion}" (${id})` : `"${t.suggestion ?? ""}"`;
    return {
      urn: resource.urn,
      message: t.suggestion ? "tags.invalid-suggest" : "tags.invalid",
      params: {
        resource: resourceText,
        field: reading.field,
        raw: redactPi(reading.raw),
        token: redactPi(t.token),
        suggestion: t.suggestion ?? "",
        named,
      },
      dependsOnUnknown: false,
    };
  });
}

/**
 * The tag text with PI values (resident IDs, mobiles, bank cards, …) masked: a tag that wrongly
 * holds an ID number must not be repeated into the deploy log by the violation that reports it.
 */
function redactPi(text: string): string {
  let out = text;
  for (const f of findPiInText(text).reverse())
    out = `${out.slice(0, f.start)}***${out.slice(f.end)}`;
  return out;
}
