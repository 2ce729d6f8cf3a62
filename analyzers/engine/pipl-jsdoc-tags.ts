import type { ts } from "ts-morph";
import { getJSDocTags } from "./typescript-functions.js";

const mentions = new WeakMap<ts.SourceFile, boolean>();

/**
 * The JSDoc tags of a node, where the engine looks for `@pipl` and `@pipl-basis`; none when the
 * node's file never mentions `@pipl`, which is most files. `getJSDocTags` looks through the
 * comments of the node and of the parents that lend it theirs on every call; one text search per
 * file spares that for every declaration and function of the file.
 */
export function piplJsDocTags(node: ts.Node): readonly ts.JSDocTag[] {
  return mentionsPipl(node.getSourceFile()) ? getJSDocTags(node) : [];
}

/** Whether a file's text mentions `@pipl` at all (else no node of it carries a pipl tag). */
export function mentionsPipl(sf: ts.SourceFile): boolean {
  let mentioned = mentions.get(sf);
  if (mentioned === undefined) {
    mentioned = sf.text.includes("@pipl");
    mentions.set(sf, mentioned);
  }
  return mentioned;
}
