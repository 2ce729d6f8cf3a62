import type {
  PolicyResource,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseScanArgs } from "../../analyzers/cli/parse-scan-args.js";
import { UsageError } from "../../analyzers/cli/usage-error.js";
import { usageText } from "../../analyzers/cli/usage-text.js";
import { locales } from "../../analyzers/messages/locale.js";
import { missingTranslations } from "../../analyzers/messages/missing-translations.js";
import { policyRecords } from "../../analyzers/policies/index.js";
import { policyMessages } from "../../analyzers/policies/policy-messages.js";
import { scanMessages } from "../../analyzers/messages/scan-messages.js";
import type { AnalyzedResource } from "../../analyzers/resources/analyzed-resource.js";
import { defaultResourceCatalog } from "../../analyzers/resources/resource-catalog.js";
import { readBaselineFile } from "../../analyzers/scan/baseline-file.js";
import { buildProject } from "../../analyzers/scan/build-project.js";
import { ScanMessageError } from "../../analyzers/scan/scan-message-error.js";
import { piplPolicies } from "../../policies/index.js";
import { awsCn, resource } from "../policies/support/evaluate.js";
import { alwaysEncryptedCases, storeCases } from "../policies/support/store-cases.js";
import { englishRuns } from "./support/english-runs.js";
import { thrownBy } from "../support/thrown-by.js";

/** Every module of analyzers/messages, so a catalogue added there is checked without listing it. */
const messagesDir = fileURLToPath(new URL("../../analyzers/messages/", import.meta.url));
const modules: [string, Record<string, unknown>][] = await Promise.all(
  readdirSync(messagesDir)
    .filter((f) => f.endsWith(".ts"))
    .map(async (f) => [f, (await import(path.join(messagesDir, f))) as Record<string, unknown>]),
);

type Catalog = Record<string, Record<string, string>>;
/** An exported object whose every entry has an `en` string: a message catalogue. */
function isCatalog(value: unknown): value is Catalog {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const entries = Object.values(value);
  return (
    entries.length > 0 &&
    entries.every(
      (e: unknown) =>
        e !== null && typeof e === "object" && typeof (e as { en?: unknown }).en === "string",
    )
  );
}
const catalogs = [
  ...modules.flatMap(([file, exports]) =>
    Object.entries(exports)
      .filter(([, value]) => isCatalog(value))
      .map(([name, value]) => [`${file}: ${name}`, value as Catalog] as const),
  ),
  // Each policy's texts live in its record (analyzers/policies/).
  ...policyRecords.flatMap((r) => [
    [`policy ${r.id}: messages`, r.messages as Catalog] as const,
    [
      `policy ${r.id}: description and remediation`,
      { description: r.description, remediation: r.remediation } as Catalog,
    ] as const,
  ]),
];

describe("message catalogues", () => {
  it("finds the catalogues of analyzers/messages and the policy records", () => {
    expect(catalogs.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        "cli-messages.ts: cliMessages",
        "config-messages.ts: configMessages",
        "finding-messages.ts: findingMessages",
        "policy-option-descriptions.ts: policyOptionDescriptions",
        "policy pi-store-encrypted-at-rest: messages",
        "policy pi-store-encrypted-at-rest: description and remediation",
        "scan-messages.ts: scanMessages",
      ]),
    );
  });

  for (const [name, catalog] of catalogs) {
    it(`${name}: every id has en and zh-CN with the same placeholders`, () => {
      expect(missingTranslations(catalog)).toEqual([]);
      for (const message of Object.values(catalog))
        expect(Object.keys(message).sort()).toEqual([...locales].sort());
    });

    it(`${name}: no zh-CN text keeps an English sentence`, () => {
      const leaks = Object.entries(catalog).flatMap(([id, m]) =>
        englishRuns(m["zh-CN"]!.replace(/\{\w+\}/g, " ")).map((run) => `${id}: ${run}`),
      );
      expect(leaks).toEqual([]);
    });
  }
});

