import type { AnalyzedResource } from "./analyzed-resource.js";
import {
  categoryLegalBases,
  requiresCustomerManagedKey,
  requiresEncryption,
} from "./category-requirements.js";
import { describeCategories } from "./describe-categories.js";
import { describeResource } from "./describe-resource.js";
import { evaluateAlternatives, type ConditionOutcome } from "./evaluate-conditions.js";
import type { EvaluationContext } from "./evaluation-context.js";
import { createResourceIndex, joinReference } from "./join-reference.js";
import type { Bilingual, PolicyFinding } from "./policy-finding.js";
import type { CategoryReading } from "./read-categories.js";
import { readResourceCategories } from "./read-resource-categories.js";
import type { EncryptionCheck, ResourceTypeSpec } from "./resource-type-spec.js";
import { unknownTagsFinding } from "./unknown-tags-finding.js";

type Tagged = Extract<CategoryReading, { state: "tagged" }>;

/** `requireCustomerManagedKey` values as the zh-CN message names them. */
const sensitivityNames = { general: "一般", sensitive: "敏感" } as const;

function inlineOutcome(props: unknown, check: EncryptionCheck): ConditionOutcome {
  if (check.alwaysEncrypted) return { result: "yes", unknownPaths: [] };
  return evaluateAlternatives(props, check.anyOf);
}

/** The top-level properties the alternatives read: `storageEncrypted`, `encryptAtRest`. */
function checkedFields(check: EncryptionCheck): string {
  const tops = check.anyOf.flatMap((group) =>
    group.map((c) => c.path.split(".")[0]!.replace(/\[\]$/, "")),
  );
  return [...new Set(tops)].map((p) => `\`${p}\``).join(", ");
}

/**
 * Judge one tagged store. `attachments` are the separate encryption resources that target it
 * (stack phase), or `undefined` in the resource phase, where they cannot be seen.
 */
function judge(
  resource: AnalyzedResource,
  spec: ResourceTypeSpec & { store: NonNullable<ResourceTypeSpec["store"]> },
  reading: Tagged,
  context: EvaluationContext,
  attachments: { resource: AnalyzedResource; spec: ResourceTypeSpec }[] | undefined,
): PolicyFinding[] {
  const base = {
    resource: describeResource(resource, spec),
    categories: describeCategories(reading),
    tag: reading.field,
    basis: categoryLegalBases(reading, context.taxonomy),
  };
  const check = spec.store.encryption;
  let outcome = inlineOutcome(resource.props, check);
  let cmkSource: { props: unknown; check: EncryptionCheck; by?: Bilingual } = {
    props: resource.props,
    check,
  };
  for (const a of attachments ?? []) {
    const aCheck = a.spec.encryptionAttachment!.encryption;
    const aOutcome = evaluateAlternatives(a.resource.props, aCheck.anyOf);
    if (aOutcome.result === "no") {
      return [
        {
          urn: resource.urn,
          message: "encryption.disabled-by",
          params: {
            ...base,
            attachment: describeResource(a.resource, a.spec),
            field: checkedFields(aCheck),
            fix: aCheck.fix,
          },
          dependsOnUnknown: false,
        },
      ];
    }
    if (aOutcome.result === "yes" || outcome.result !== "yes") {
      if (aOutcome.result === "yes" || outcome.result === "no") outcome = aOutcome;
      cmkSource = {
        props: a.resource.props,
        check: aCheck,
        by: describeResource(a.resource, a.spec),
      };
    }
  }
  if (outcome.result === "no") {
    const separate = context.resources.attachmentsFor(resource.type).map((s) => `\`${s.type}\``);
    const inline = checkedFields(check);
    const field = {
      en: [
        separate.length > 0 ? `no ${separate.join(" or ")} targets it` : "",
        inline ? `${inline} unset or off` : "",
      ]
        .filter(Boolean)
        .join("; "),
      "zh-CN": [
        separate.length > 0 ? `没有指向它的 ${separate.join(" 或 ")}` : "",
        inline ? `${inline} 未设置或已关闭` : "",
      ]
        .filter(Boolean)
        .join("；"),
    };
    return [
      {
        urn: resource.urn,
        message: "encryption.missing",
        params: { ...base, field, fix: check.fix },
        dependsOnUnknown: false,
      },
    ];
  }
  if (outcome.result === "unknown") {
    return [
      {
        urn: resource.urn,
        message: "encryption.unknown",
        params: { ...base, field: outcome.unknownPaths.join(", "), fix: check.fix },
        dependsOnUnknown: true,
      },
    ];
  }
  if (!requiresCustomerManagedKey(reading, context.options))
    return beyondDefault(resource, spec, reading, context, base, cmkSource);
  const cmk = evaluateAlternatives(cmkSource.props, cmkSource.check.customerManagedKey);
  if (cmk.result === "yes") return [];
  const sensitivity = {
    en: context.options.requireCustomerManagedKey.join(" or "),
    "zh-CN": context.options.requireCustomerManagedKey.map((s) => sensitivityNames[s]).join("或"),
  };
  return [
    {
      urn: resource.urn,
      message: cmk.result === "no" ? "encryption.cmk-missing" : "encryption.cmk-unknown",
      params: {
        ...base,
        sensitivity,
        field: cmk.unknownPaths.join(", "),
        fix: cmkSource.check.customerManagedKeyFix ?? cmkSource.check.fix,
      },
      dependsOnUnknown: cmk.result === "unknown",
    },
  ];
}

