// Runs a Pulumi program in-process against Pulumi's mock monitor and captures every registration as
// the engine receives it. Plain JavaScript so that both the tests and `npm run demo` (which has no
// TypeScript loader) use this one implementation.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const pulumi = require("@pulumi/pulumi");
const { MockMonitor } = require("@pulumi/pulumi/runtime/mocks.js");

function entries(map) {
  const out = [];
  const it = map.entries();
  for (let n = it.next(); !n.done; n = it.next()) out.push(n.value);
  return out;
}

/**
 * Run a Pulumi program in preview (`preview: true`: outputs of other resources stay unknown, as
 * during `pulumi preview`) or update mode (outputs known: ids and ARNs), and capture each
 * registration in wire form — raw properties (unknown sentinels, secret envelopes), provider
 * reference, dependencies and property dependencies — with its provider attached.
 * `load` imports the program (use a fresh module instance per call).
 */
export async function runProgram(load, preview, { project = "infra", stack = "dev" } = {}) {
  const captured = [];
  const mocks = {
    newResource: (args) => {
      const id = preview ? "" : `${args.name}-id`;
      const state = { ...args.inputs };
      if (!preview) state.arn = `arn:mock:${args.type}:${args.name}`;
      return { id, state };
    },
    call: (args) => args.inputs,
  };
  class CapturingMonitor extends MockMonitor {
    async registerResource(req, cb) {
      await super.registerResource(req, (err, resp) => {
        if (!err && resp) {
          captured.push({
            type: req.getType(),
            name: req.getName(),
            urn: resp.getUrn(),
            custom: req.getCustom(),
            providerRef: req.getProvider(),
            properties: req.getObject()?.toJavaScript() ?? {},
            ...(req.getParent() ? { parent: req.getParent() } : {}),
            dependencies: req.getDependenciesList(),
            propertyDependencies: Object.fromEntries(
              entries(req.getPropertydependenciesMap()).map(([k, v]) => [k, v.getUrnsList()]),
            ),
          });
        }
        cb(err, resp);
      });
    }
  }
  pulumi.runtime.setMockOptions(new CapturingMonitor(mocks), project, stack, preview);
  // The CLI's language host asks the monitor for its features before the program runs; without it
  // the SDK would send secrets unwrapped, unlike a real deployment.
  await pulumi.runtime.awaitFeatureSupport();
  await load();
  await pulumi.runtime.waitForRPCs();
  // Attach each resource's provider (by the URN half of its `urn::id` reference) as the engine does.
  const providers = new Map(
    captured.filter((r) => r.type.startsWith("pulumi:providers:")).map((p) => [p.urn, p]),
  );
  for (const r of captured) {
    const p = providers.get(r.providerRef.split("::").slice(0, -1).join("::"));
    if (p) r.provider = { type: p.type, urn: p.urn, name: p.name, properties: p.properties ?? {} };
  }
  return captured;
}