describe("englishRuns", () => {
  it("finds an English sentence fragment and ignores code, quotes, ids and product names", () => {
    expect(englishRuns("修复：set `kmsKeyId` to a literal value")).toEqual(["to a literal value"]);
    // Two words are enough to be a fragment; a command name is not one.
    expect(englishRuns("请设置 the key 属性")).toEqual(["the key"]);
    expect(englishRuns("用法：pipl-guard scan [paths...]")).toEqual([]);
    expect(englishRuns("AWS RDS 实例 `x` a b")).toEqual([]);
    // What the zh-CN residency fix for Google Cloud said before it was translated.
    expect(englishRuns("修复：a mainland-China provider (gcp has no mainland region)")).toEqual([
      "a mainland-China provider",
      "gcp has no mainland region",
    ]);
    expect(englishRuns("“example-bucket”（AWS S3 存储桶，aws:s3/bucket:Bucket）")).toEqual([]);
    expect(englishRuns("Google Cloud Storage 存储桶 identity.resident-id cn-north-1")).toEqual([]);
    expect(englishRuns("来自 `stack config aws:region` 的值")).toEqual([]);
  });
});

// ---- Every policy violation, through the real policies, in zh-CN ----

const unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
type Violation = { policy: string; message: string };

/** Runs the four policies as the SDK calls them (raw props, no proxy) and collects what they report. */
function violations(
  resources: AnalyzedResource[],
  engineConfig: object = {},
  stackConfig: Record<string, string> = {},
): Violation[] {
  const policies = piplPolicies({
    locale: "zh-CN",
    env: { PULUMI_CONFIG: JSON.stringify(stackConfig) },
  });
  const out: Violation[] = [];
  const toPolicy = new Map<AnalyzedResource, PolicyResource>();
  for (const r of resources)
    toPolicy.set(r, {
      type: r.type,
      urn: r.urn,
      name: r.name,
      props: r.props,
      opts: {},
      ...(r.provider ? { provider: r.provider } : {}),
      dependencies: [],
      propertyDependencies: {},
      isType: () => false,
      asType: () => undefined,
    } as unknown as PolicyResource);
  for (const [r, p] of toPolicy) {
    p.dependencies.push(...(r.dependencies ?? []).map((d) => toPolicy.get(d)!));
    for (const [k, deps] of Object.entries(r.propertyDependencies ?? {}))
      p.propertyDependencies[k] = deps.map((d) => toPolicy.get(d)!);
  }
  for (const policy of policies) {
    const report =
      (name: string) =>
      (v: string | { message: string }): void => {
        out.push({ policy: name, message: typeof v === "string" ? v : v.message });
      };
    const rv = (policy as ResourceValidationPolicy).validateResource;
    if (typeof rv === "function")
      for (const p of toPolicy.values())
        void rv(
          { ...p, getConfig: () => engineConfig } as unknown as ResourceValidationArgs,
          report(policy.name) as never,
        );
    const sv = (policy as StackValidationPolicy).validateStack;
    if (typeof sv === "function")
      void sv(
        { resources: [...toPolicy.values()], getConfig: () => engineConfig } as StackValidationArgs,
        report(policy.name) as never,
      );
  }
  return out;
}

const hongKong = {
  type: "pulumi:providers:alicloud",
  urn: "urn:pulumi:dev::infra::pulumi:providers:alicloud::hk",
  name: "hk",
  props: { region: "cn-hongkong" },
};
const tagged = { tags: { pipl: "resident-id" } };