/**
 * A store the provider always encrypts with keys it manages (S3 since January 2023, DynamoDB,
 * CloudWatch Logs, Azure Storage, Google Cloud Storage, …) is encrypted; what is asked beyond that
 * default is a customer-managed key for the sensitivities `defaultEncryptionSuffices` leaves out
 * (sensitive PI by default, PIPL Art. 28). A computed or empty tag counts as sensitive.
 */
function beyondDefault(
  resource: AnalyzedResource,
  spec: ResourceTypeSpec & { store: NonNullable<ResourceTypeSpec["store"]> },
  reading: Tagged,
  context: EvaluationContext,
  base: Record<string, string | Bilingual>,
  cmkSource: { props: unknown; check: EncryptionCheck; by?: Bilingual },
): PolicyFinding[] {
  const check = spec.store.encryption;
  if (!check.alwaysEncrypted) return [];
  const suffices = context.options.defaultEncryptionSuffices;
  const needs: ("general" | "sensitive")[] =
    reading.valueUnknown || reading.categories.length === 0
      ? ["sensitive"]
      : [...new Set(reading.categories.map((c) => c.sensitivity))];
  const beyond = needs.filter((s) => !suffices.includes(s));
  // A type whose customer-managed key lives on a resource the catalog does not model (Azure SQL's
  // EncryptionProtector) cannot be verified either way: no finding rather than an unfixable one.
  if (beyond.length === 0 || cmkSource.check.customerManagedKey.length === 0) return [];
  const cmk = evaluateAlternatives(cmkSource.props, cmkSource.check.customerManagedKey);
  if (cmk.result === "yes") return [];
  const sensitivity = {
    en: beyond.join(" or "),
    "zh-CN": beyond.map((s) => sensitivityNames[s]).join("或"),
  };
  const fix = cmkSource.check.customerManagedKeyFix ?? cmkSource.check.fix;
  if (cmk.result === "unknown")
    return [
      {
        urn: resource.urn,
        message: "encryption.cmk-unknown",
        params: { ...base, sensitivity, field: cmk.unknownPaths.join(", "), fix },
        dependsOnUnknown: true,
      },
    ];
  const how: Bilingual = cmkSource.by ?? {
    en: check.defaultEncryption
      ? `the provider's default encryption: ${check.defaultEncryption.en}`
      : "the provider's default encryption",
    "zh-CN": check.defaultEncryption
      ? `云厂商默认加密（${check.defaultEncryption["zh-CN"]}）`
      : "云厂商默认加密",
  };
  return [
    {
      urn: resource.urn,
      message: "encryption.default-key-only",
      params: {
        ...base,
        sensitivity,
        how,
        suffices: suffices.length > 0 ? `[${suffices.join(", ")}]` : "[]",
        fix,
      },
      dependsOnUnknown: false,
    },
  ];
}

/**
 * A tagged resource of a type the catalog does not model: its encryption cannot be judged, which
 * is reported (at the `onUnknown` level, like any decision pipl-guard cannot make) rather than
 * passed. A computed tag map is left to the residency check, which reports it for every type.
 */
