// Bundles the compiled policy pack (dist/policies/pack.js, from tsc) into one CommonJS file,
// dist/policies/pack.cjs, the `main` of policies/package.json that run-policy-pack requires.
//
// Why: the engine waits for the pack's port line on every preview/up. Stock @pulumi/policy requires
// the @pulumi/pulumi index only for `asset` and `Output` (deserialize.js), and that index loads the
// Automation API (execa, @npmcli/arborist...), a large part of the pack's start-up
// (docs/performance.md). The bundle gives @pulumi/policy a stand-in for that index that loads
// `@pulumi/pulumi/asset` and `@pulumi/pulumi/output` only (any other member falls back to the full
// index, so a newer @pulumi/policy still works, just slower), and one file instead of many ESM/CJS
// modules. Why the pack ships precompiled at all: analyzers/typescript/README.md.
//
// Kept external, so the pack shares the runner's instances (the engine's runtime settings, the
// google-protobuf classes @pulumi/policy checks with instanceof, one gRPC library): every
// @pulumi/pulumi module, @grpc/grpc-js and google-protobuf. Everything else (our code, zod,
// @pulumi/policy) is inlined; re2js stays a lazy require from node_modules (only a config with
// field patterns loads it).
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entry = path.join(root, "dist/policies/pack.js");
const outfile = path.join(root, "dist/policies/pack.cjs");

const pulumiSubset = `
let full;
const sdk = () => (full ??= require("@pulumi/pulumi"));
module.exports = new Proxy(
  {},
  {
    get(_, key) {
      if (key === "asset") return require("@pulumi/pulumi/asset");
      if (key === "Output") return require("@pulumi/pulumi/output").Output;
      return sdk()[key];
    },
    has: (_, key) => key === "asset" || key === "Output" || key in sdk(),
  },
);
`;

/*
 * Secrets: stock @pulumi/policy deserializes Analyze and AnalyzeStack properties with
 * `proxySecrets: false`, which strips the secret envelopes, so a policy cannot know which values
 * it must not print. The bundle passes `true` there: secret values arrive as the SDK's `Secret`
 * objects, which analyzers/resources/property-value.ts unwraps and marks. Three call sites in
 * @pulumi/policy 1.21 (resource, stack resource, provider); any other count fails the build
 * rather than silently print secrets.
 *
 * Once per request: the SDK deserializes every resource (and its provider) again for each policy,
 * which on a 10,000-resource AnalyzeStack was most of the pack's time and garbage
 * (docs/performance.md). The same call sites deserialize each protobuf Struct once, each
 * resource's provider, options and property dependencies are built once, and AnalyzeStack builds
 * its resource objects once per request, so every policy gets the same objects; pipl-guard's
 * policies only read them.
 */
const keepSecretsPattern =
  /deserialize_1\.deserializeProperties\((\w+)\.getProperties\(\), false\)/g;
const deserializeOnce = `
const __piplDeserialized = new WeakMap();
function __piplDeserializeOnce(struct) {
  if (struct === null || typeof struct !== "object") return deserialize_1.deserializeProperties(struct, true);
  let value = __piplDeserialized.get(struct);
  if (value === undefined) {
    value = deserialize_1.deserializeProperties(struct, true);
    __piplDeserialized.set(struct, value);
  }
  return value;
}
`;
/** The SDK's per-resource helpers, each built once per protobuf resource (keyed by it). */
const perResource = ["getProviderResource", "getResourceOptions", "getPropertyDependencies"];
const oncePerResource = perResource
  .map(
    (name) => `
const __pipl_${name} = new WeakMap();
function ${name}(r) {
  if (!__pipl_${name}.has(r)) __pipl_${name}.set(r, __piplOriginal_${name}(r));
  return __pipl_${name}.get(r);
}
`,
  )
  .join("");
const keepSecrets = {
  name: "keep-secrets",
  setup(b) {
    b.onLoad({ filter: /[\\/]@pulumi[\\/]policy[\\/]server\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const count = source.match(keepSecretsPattern)?.length ?? 0;
      if (count !== 3)
        return {
          errors: [
            {
              text: `keep-secrets: expected 3 deserialize_1.deserializeProperties(..., false) calls in @pulumi/policy/server.js, found ${count}; update policies/bundle-pack.mjs`,
            },
          ],
        };
      const missing = perResource.filter((name) => !source.includes(`function ${name}(r) {`));
      if (missing.length > 0)
        return {
          errors: [
            {
              text: `deserialize-once: no ${missing.join(", ")}(r) in @pulumi/policy/server.js; update policies/bundle-pack.mjs`,
            },
          ],
        };
      let contents = source.replace(
        keepSecretsPattern,
        "__piplDeserializeOnce($1.getProperties())",
      );
      for (const name of perResource)
        contents = contents.replace(
          `function ${name}(r) {`,
          `function __piplOriginal_${name}(r) {`,
        );
      // The stack's resource objects, built once per request (keyed by the request's resource
      // list, one array per request) instead of once per stack policy.
      const buildStart = "const intermediates = [];";
      const buildEnd = "const args = {\n                            resources: intermediates.map(";
      if (contents.split(buildStart).length !== 2 || contents.split(buildEnd).length !== 2)
        return {
          errors: [
            {
              text: "stack-once: expected one intermediates build in @pulumi/policy/server.js's analyzeStack; update policies/bundle-pack.mjs",
            },
          ],
        };
      contents = contents
        .replace(
          buildStart,
          "let intermediates = __piplStacks.get(resources);\nif (intermediates === undefined) {\nintermediates = [];",
        )
        .replace(buildEnd, `__piplStacks.set(resources, intermediates);\n}\n${buildEnd}`);
      return {
        contents:
          contents + deserializeOnce + oncePerResource + "\nconst __piplStacks = new WeakMap();\n",
        loader: "js",
      };
    });
  },
};

/** Resolve @pulumi/policy's bare `@pulumi/pulumi` to the subset; leave every other one external. */
const pulumiIndexSubset = {
  name: "pulumi-index-subset",
  setup(b) {
    b.onResolve({ filter: /^@pulumi\/pulumi$/ }, (args) =>
      /[\\/]node_modules[\\/]@pulumi[\\/]policy[\\/]/.test(args.importer)
        ? { path: "pulumi-index-subset", namespace: "pipl-guard" }
        : { path: args.path, external: true },
    );
    b.onLoad({ filter: /.*/, namespace: "pipl-guard" }, () => ({
      contents: pulumiSubset,
      loader: "js",
      resolveDir: root,
    }));
  },
};

const result = await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["@pulumi/pulumi/*", "@grpc/grpc-js", "google-protobuf", "google-protobuf/*"],
  plugins: [pulumiIndexSubset, keepSecrets],
  // Lazy requires through createRequire(import.meta.url) (re2js in taxonomy/user-pattern.ts).
  define: { "import.meta.url": "__piplImportMetaUrl" },
  banner: {
    js: '"use strict";\nconst __piplImportMetaUrl = require("node:url").pathToFileURL(__filename).href;',
  },
  // run-policy-pack registers source-map-support: stack traces point at the TypeScript sources.
  sourcemap: true,
  sourcesContent: false,
  logLevel: "warning",
});
// A warning (an `import.meta` field other than `url`, a require esbuild cannot follow...) would make
// the bundle behave unlike tsc's output: fail the build instead.
if (result.errors.length > 0 || result.warnings.length > 0) {
  console.error(
    "bundle-pack: esbuild reported the warnings above; no dist/policies/pack.cjs written.",
  );
  rmSync(outfile, { force: true });
  rmSync(`${outfile}.map`, { force: true });
  process.exit(1);
}