/** Stacks that together raise every policy message, plus every store type broken and unkeyed. */
const stacks: { name: string; run: () => Violation[] }[] = [
  ...storeCases.flatMap((c) => [
    ...c.broken.map((b) => ({ name: `${c.type}: ${b.name}`, run: () => violations(b.stack()) })),
    // Stores whose encryption is itself a key of yours (Huawei EVS `kmsId`) have no separate key fix.
    ...(defaultResourceCatalog.get(c.type)?.store?.encryption.customerManagedKeyFix
      ? [
          {
            name: `${c.type}: no customer-managed key`,
            run: () =>
              violations(c.happy(), { requireCustomerManagedKey: ["general", "sensitive"] }),
          },
        ]
      : []),
  ]),
  ...alwaysEncryptedCases.map((c) => ({
    name: `${c.type}: no customer-managed key`,
    run: () => {
      const key = c.key ?? "tags";
      const tags =
        key === "settings.userLabels"
          ? { settings: { userLabels: { pipl: "resident-id" } } }
          : { [key]: { pipl: "resident-id" } };
      return violations([resource(c.type, tags, { provider: awsCn })], {
        requireCustomerManagedKey: ["sensitive"],
      });
    },
  })),
  {
    name: "computed encryption flag and key",
    run: () =>
      violations(
        [
          resource("aws:rds/instance:Instance", { ...tagged, storageEncrypted: unknown }),
          resource("azure-native:storage:StorageAccount", {
            ...tagged,
            location: "chinaeast2",
            encryption: { keySource: unknown },
          }),
        ].map((r) => ({ ...r, provider: awsCn })),
        { requireCustomerManagedKey: ["sensitive"] },
      ),
  },
  {
    name: "a type the pack does not model",
    run: () => violations([resource("acme:db/table:Table", tagged, { provider: awsCn })]),
  },
  {
    name: "regions outside, computed and undetermined",
    run: () =>
      violations([
        resource("alicloud:oss/bucket:Bucket", tagged, { provider: hongKong }),
        resource("aws:ebs/volume:Volume", tagged, {
          provider: { ...awsCn, props: { region: unknown } },
        }),
        resource("alicloud:rds/instance:Instance", tagged),
        resource("acme:db/table:Table", tagged),
        resource("gcp:storage/bucket:Bucket", { labels: { pipl: "resident-id" } }),
      ]),
  },
  {
    name: "replication outside, computed and undetermined",
    run: () =>
      violations(
        [
          resource("aws:dynamodb/table:Table", {
            ...tagged,
            serverSideEncryption: { enabled: true },
            replicas: [{ regionName: "us-east-1" }, { regionName: unknown }],
          }),
          resource("aws:s3/bucketV2:BucketV2", {
            ...tagged,
            replicationConfiguration: { rules: [{ destination: { bucket: "somewhere" } }] },
          }),
        ].map((r) => ({ ...r, provider: awsCn })),
      ),
  },
  {
    name: "a public store, and one whose exposure is computed",
    run: () =>
      violations(
        [
          resource("aws:rds/instance:Instance", {
            ...tagged,
            storageEncrypted: true,
            kmsKeyId: "arn:aws-cn:kms:cn-north-1:111122223333:key/1",
            publiclyAccessible: true,
          }),
          resource("aws:rds/instance:Instance", {
            ...tagged,
            storageEncrypted: true,
            kmsKeyId: "arn:aws-cn:kms:cn-north-1:111122223333:key/2",
            publiclyAccessible: unknown,
          }),
        ].map((r) => ({ ...r, provider: awsCn })),
      ),
  },
  {
    name: "an open whitelist, public grants and a snapshot shared with every account",
    run: () =>
      violations([
        resource(
          "alicloud:rds/instance:Instance",
          { ...tagged, tdeStatus: "Enabled", securityIps: ["10.0.0.1", "0.0.0.0/0"] },
          { provider: { ...hongKong, name: "hz", props: { region: "cn-hangzhou" } } },
        ),
        ...[
          resource("aws:rds/instance:Instance", {
            ...tagged,
            identifier: "kyc",
            storageEncrypted: true,
            kmsKeyId: "arn:aws-cn:kms:cn-north-1:111122223333:key/3",
          }),
          resource("aws:rds/snapshot:Snapshot", {
            dbInstanceIdentifier: "kyc",
            sharedAccounts: ["all"],
          }),
          resource("aws:s3/bucketV2:BucketV2", { ...tagged, bucket: "ids" }),
          resource("aws:s3/bucketAclV2:BucketAclV2", {
            bucket: "ids",
            accessControlPolicy: {
              grants: [{ grantee: { uri: "http://acs.amazonaws.com/groups/global/AllUsers" } }],
            },
          }),
        ].map((r) => ({ ...r, provider: awsCn })),
        resource("gcp:storage/bucket:Bucket", {
          name: "faces",
          location: "asia-east2",
          labels: { pipl: "face" },
        }),
        resource("gcp:storage/bucketIAMMember:BucketIAMMember", {
          bucket: "faces",
          member: "allUsers",
        }),
      ]),
  },
  {
    name: "a log group kept longer than the maximum",
    run: () =>
      violations(
        [
          resource("aws:cloudwatch/logGroup:LogGroup", {
            ...tagged,
            retentionInDays: 400,
          }),
        ].map((r) => ({ ...r, provider: awsCn })),
        { maxRetentionDays: { sensitive: 30 } },
      ),
  },
  {
    name: "a secret tag naming no category",
    run: () =>
      violations(
        [
          resource("aws:ebs/volume:Volume", {
            encrypted: true,
            tags: {
              pipl: {
                "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
                value: "resident-idd",
              },
            },
          }),
        ].map((r) => ({ ...r, provider: awsCn })),
      ),
  },
  {
    name: "invalid, empty and computed tags",
    run: () =>
      violations(
        [
          resource("aws:ebs/volume:Volume", { encrypted: true, tags: { pipl: "resident-idd" } }),
          resource("aws:ebs/volume:Volume", { encrypted: true, tags: { pipl: "zzzzqqq" } }),
          resource("aws:ebs/volume:Volume", { encrypted: true, tags: { pipl: "" } }),
          resource("aws:ebs/volume:Volume", { encrypted: true, tags: { pipl: unknown } }),
          resource("aws:ebs/volume:Volume", { tags: unknown }),
        ].map((r) => ({ ...r, provider: awsCn })),
      ),
  },
];

