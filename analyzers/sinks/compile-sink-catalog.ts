import { inferredSend, logTable } from "./inferred-sinks.js";
import { defaultSinks } from "./default-sinks.js";
import { sinkSpecSchema, type SinkArguments, type SinkKind, type SinkSpec } from "./sink-spec.js";

/** A sink as the engine uses it once matched. */
export interface CompiledSink {
  id: string;
  label: string;
  kind: SinkKind;
  arguments: SinkArguments;
  /** Recognised by a method and argument names alone, on an untyped receiver (medium confidence). */
  inferred?: true;
}

/**
 * The sink catalog turned into lookup maps, built once per config: the engine looks up every call
 * expression of every file on every keystroke, so matching must be a few map reads.
 */
export interface CompiledSinkCatalog {
  /** Qualified callee (`m:fs.writeFile`, `m:axios.create().post`, `g:console.log`) → sink. */
  byQualifiedName: ReadonlyMap<string, CompiledSink>;
  /** Modules any of whose derived values' methods are sinks (`tencentcloud-sdk-nodejs`). */
  byModuleWildcard: ReadonlyMap<string, CompiledSink>;
  /** Method name → lower-cased receiver name → sink. */
  byReceiverName: ReadonlyMap<string, ReadonlyMap<string, CompiledSink>>;
  /** Method name (or `*`) → receiver types that make it a sink. */
  byReceiverType: ReadonlyMap<string, readonly ReceiverTypeEntry[]>;
  /** Which name-inferred sink families are on (see inferred-sinks.ts): ids not disabled. */
  inferred: ReadonlySet<string>;
}

/** A receiver-type matcher ready for lookup. */
export interface ReceiverTypeEntry {
  typeName: string;
  module: string | undefined;
  sink: CompiledSink;
}

/** `node:fs` and `fs` are the same module. */
export function normaliseModule(specifier: string): string {
  return specifier.startsWith("node:") ? specifier.slice(5) : specifier;
}

/** Joins a root (`m:axios`) and a call path (`create().post`) into a lookup key. */
export function qualify(root: string, callPath: string): string {
  if (callPath === "") return root;
  return callPath.startsWith("(") ? root + callPath : `${root}.${callPath}`;
}

/**
 * Compiles the built-in sinks plus `add`, minus the ids in `disable`. Throws a zod error on an
 * invalid added sink (config loading validates first, so this only fires for programmatic use).
 */
export function compileSinkCatalog(
  options: { add?: readonly SinkSpec[]; disable?: readonly string[] } = {},
): CompiledSinkCatalog {
  const disabled = new Set(options.disable ?? []);
  const byQualifiedName = new Map<string, CompiledSink>();
  const byModuleWildcard = new Map<string, CompiledSink>();
  const byReceiverName = new Map<string, Map<string, CompiledSink>>();
  const byReceiverType = new Map<string, ReceiverTypeEntry[]>();
  // The built-in catalog is typed data checked against the schema by a test; validating it here
  // too would delay every lint process's first file. Added sinks come from users: parsed.
  const specs = [
    ...defaultSinks.map((spec) => ({ ...spec, arguments: spec.arguments ?? "all" })),
    ...(options.add ?? []).map((raw) => sinkSpecSchema.parse(raw)),
  ];
  for (const spec of specs) {
    if (disabled.has(spec.id)) continue;
    const sink: CompiledSink = {
      id: spec.id,
      label: spec.label,
      kind: spec.kind,
      arguments: spec.arguments,
    };
    for (const m of spec.match) {
      if ("module" in m && "calls" in m) {
        const root = `m:${normaliseModule(m.module)}`;
        for (const c of m.calls) {
          if (c === "*") byModuleWildcard.set(normaliseModule(m.module), sink);
          else byQualifiedName.set(qualify(root, c), sink);
        }
      } else if ("global" in m) {
        for (const c of m.calls) byQualifiedName.set(qualify(`g:${m.global}`, c), sink);
      } else if ("receiverName" in m) {
        for (const method of m.methods) {
          const names = byReceiverName.get(method) ?? new Map<string, CompiledSink>();
          for (const n of m.receiverName) names.set(n.toLowerCase(), sink);
          byReceiverName.set(method, names);
        }
      } else {
        for (const method of m.methods) {
          const list = byReceiverType.get(method) ?? [];
          list.push({
            typeName: m.receiverType,
            module: m.module === undefined ? undefined : normaliseModule(m.module),
            sink,
          });
          byReceiverType.set(method, list);
        }
      }
    }
  }
  const inferred = new Set([inferredSend.id, logTable.id].filter((id) => !disabled.has(id)));
  return { byQualifiedName, byModuleWildcard, byReceiverName, byReceiverType, inferred };
}
