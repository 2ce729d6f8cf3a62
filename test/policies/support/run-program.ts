import { createRequire } from "node:module";
import * as pulumi from "@pulumi/pulumi";
import type { HarnessResource } from "./pack-harness.mjs";

/** A resource as the program registered it, in the wire form the engine would forward. */
export interface RegisteredResource extends HarnessResource {
  custom: boolean;
  /** `urn::id` reference of the provider, as the SDK sends it. */
  providerRef: string;
}

interface WireRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getProvider(): string;
  getObject(): { toJavaScript(): Record<string, unknown> } | undefined;
  getDependenciesList(): string[];
  getPropertydependenciesMap(): {
    entries(): { next(): IteratorResult<[string, { getUrnsList(): string[] }]> };
  };
}
type Callback = (err: unknown, resp?: { getUrn(): string }) => void;

const require = createRequire(import.meta.url);
const { MockMonitor } = require("@pulumi/pulumi/runtime/mocks.js") as {
  MockMonitor: new (mocks: pulumi.runtime.Mocks) => {
    registerResource(req: WireRequest, cb: Callback): Promise<void>;
  };
};
const runtime = pulumi.runtime as unknown as {
  setMockOptions(monitor: object, project: string, stack: string, preview: boolean): void;
  waitForRPCs(): Promise<void>;
  awaitFeatureSupport(): Promise<void>;
};

function entries<V>(map: { entries(): { next(): IteratorResult<[string, V]> } }): [string, V][] {
  const out: [string, V][] = [];
  const it = map.entries();
  for (let n = it.next(); !n.done; n = it.next()) out.push(n.value);
  return out;
}

/**
 * Run a Pulumi program in-process against Pulumi's mock monitor, in preview (`preview: true`:
 * outputs of other resources stay unknown, as during `pulumi preview`) or update mode (outputs known:
 * ids and ARNs), and capture every registration as the engine receives it — raw wire properties
 * (unknown sentinels, secret envelopes), provider reference, dependencies and property dependencies.
 * `load` imports the program (use a fresh module instance per call).
 */
export async function runProgram(
  load: () => Promise<unknown>,
  preview: boolean,
): Promise<RegisteredResource[]> {
  const captured: RegisteredResource[] = [];
  const mocks: pulumi.runtime.Mocks = {
    newResource: (args) => {
      const id = preview ? "" : `${args.name}-id`;
      const state: Record<string, unknown> = { ...args.inputs };
      if (!preview) state.arn = `arn:mock:${args.type}:${args.name}`;
      return { id, state };
    },
    call: (args) => args.inputs,
  };
  class CapturingMonitor extends MockMonitor {
    override async registerResource(req: WireRequest, cb: Callback): Promise<void> {
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
  runtime.setMockOptions(new CapturingMonitor(mocks), "infra", "dev", preview);
  // The CLI's language host asks the monitor for its features before the program runs; without it
  // the SDK would send secrets unwrapped, unlike a real deployment.
  await runtime.awaitFeatureSupport();
  await load();
  await runtime.waitForRPCs();
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