describe("policy violations in zh-CN", () => {
  const all: Violation[] = [];
  for (const stack of stacks) {
    it(`${stack.name}: no English sentence in the Chinese text`, () => {
      const found = stack.run();
      expect(found.length).toBeGreaterThan(0);
      all.push(...found);
      for (const v of found) {
        const zh = v.message.split("\n")[0]!;
        expect(zh).toMatch(/[\u4e00-\u9fff]/);
        expect(englishRuns(zh), zh).toEqual([]);
        expect(zh).not.toMatch(/\{\w+\}/);
      }
    });
  }

  it("words every exposure fix of the catalog in Chinese", () => {
    const fixes = all
      .filter((v) => v.policy === "pi-store-not-public")
      .map((v) => v.message.split("\n")[0]!.split("修复：").at(-1)!);
    // The whitelist, the grants, the shared snapshot and the IAM member are each reported.
    expect(fixes).toEqual(
      expect.arrayContaining([
        expect.stringContaining("只包含应用自身的地址"),
        expect.stringContaining("只授权给指定的账号"),
        expect.stringContaining("只列出需要它的账号 ID"),
        expect.stringContaining("IAM 成员只列出需要访问的主体"),
      ]),
    );
  });

  it("covers every policy message", () => {
    // The longest fixed part of each zh-CN template shows that the message was rendered.
    const missing = Object.entries(policyMessages)
      .filter(([, m]) => {
        const fixed = m["zh-CN"].split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0]!;
        return !all.some((v) => v.message.includes(fixed));
      })
      .map(([id]) => id);
    expect(missing).toEqual([]);
  });

  it("covers every store type of the catalog", () => {
    const stores = defaultResourceCatalog.specs.filter((s) => s.store).map((s) => s.type);
    expect(stores.filter((t) => !all.some((v) => v.message.includes(t)))).toEqual([]);
  });
});

