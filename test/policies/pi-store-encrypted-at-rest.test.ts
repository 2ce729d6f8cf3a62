import { describe, expect, it } from "vitest";
import {
  createResourceCatalog,
  defaultResourceCatalog,
} from "../../analyzers/resources/resource-catalog.js";
import type { AnalyzedResource } from "../../analyzers/resources/analyzed-resource.js";
import type { PolicyFinding } from "../../analyzers/resources/policy-finding.js";
import { renderFinding } from "../../policies/render-finding.js";
import { awsCn, encryptionFindings, resource, testContext } from "./support/evaluate.js";
import { alwaysEncryptedCases, storeCases } from "./support/store-cases.js";
import { secret } from "./support/pack-values.js";

const unknownString = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const unknownBool = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";

describe("pi-store-encrypted-at-rest: every store type", () => {
  it("has a happy-path case for every store type in the catalog", () => {
    const covered = new Set([
      ...storeCases.map((c) => c.type),
      ...alwaysEncryptedCases.map((c) => c.type),
    ]);
    const stores = defaultResourceCatalog.specs.filter((s) => s.store).map((s) => s.type);
    expect(stores.filter((t) => !covered.has(t))).toEqual([]);
  });

  for (const c of storeCases) {
    describe(c.type, () => {
      it("passes the happy path", () => {
        expect(encryptionFindings(c.happy()).map((f) => renderFinding(f))).toEqual([]);
      });
      for (const b of c.broken) {
        it(`reports ${b.name}`, () => {
          const findings = encryptionFindings(b.stack());
          expect(findings).toHaveLength(1);
          const f = findings[0]!;
          expect(f.message).toBe(b.message ?? "encryption.missing");
          expect(f.dependsOnUnknown).toBe(false);
          const text = renderFinding(f);
          expect(text).toContain(b.field);
          expect(text).toContain("identity.resident-id (Resident ID number, sensitive PI)");
          expect(text).toContain("居民身份证号");
          expect(text).toContain("PIPL Art. 51");
          expect(text).toContain("Fix: set ");
          expect(text).not.toMatch(/\{\w+\}/);
        });
      }
    });
  }

  for (const c of alwaysEncryptedCases) {
    describe(`${c.type} (always encrypted)`, () => {
      const tagged = (props: Record<string, unknown>) => {
        const key = c.key ?? "tags";
        const tags =
          key === "settings.userLabels"
            ? { settings: { userLabels: { pipl: "resident-id" } } }
            : { [key]: { pipl: "resident-id" } };
        return resource(c.type, { ...tags, ...props }, { provider: awsCn });
      };
      const strict = testContext({ requireCustomerManagedKey: ["sensitive"] });
      const general = (props: Record<string, unknown>) => {
        const r = tagged(props);
        return {
          ...r,
          props: JSON.parse(JSON.stringify(r.props).replace("resident-id", "mobile")),
        };
      };
      it("passes general PI on the provider's default encryption", () => {
        expect(encryptionFindings([general({})])).toEqual([]);
      });
      it("asks for a customer-managed key for sensitive PI on the default, and says so", () => {
        const [f, ...rest] = encryptionFindings([tagged({})]);
        expect(rest).toEqual([]);
        expect(f?.message).toBe("encryption.default-key-only");
        const text = renderFinding(f!);
        expect(text).toContain("encrypted at rest only by");
        expect(text).toContain("defaultEncryptionSuffices ([general])");
        expect(text).toContain(c.field);
        expect(encryptionFindings([tagged(c.cmk)])).toEqual([]);
      });
      it("passes sensitive PI on the default when defaultEncryptionSuffices includes it", () => {
        const lenient = testContext({ defaultEncryptionSuffices: ["general", "sensitive"] });
        expect(encryptionFindings([tagged({})], lenient)).toEqual([]);
      });
      it("passes with a customer-managed key when one is required", () => {
        expect(encryptionFindings([tagged(c.cmk)], strict)).toEqual([]);
      });
      it("reports a provider-managed key when requireCustomerManagedKey covers the sensitivity", () => {
        const [f, ...rest] = encryptionFindings([tagged({})], strict);
        expect(rest).toEqual([]);
        expect(f?.message).toBe("encryption.cmk-missing");
        expect(renderFinding(f!)).toContain(c.field);
      });
    });
  }
});

