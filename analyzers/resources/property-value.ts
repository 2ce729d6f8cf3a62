/*
 * Sentinels and wrappers of the Pulumi resource wire format, as `@pulumi/policy` 1.21 and
 * `@pulumi/pulumi` (runtime/rpc) define them: computed values arrive as fixed UUID strings, and
 * secrets as `{ [sig]: secretSig, value }` objects when they were not already unwrapped.
 */

/** The unknown-value sentinels (string, boolean, number, array, asset, archive, object). */
export const unknownSentinels: ReadonlySet<string> = new Set([
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
  "030794c1-ac77-496b-92df-f27374a8bd58",
  "e48ece36-62e2-4504-bad9-02848725956a",
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
]);

const specialSigKey = "4dabf18193072939515e22adb298388d";
const secretSig = "1b47061264138c4ac30d75fd1eb44270";

/**
 * A property value as the policies see it: missing, computed (unknown), or known. `secret` marks a
 * value Pulumi holds as a secret (itself or inside a secret container): messages must not print it.
 */
export type PropertyValue =
  | { kind: "absent" }
  | { kind: "unknown"; secret?: true }
  | { kind: "known"; value: unknown; secret?: true };

/** Whether a raw value is one of the engine's unknown sentinels. */
export function isUnknownValue(value: unknown): boolean {
  return typeof value === "string" && unknownSentinels.has(value);
}

/**
 * `@pulumi/policy`'s `Secret` class, by shape: a bundler may rename the class (`Secret2`), so its
 * name is matched by prefix, and it holds exactly one own property, `value`.
 */
function isSecretInstance(o: Record<string, unknown>): boolean {
  const name = (o.constructor as { name?: unknown } | undefined)?.name;
  return (
    typeof name === "string" &&
    name.startsWith("Secret") &&
    "value" in o &&
    Object.keys(o).length === 1
  );
}

/** Whether a raw value is wrapped as a secret (wire form, or `@pulumi/policy`'s `Secret`). */
export function isSecretValue(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  const o = value as Record<string, unknown>;
  return (o[specialSigKey] === secretSig && "value" in o) || isSecretInstance(o);
}

/** Strip secret wrappers (wire form, or `@pulumi/policy`'s `Secret` class) until a plain value. */
export function unwrapSecret(value: unknown): unknown {
  let v = value;
  while (isSecretValue(v)) v = (v as { value: unknown }).value;
  return v;
}

/** Classify one raw value; `inSecret` when it was read from inside a secret container. */
export function classify(value: unknown, inSecret = false): PropertyValue {
  const secret = inSecret || isSecretValue(value);
  const v = unwrapSecret(value);
  if (v === undefined || v === null) return { kind: "absent" };
  if (isUnknownValue(v)) return secret ? { kind: "unknown", secret } : { kind: "unknown" };
  return secret ? { kind: "known", value: v, secret } : { kind: "known", value: v };
}

/**
 * Read a dotted path with `[]` for "every element". Returns one entry per reached leaf, so
 * `rules[].x` over two rules yields two values; an array or object that is itself unknown yields a
 * single `unknown`, because the elements it will have cannot be known.
 */
export function readPath(root: unknown, path: string): PropertyValue[] {
  let current: PropertyValue[] = [classify(root)];
  for (const raw of path.split(".")) {
    const many = raw.endsWith("[]");
    const key = many ? raw.slice(0, -2) : raw;
    const next: PropertyValue[] = [];
    for (const pv of current) {
      if (pv.kind !== "known") {
        next.push(pv);
        continue;
      }
      const container = parseJsonObject(pv.value);
      if (container === null || typeof container !== "object") {
        next.push({ kind: "absent" });
        continue;
      }
      const child = classify((container as Record<string, unknown>)[key], pv.secret === true);
      if (!many || child.kind !== "known") {
        next.push(child);
        continue;
      }
      if (!Array.isArray(child.value)) next.push(child);
      else if (child.value.length === 0) next.push({ kind: "absent" });
      else for (const e of child.value) next.push(classify(e, child.secret === true));
    }
    current = next;
  }
  return current;
}

/** Providers JSON-encode object inputs (`defaultTags`, `defaultLabels`): accept both shapes. */
export function parseJsonObject(value: unknown): unknown {
  if (typeof value !== "string" || !value.startsWith("{")) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