describe("policy metadata in zh-CN", () => {
  it("gives every policy's remediation steps in Chinese first, then English", () => {
    for (const policy of piplPolicies({ locale: "zh-CN" })) {
      const [zh, en] = policy.remediationSteps!.split("\n");
      expect(zh, policy.name).toMatch(/[\u4e00-\u9fff]/);
      expect(englishRuns(zh!), policy.name).toEqual([]);
      expect(englishRuns(en!).length, policy.name).toBeGreaterThan(0);
    }
  });

  it("describes every policy and its options in Chinese only", () => {
    for (const policy of piplPolicies({ locale: "zh-CN" })) {
      expect(policy.description, policy.name).toMatch(/[\u4e00-\u9fff]/);
      expect(englishRuns(policy.description), policy.name).toEqual([]);
      for (const [option, schema] of Object.entries(policy.configSchema?.properties ?? {})) {
        const text = typeof schema === "object" ? schema.description : undefined;
        expect(text, `${policy.name}.${option}`).toMatch(/[\u4e00-\u9fff]/);
        expect(englishRuns(text!), `${policy.name}.${option}`).toEqual([]);
      }
    }
  });
});

describe("policy option errors in zh-CN", () => {
  it.each([
    [{ encryptCategories: ["biometrics.face"] }, "encryptCategories[0]"],
    [{ onUnknown: "sometimes" }, "onUnknown"],
  ])("words %j in Chinese, naming the option", (policies, at) => {
    const error = thrownBy(() =>
      piplPolicies({ locale: "zh-CN", policies: policies as never, env: {} }),
    );
    const zh = (error as Error).message;
    expect(zh).toContain(`：${at}：`);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(englishRuns(zh), zh).toEqual([]);
  });

  it.each([
    [
      { resourceTypes: [{ type: "not a token", label: { en: "x", "zh-CN": "x" } }] },
      "resourceTypes[0].type",
    ],
    [
      { resourceTypes: [{ type: "acme:db/table:Table", label: { en: "x" } }] },
      "resourceTypes[0].label.zh-CN",
    ],
    [{ regions: [{ provider: "newcloud", mainland: ["x"] }] }, "regions[0].providerType"],
  ])("words a malformed catalogue entry %j in Chinese, naming its path", (config, at) => {
    const error = thrownBy(() => piplPolicies({ locale: "zh-CN", ...(config as object), env: {} }));
    const zh = (error as Error).message;
    expect(zh).toContain(`：${at}：`);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(englishRuns(zh), zh).toEqual([]);
  });
});

describe("CLI usage errors in zh-CN", () => {
  it.each([
    [["scan", "--formt"]],
    [["scan", "--output"]],
    [["scan", "--help=1"]],
    [["scan", "--format", "xml"]],
    [["scan", "--locale", "fr"]],
    [["scan", "--update-baseline"]],
    [["scan", "--output", ""]],
    [["lint"]],
    [[]],
  ])("%j", (argv) => {
    const error = thrownBy(() => parseScanArgs(argv));
    expect(error).toBeInstanceOf(UsageError);
    const zh = (error as UsageError).format("zh-CN");
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(englishRuns(zh)).toEqual([]);
  });

  it("has a Chinese --help without English sentences", () => {
    expect(englishRuns(usageText("zh-CN"))).toEqual([]);
    expect(englishRuns(usageText("en")).length).toBeGreaterThan(0);
  });
});