function unmodelledType(resource: AnalyzedResource, context: EvaluationContext): PolicyFinding[] {
  const reading = readResourceCategories(resource, context);
  if (reading.state !== "tagged") return [];
  if (!requiresEncryption(reading, context.options, context.taxonomy)) return [];
  return [
    {
      urn: resource.urn,
      message: "encryption.unmodelled",
      params: {
        resource: describeResource(resource, undefined),
        categories: describeCategories(reading),
        tag: reading.field,
        type: `\`${resource.type}\``,
        example: `\`{ type: "${resource.type}", label: { en, "zh-CN" }, store: { encryption: { anyOf: [[{ path, equals }]], fix } } }\``,
      },
      dependsOnUnknown: true,
    },
  ];
}

/** Shared front part: is it a store, is it tagged, must it be encrypted. */
function tagged(
  resource: AnalyzedResource,
  context: EvaluationContext,
):
  | {
      spec: ResourceTypeSpec & { store: NonNullable<ResourceTypeSpec["store"]> };
      reading: CategoryReading;
    }
  | undefined {
  const spec = context.resources.get(resource.type);
  if (!spec?.store) return undefined;
  const reading = readResourceCategories(resource, context);
  return {
    spec: spec as ResourceTypeSpec & { store: NonNullable<ResourceTypeSpec["store"]> },
    reading,
  };
}

/**
 * Resource phase of `pi-store-encrypted-at-rest`: stores whose encryption can only be set on the
 * resource itself. Types that a separate resource can encrypt (S3
 * `BucketServerSideEncryptionConfiguration`, OSS `BucketServerSideEncryption`, Azure SQL TDE,
 * Tencent TDE resources) are judged whole by {@link checkStackEncryption}, because the attachment
 * is invisible to a single-resource check and judging them twice would duplicate violations.
 */
export function checkResourceEncryption(
  resource: AnalyzedResource,
  context: EvaluationContext,
): PolicyFinding[] {
  if (context.resources.attachmentsFor(resource.type).length > 0) return [];
  // Engine bookkeeping (`pulumi:providers:*`, stacks) is not a cloud resource.
  if (!context.resources.get(resource.type) && !resource.type.startsWith("pulumi:"))
    return unmodelledType(resource, context);
  const found = tagged(resource, context);
  if (!found || found.reading.state === "untagged") return [];
  const { spec, reading } = found;
  if (reading.state === "unknown-tags") {
    const inline = inlineOutcome(resource.props, spec.store.encryption);
    return inline.result === "yes" ? [] : [unknownTagsFinding(resource, spec, reading.field)];
  }
  if (!requiresEncryption(reading, context.options, context.taxonomy)) return [];
  return judge(resource, spec, reading, context, undefined);
}

/**
 * Stack phase of `pi-store-encrypted-at-rest`: tagged stores of types that a separate resource can
 * encrypt, joined with those resources (dependencies first, known names/ids second).
 */
export function checkStackEncryption(
  resources: readonly AnalyzedResource[],
  context: EvaluationContext,
): PolicyFinding[] {
  const index = createResourceIndex(resources);
  const attachmentTypes = new Set(
    context.resources.specs.filter((s) => s.encryptionAttachment).map((s) => s.type),
  );
  const attachedTo = new Map<string, { resource: AnalyzedResource; spec: ResourceTypeSpec }[]>();
  for (const r of resources) {
    if (!attachmentTypes.has(r.type)) continue;
    const spec = context.resources.get(r.type)!;
    const a = spec.encryptionAttachment!;
    const targets = new Set(a.targets);
    const join = joinReference(r, a.property, index, (t) => targets.has(t.type), a.targetKeys);
    for (const t of join.targets)
      attachedTo.set(t.urn, [...(attachedTo.get(t.urn) ?? []), { resource: r, spec }]);
  }
  const findings: PolicyFinding[] = [];
  for (const r of resources) {
    if (context.resources.attachmentsFor(r.type).length === 0) continue;
    const found = tagged(r, context);
    if (!found || found.reading.state === "untagged") continue;
    const { spec, reading } = found;
    const attachments = attachedTo.get(r.urn) ?? [];
    if (reading.state === "unknown-tags") {
      const inline = inlineOutcome(r.props, spec.store.encryption);
      if (inline.result !== "yes" && attachments.length === 0)
        findings.push(unknownTagsFinding(r, spec, reading.field));
      continue;
    }
    if (!requiresEncryption(reading, context.options, context.taxonomy)) continue;
    findings.push(...judge(r, spec, reading, context, attachments));
  }
  return findings;
}
