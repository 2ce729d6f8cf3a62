import path from "node:path";
import type { Project } from "ts-morph";
import type { SourcePosition } from "./scan-result.js";

/** Turns an engine offset into a 1-based line/column with a root-relative, `/`-separated path. */
export type PositionResolver = (file: string, offset: number) => SourcePosition;

/** A resolver over the project's source files (any file a flow passes through is in the project). */
export function positionResolver(project: Project, root: string): PositionResolver {
  return (file, offset) => {
    const rel = path.relative(root, file).split(path.sep).join("/");
    const sf = project.getSourceFile(file);
    if (!sf) return { file: rel, line: 1, column: 1 };
    const { line, column } = sf.getLineAndColumnAtPos(offset);
    return { file: rel, line, column };
  };
}
