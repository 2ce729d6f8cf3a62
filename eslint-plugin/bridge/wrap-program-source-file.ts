import type { SourceFile } from "ts-morph";
import {
  assertEngineReadsTsMorphNodes,
  tsMorph,
  userTypescript,
} from "../../analyzers/typescript/index.js";
import type * as ts from "typescript";

/*
 * `createWrappedNode` builds a fresh ts-morph context on every call, so calling it per node costs
 * milliseconds each; wrapping each file's SourceFile once and navigating from there keeps one
 * context per file. Keyed weakly by program then source file so an editor's superseded programs
 * (a new one per keystroke) are garbage-collected with their wrappers.
 */
const wrappedByProgram = new WeakMap<ts.Program, WeakMap<ts.SourceFile, SourceFile>>();

/**
 * The ts-morph view of a source file of typescript-eslint's program (shared mode), created once
 * per program and file. Only valid when the user's TypeScript numbers its enums like ts-morph's
 * (see `compareTypescriptEnums`): shared mode was chosen by a record of ts-morph's enums, so the
 * installed ts-morph's own copy is checked too before it wraps anything.
 */
export function wrapProgramSourceFile(program: ts.Program, sourceFile: ts.SourceFile): SourceFile {
  let files = wrappedByProgram.get(program);
  if (!files) {
    files = new WeakMap();
    wrappedByProgram.set(program, files);
  }
  let wrapped = files.get(sourceFile);
  if (!wrapped) {
    assertEngineReadsTsMorphNodes(userTypescript());
    // The casts cross between two declarations of the same TypeScript API (the user's and
    // ts-morph's bundled copy), which the enum comparison has shown to be compatible.
    wrapped = tsMorph().createWrappedNode(sourceFile as never, {
      compilerOptions: program.getCompilerOptions() as never,
      sourceFile: sourceFile as never,
      typeChecker: program.getTypeChecker() as never,
    }) as SourceFile;
    files.set(sourceFile, wrapped);
  }
  return wrapped;
}
