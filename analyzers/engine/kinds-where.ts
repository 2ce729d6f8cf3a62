import type { ts } from "ts-morph";
import { SyntaxKind } from "./typescript-functions.js";

/**
 * The syntax kinds a node test accepts, as a table indexed by kind, built by asking the test of a
 * bare `{ kind }` for every kind. For tests that read the kind alone (`ts.isCallExpression`,
 * `ts.isFunctionLike`). A walk over every node of every file reads `table[node.kind]` once instead
 * of running a chain of a dozen tests on each node.
 */
export function kindsWhere(test: (node: ts.Node) => boolean): Uint8Array {
  const table = new Uint8Array(SyntaxKind.Count);
  for (let kind = 0; kind < table.length; kind++)
    table[kind] = test({ kind } as unknown as ts.Node) ? 1 : 0;
  return table;
}
