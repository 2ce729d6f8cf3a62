import type { ts } from "ts-morph";
import { getTextOfJSDocComment } from "./typescript-functions.js";
import type { AnnotationProblemText } from "./file-analysis.js";
import { annotationInScope } from "./annotation-in-scope.js";
import { piplJsDocTags } from "./pipl-jsdoc-tags.js";

/** A `@pipl-transfer <mechanism> <reference>` tag: the PIPL Art. 38 mechanism of a function's sends. */
export interface DeclaredMechanism {
  mechanism: string;
  reference: string;
}

/**
 * `@pipl-transfer <mechanism> <reference>` annotations: read once per function, validated against
 * the mechanisms the config accepts, inherited by callbacks. A malformed tag is reported through
 * `report` and declares nothing. The mechanism is recorded; it does not stand for consent.
 */
export class TransferAnnotations {
  private readonly declared = new WeakMap<ts.Node, DeclaredMechanism | null>();

  constructor(
    private readonly mechanisms: ReadonlySet<string>,
    private readonly report: (node: ts.Node, text: AnnotationProblemText) => void,
  ) {}

  /** The mechanism declared on the function around a node (callbacks inherit it). */
  at(node: ts.Node, sf: ts.SourceFile): DeclaredMechanism | undefined {
    return annotationInScope(node, sf, (fn) => this.of(fn));
  }

  /** The mechanism a function declares with `@pipl-transfer`, validated (problems reported). */
  of(fn: ts.Node): DeclaredMechanism | undefined {
    const cached = this.declared.get(fn);
    if (cached !== undefined) return cached ?? undefined;
    let verdict: DeclaredMechanism | null = null;
    for (const tag of piplJsDocTags(fn)) {
      if (tag.tagName.text !== "pipl-transfer") continue;
      const text = (getTextOfJSDocComment(tag.comment) ?? "").trim();
      const [mechanism = "", ...rest] = text.split(/\s+/);
      const reference = rest.join(" ");
      const mechanisms = [...this.mechanisms].join(", ");
      if (!this.mechanisms.has(mechanism)) {
        this.report(tag, {
          id: "annotation.unknown-transfer-mechanism",
          params: { mechanism, mechanisms },
        });
      } else if (reference === "") {
        this.report(tag, {
          id: "annotation.transfer-needs-reference",
          params: { mechanism },
        });
      } else {
        verdict = { mechanism, reference };
        break;
      }
    }
    this.declared.set(fn, verdict);
    return verdict ?? undefined;
  }
}
