import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** A `// ❌ <rule>: ...` or `// ✅ silent: ...` comment block and the line it annotates. */
export interface SourceMarker {
  /** Path relative to the example root, with `/` separators. */
  file: string;
  kind: "finding" | "silent";
  /** The rule id named by a `❌` marker. */
  rule?: string;
  /** The whole comment block, markers stripped. */
  text: string;
  /** 1-based line of the first non-comment line after the block. */
  line: number;
  /** That line's text, trimmed. */
  code: string;
}

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return listTs(p);
    return e.name.endsWith(".ts") ? [p] : [];
  });
}

/** Collect every marker comment under `root/src`. */
export function readMarkers(root: string): SourceMarker[] {
  const markers: SourceMarker[] = [];
  for (const path of listTs(join(root, "src")).sort()) {
    const lines = readFileSync(path, "utf8").split("\n");
    const file = relative(root, path).split("\\").join("/");
    lines.forEach((text, i) => {
      const m = /^\s*\/\/ (❌|✅) (.*)$/.exec(text);
      if (!m) return;
      let j = i + 1;
      const block = [m[2]!];
      while (lines[j]?.trim().startsWith("//")) block.push(lines[j++]!.trim().slice(2).trim());
      const rule = m[1] === "❌" ? /^(pipl\/[a-z-]+)/.exec(m[2]!)?.[1] : undefined;
      markers.push({
        file,
        kind: m[1] === "❌" ? "finding" : "silent",
        ...(rule ? { rule } : {}),
        text: block.join(" "),
        line: j + 1,
        code: lines[j]?.trim() ?? "",
      });
    });
  }
  return markers;
}
