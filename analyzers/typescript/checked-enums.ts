/*
 * The TypeScript enums ts-morph reads when it wraps compiler nodes, types and symbols it did not
 * create itself (source: ts-morph 28 `createWrappedNode`, `Node`, `Type`, `Symbol`, `Signature`
 * implementations). If any of them is numbered differently in the user's `typescript` than in the
 * copy bundled with ts-morph, a wrapped program gives wrong answers (TypeScript 5.9 renumbered
 * `TypeFlags`) or throws (<= 5.8), so these are what the compatibility check compares.
 */

/** Names of the `ts` enums compared between the user's TypeScript and ts-morph's. */
export const checkedEnums = [
  "SyntaxKind",
  "NodeFlags",
  "ModifierFlags",
  "TypeFlags",
  "ObjectFlags",
  "SymbolFlags",
  "SignatureKind",
  "IndexKind",
  "ElementFlags",
  "TypeFormatFlags",
  "ScriptKind",
  "ScriptTarget",
  "ModuleKind",
  "DiagnosticCategory",
] as const;

/** One of {@link checkedEnums}. */
export type CheckedEnum = (typeof checkedEnums)[number];
