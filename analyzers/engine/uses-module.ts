import type { ts } from "ts-morph";
import {
  isCallExpression,
  isIdentifier,
  isImportDeclaration,
  isStringLiteralLike,
  isVariableStatement,
} from "./typescript-functions.js";
import { unwrapExpression } from "./unwrap-expression.js";

const moduleUse = new WeakMap<ts.SourceFile, Map<string, boolean>>();

/** Whether a file imports or requires a module at its top level (`require("wx-server-sdk")`). */
export function usesModule(sf: ts.SourceFile, module: string): boolean {
  let byModule = moduleUse.get(sf);
  if (!byModule) moduleUse.set(sf, (byModule = new Map()));
  let uses = byModule.get(module);
  if (uses === undefined) {
    uses = sf.statements.some((st) => {
      if (isImportDeclaration(st))
        return isStringLiteralLike(st.moduleSpecifier) && st.moduleSpecifier.text === module;
      if (!isVariableStatement(st)) return false;
      return st.declarationList.declarations.some((d) => {
        const init = d.initializer && unwrapExpression(d.initializer);
        return (
          init !== undefined &&
          isCallExpression(init) &&
          isIdentifier(init.expression) &&
          init.expression.text === "require" &&
          init.arguments[0] !== undefined &&
          isStringLiteralLike(init.arguments[0]) &&
          init.arguments[0].text === module
        );
      });
    });
    byModule.set(module, uses);
  }
  return uses;
}
