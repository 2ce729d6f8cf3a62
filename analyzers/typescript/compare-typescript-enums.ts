import { checkedEnums } from "./checked-enums.js";

/** A `typescript` module, seen as a bag of enum objects (name → value, plus reverse mappings). */
export type EnumHost = Readonly<Record<string, unknown>>;

/** Result of comparing two TypeScript builds' enums. */
export interface EnumComparison {
  /** True when every compared enum has the same members with the same values. */
  compatible: boolean;
  /** Human-readable differences, e.g. `TypeFlags.Enum: 32 vs 128`; empty when compatible. */
  mismatches: string[];
}

/** Name → number members of an enum object, without TypeScript's number → name reverse mapping. */
function numericMembers(value: unknown): Map<string, number> | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const members = new Map<string, number>();
  for (const [name, member] of Object.entries(value)) {
    if (typeof member === "number") members.set(name, member);
  }
  return members;
}

/**
 * Compare the enums ts-morph depends on between two `typescript` modules (the user's and
 * ts-morph's bundled copy). Compares member numbering rather than version strings: a version
 * string says nothing about a patched or forked compiler, while identical numbering is exactly
 * the condition under which ts-morph can wrap the other compiler's nodes and types.
 *
 * @param user - the `typescript` module typescript-eslint built the program with
 * @param bundled - ts-morph's `ts` export, or its recorded enums (`bundledTypescript.enums`)
 * @param enumNames - which enums to compare (defaults to {@link checkedEnums})
 */
export function compareTypescriptEnums(
  user: EnumHost,
  bundled: EnumHost,
  enumNames: readonly string[] = checkedEnums,
): EnumComparison {
  const mismatches: string[] = [];
  for (const enumName of enumNames) {
    const ours = numericMembers(user[enumName]);
    const theirs = numericMembers(bundled[enumName]);
    if (!ours || !theirs) {
      mismatches.push(`${enumName}: missing in ${ours ? "ts-morph's TypeScript" : "typescript"}`);
      continue;
    }
    for (const [name, value] of ours) {
      const other = theirs.get(name);
      if (other !== value) mismatches.push(`${enumName}.${name}: ${value} vs ${other ?? "absent"}`);
    }
    for (const name of theirs.keys()) {
      if (!ours.has(name)) mismatches.push(`${enumName}.${name}: absent vs ${theirs.get(name)}`);
    }
  }
  return { compatible: mismatches.length === 0, mismatches };
}