describe("scan input and baseline errors in zh-CN", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pipl-scan-errors-"));
  const write = (name: string, content: string): string => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  };
  write("bad-target/tsconfig.json", '{ "compilerOptions": { "target": "es1999" } }');
  write("only-types/tsconfig.json", '{ "include": ["*.ts"] }');
  write("only-types/types.d.ts", "export type Id = string;\n");
  write("notes.txt", "not code\n");
  mkdirSync(path.join(dir, "empty"), { recursive: true });
  const entry = { ruleId: "r", category: "c", file: "f", fieldPath: "p", sink: "s" };
  const baseline = (name: string, json: unknown): string =>
    write(`${name}.json`, typeof json === "string" ? json : JSON.stringify(json));

  /** Each scanner input error, from the call that raises it; `quoted` is third-party text in it. */
  const cases: { name: string; raise: () => unknown; quoted?: RegExp }[] = [
    {
      name: "a tsconfig TypeScript rejects",
      raise: () => buildProject({ cwd: path.join(dir, "bad-target"), paths: [] }),
      // TypeScript's diagnostic, quoted as the compiler words it.
      quoted: /：.*$/s,
    },
    { name: "a missing path", raise: () => buildProject({ cwd: dir, paths: ["nope.ts"] }) },
    {
      name: "a path that is not code",
      raise: () => buildProject({ cwd: dir, paths: ["notes.txt"] }),
    },
    {
      name: "a tsconfig without source files",
      raise: () => buildProject({ cwd: path.join(dir, "only-types"), paths: [] }),
    },
    {
      name: "a tsconfig and paths without source files",
      raise: () =>
        buildProject({ cwd: dir, paths: ["empty"], project: "only-types/tsconfig.json" }),
    },
    {
      name: "paths without source files",
      raise: () => buildProject({ cwd: dir, paths: ["empty"] }),
    },
    {
      name: "a missing --project",
      raise: () => buildProject({ cwd: dir, paths: [], project: "missing/tsconfig.json" }),
    },
    {
      name: "no tsconfig.json",
      raise: () => buildProject({ cwd: path.join(dir, "empty"), paths: [] }),
    },
    { name: "a missing baseline", raise: () => readBaselineFile(path.join(dir, "none.json")) },
    {
      name: "a baseline that is not JSON",
      raise: () => readBaselineFile(baseline("broken", "{")),
      // The JSON parser's detail, quoted as the runtime words it.
      quoted: /（.*）/,
    },
    {
      name: "a baseline of another version",
      raise: () =>
        readBaselineFile(baseline("v2", { version: 2, tool: "pipl-guard", entries: [] })),
    },
    {
      name: "a baseline with an unknown key",
      raise: () =>
        readBaselineFile(
          baseline("extra", { version: 1, tool: "pipl-guard", entries: [], extra: true }),
        ),
    },
    {
      name: "a baseline without entries",
      raise: () => readBaselineFile(baseline("no-entries", { version: 1, tool: "pipl-guard" })),
    },
    {
      name: "a baseline that is an array",
      raise: () => readBaselineFile(baseline("array", [])),
    },
    {
      name: "a baseline entry with a bad fingerprint",
      raise: () =>
        readBaselineFile(
          baseline("fingerprint", {
            version: 1,
            tool: "pipl-guard",
            entries: [{ fingerprint: "x", ...entry }],
          }),
        ),
    },
  ];

  const rendered: string[] = [];
  for (const c of cases)
    it(`${c.name}: words the error in Chinese without an English sentence`, () => {
      const error = thrownBy(() => c.raise());
      expect(error).toBeInstanceOf(ScanMessageError);
      const zh = (error as ScanMessageError).format("zh-CN");
      rendered.push(zh);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(zh).not.toMatch(/\{\w+\}/);
      expect(englishRuns(c.quoted ? zh.replace(c.quoted, " ") : zh), zh).toEqual([]);
      // `message` stays English (logs, tests); only format(locale) translates.
      expect((error as Error).message).not.toMatch(/[\u4e00-\u9fff]/);
      expect((error as Error).message).not.toBe(zh);
    });

  it("covers every scanner input message", () => {
    const missing = Object.entries(scanMessages)
      .filter(([, m]) => {
        const fixed = m["zh-CN"].split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0]!;
        return !rendered.some((r) => r.includes(fixed));
      })
      .map(([id]) => id);
    expect(missing).toEqual([]);
  });
});