describe("pi-store-encrypted-at-rest: tags, options and unknowns", () => {
  const rds = (props: Record<string, unknown>) =>
    resource("aws:rds/instance:Instance", props, { provider: awsCn });

  it("ignores stores without the PI tag", () => {
    expect(encryptionFindings([rds({ storageEncrypted: false, tags: { team: "a" } })])).toEqual([]);
  });

  it("reads the tag from the AWS provider's JSON-encoded defaultTags", () => {
    const provider = {
      ...awsCn,
      props: { region: "cn-north-1", defaultTags: JSON.stringify({ tags: { pipl: "mobile" } }) },
    };
    const [f] = encryptionFindings([
      resource("aws:ebs/volume:Volume", { encrypted: false }, { provider }),
    ]);
    expect(renderFinding(f!)).toContain("provider defaultTags.tags.pipl");
  });

  it("counts a secret-wrapped tag value", () => {
    expect(encryptionFindings([rds({ tags: { pipl: secret("bank-card") } })])[0]?.params.tag).toBe(
      "tags.pipl",
    );
  });

  /** The one finding on `store`: unencrypted, naming `tag` and the categories held. */
  const expectUnencrypted = (
    findings: PolicyFinding[],
    store: AnalyzedResource,
    tag: string,
    categories: string[],
  ) => {
    expect(findings.map((f) => [f.urn, f.message, f.dependsOnUnknown])).toEqual([
      [store.urn, "encryption.missing", false],
    ]);
    expect(findings[0]!.params.tag).toBe(tag);
    const text = renderFinding(findings[0]!);
    expect(text).toContain("storageEncrypted");
    for (const category of categories) expect(text).toContain(category);
  };

  it("honours a configurable tag key", () => {
    const ctx = testContext({ tagKey: "data-class" });
    const store = rds({ tags: { "data-class": "mobile" } });
    expectUnencrypted(encryptionFindings([store], ctx), store, "tags.data-class", [
      "contact.mobile",
    ]);
    expect(encryptionFindings([rds({ tags: { pipl: "mobile" } })], ctx)).toEqual([]);
  });

  it("limits encryption to the configured categories", () => {
    const onlySensitive = testContext({ encryptCategories: ["sensitive"] });
    expect(encryptionFindings([rds({ tags: { pipl: "mobile" } })], onlySensitive)).toEqual([]);
    const mixed = rds({ tags: { pipl: "mobile,bank-card" } });
    expectUnencrypted(encryptionFindings([mixed], onlySensitive), mixed, "tags.pipl", [
      "financial.bank-card",
    ]);
    const byId = testContext({ encryptCategories: ["identity"] });
    expect(encryptionFindings([rds({ tags: { pipl: "resident-id" } })], byId)).toHaveLength(0);
    const byParent = testContext({ encryptCategories: ["identity.resident-id"] });
    const residentId = rds({ tags: { pipl: "resident-id" } });
    expectUnencrypted(encryptionFindings([residentId], byParent), residentId, "tags.pipl", [
      "identity.resident-id",
    ]);
  });

  it("treats a structurally present but computed KMS key as proof of a customer-managed key", () => {
    const strict = testContext({ requireCustomerManagedKey: ["sensitive"] });
    expect(
      encryptionFindings(
        [rds({ tags: { pipl: "resident-id" }, storageEncrypted: true, kmsKeyId: unknownString })],
        strict,
      ),
    ).toEqual([]);
  });

  it("rejects an AWS-managed alias as a customer-managed key", () => {
    const strict = testContext({ requireCustomerManagedKey: ["general"] });
    const [f] = encryptionFindings(
      [
        resource("aws:sns/topic:Topic", {
          tags: { pipl: "mobile" },
          kmsMasterKeyId: "alias/aws/sns",
        }),
      ],
      strict,
    );
    expect(f?.message).toBe("encryption.cmk-missing");
  });

  it("reports a computed encryption flag at the onUnknown level, naming the field", () => {
    const [f, ...rest] = encryptionFindings([
      rds({ tags: { pipl: "mobile" }, storageEncrypted: unknownBool }),
    ]);
    expect(rest).toEqual([]);
    expect(f?.message).toBe("encryption.unknown");
    expect(f?.dependsOnUnknown).toBe(true);
    expect(renderFinding(f!)).toContain("storageEncrypted");
  });

  it("reports a computed tags map only when the store is not encrypted anyway", () => {
    expect(encryptionFindings([rds({ tags: unknownString, storageEncrypted: true })])).toEqual([]);
    const [f] = encryptionFindings([rds({ tags: unknownString })]);
    expect(f?.message).toBe("tags.unknown-map");
    expect(f?.dependsOnUnknown).toBe(true);
  });

  it("does not treat AWS's derived tagsAll, computed in every preview, as hiding a tag", () => {
    const bucket = resource("aws:s3/bucket:Bucket", {
      tags: { team: "a" },
      tagsAll: unknownString,
    });
    expect(encryptionFindings([bucket])).toEqual([]);
  });

  it("assumes every category when the tag value is computed", () => {
    const [f] = encryptionFindings(
      [rds({ tags: { pipl: unknownString } })],
      testContext({ encryptCategories: ["sensitive"] }),
    );
    expect(f?.message).toBe("encryption.missing");
    expect(renderFinding(f!)).toContain("every category assumed");
  });

  it("joins an S3 encryption configuration by known bucket name when no dependency links them", () => {
    const bucket = resource("aws:s3/bucket:Bucket", {
      bucket: "pi-bucket-1a2b",
      tags: { pipl: "resident-id" },
    });
    const sse = resource(
      "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
      {
        bucket: "pi-bucket-1a2b",
        rules: [
          {
            applyServerSideEncryptionByDefault: {
              sseAlgorithm: "aws:kms",
              kmsMasterKeyId: "arn:aws-cn:kms:cn-north-1:111122223333:key/k",
            },
          },
        ],
      },
    );
    expect(encryptionFindings([bucket, sse])).toEqual([]);
    const other = {
      ...sse,
      urn: `${sse.urn}-2`,
      props: { ...sse.props, bucket: "someone-elses-bucket" },
    };
    const findings = encryptionFindings([bucket, other]);
    expect(findings.map((f) => [f.urn, f.message])).toEqual([
      [bucket.urn, "encryption.default-key-only"],
    ]);
    expect(renderFinding(findings[0]!)).toContain("SSE-S3");
  });

  it("passes a tagged S3 bucket of general PI without an encryption resource (SSE-S3 by default)", () => {
    const bucket = resource("aws:s3/bucketV2:BucketV2", { tags: { pipl: "mobile" } });
    expect(encryptionFindings([bucket])).toEqual([]);
  });

  it("accepts the inline S3 encryption of the legacy bucket shape", () => {
    const bucket = resource("aws:s3/bucket:Bucket", {
      tags: { pipl: "mobile" },
      serverSideEncryptionConfiguration: {
        rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } },
      },
    });
    expect(encryptionFindings([bucket])).toEqual([]);
  });
});

describe("pi-store-encrypted-at-rest: resource types the pack does not model", () => {
  const acme = (props: Record<string, unknown>) =>
    resource("acme:db/table:Table", props, { name: "kyc-archive", provider: awsCn });

  it("reports a PI-tagged resource of an unknown type at the onUnknown level, naming the type and how to teach it", () => {
    const findings = encryptionFindings([acme({ tags: { pipl: "resident-id" } })]);
    expect(findings.map((f) => [f.message, f.dependsOnUnknown])).toEqual([
      ["encryption.unmodelled", true],
    ]);
    const [en, zh] = renderFinding(findings[0]!).split("\n");
    expect(en).toContain('"kyc-archive" (acme:db/table:Table) holds personal information');
    expect(en).toContain("does not know the resource type `acme:db/table:Table`");
    expect(en).toContain("a `resourceTypes` entry in the pipl-guard config");
    expect(en).toContain('`{ type: "acme:db/table:Table", label:');
    expect(zh).toContain("不认识资源类型 `acme:db/table:Table`");
  });

  it("leaves untagged resources of unknown types, and engine bookkeeping, alone", () => {
    expect(encryptionFindings([acme({ tags: { team: "kyc" } })])).toEqual([]);
    expect(
      encryptionFindings([
        resource("pulumi:providers:acme", { tags: { pipl: "resident-id" } }, { name: "p" }),
      ]),
    ).toEqual([]);
  });

  it("follows encryptCategories for unknown types too", () => {
    const onlySensitive = testContext({ encryptCategories: ["sensitive"] });
    expect(encryptionFindings([acme({ tags: { pipl: "mobile" } })], onlySensitive)).toEqual([]);
  });

  it("judges the type like any store once the config models it", () => {
    const ctx = {
      ...testContext(),
      resources: createResourceCatalog([
        {
          type: "acme:db/table:Table",
          label: { en: "Acme table", "zh-CN": "Acme 表" },
          store: { encryption: { anyOf: [[{ path: "encrypted" }]], fix: "`encrypted: true`" } },
        },
      ]),
    };
    expect(encryptionFindings([acme({ tags: { pipl: "resident-id" } })], ctx)[0]?.message).toBe(
      "encryption.missing",
    );
    expect(
      encryptionFindings([acme({ tags: { pipl: "resident-id" }, encrypted: true })], ctx),
    ).toEqual([]);
  });
});
