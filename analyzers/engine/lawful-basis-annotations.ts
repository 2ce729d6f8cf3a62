import type { ts } from "ts-morph";
import {
  getTextOfJSDocComment,
  isClassLike,
  isIdentifier,
  isVariableDeclaration,
} from "./typescript-functions.js";
import { declarableBases } from "../consent/lawful-bases.js";
import { closestName } from "../taxonomy/closest-name.js";
import type { AnnotationProblemText, DeclaredBasis } from "./file-analysis.js";
import { annotationInScope } from "./annotation-in-scope.js";
import { mentionsPipl, piplJsDocTags } from "./pipl-jsdoc-tags.js";

const validBases = new Set(declarableBases.map((b) => b.id));

/**
 * `@pipl-basis <basis> <reason>` annotations (PIPL Art. 13 lawful bases other than consent):
 * read once per function, validated, and inherited by callbacks. A malformed tag is reported
 * through `report` and declares nothing.
 */
export class LawfulBasisAnnotations {
  private readonly bases = new WeakMap<ts.Node, { basis: string; reason: string } | null>();

  constructor(private readonly report: (node: ts.Node, text: AnnotationProblemText) => void) {}

  /**
   * The lawful basis declared on the function around a node (callbacks inherit it).
   */
  at(node: ts.Node, sf: ts.SourceFile): { basis: string; reason: string } | undefined {
    return annotationInScope(node, sf, (fn) => this.of(fn));
  }

  /** The lawful basis a function declares with `@pipl-basis`, validated (problems reported). */
  of(fn: ts.Node): { basis: string; reason: string } | undefined {
    const cached = this.bases.get(fn);
    if (cached !== undefined) return cached ?? undefined;
    let verdict: { basis: string; reason: string } | null = null;
    for (const tag of piplJsDocTags(fn)) {
      if (tag.tagName.text !== "pipl-basis") continue;
      const text = (getTextOfJSDocComment(tag.comment) ?? "").trim();
      const [basis = "", ...rest] = text.split(/\s+/);
      const reason = rest.join(" ");
      const bases = [...validBases].join(", ");
      if (!basis) {
        this.report(tag, { id: "annotation.basis-missing", params: { bases } });
      } else if (!validBases.has(basis)) {
        const hint = closestName(basis, [...validBases]);
        this.report(
          tag,
          hint
            ? {
                id: "annotation.unknown-basis-hint",
                params: { basis, hint, bases },
                replace: { value: basis, by: hint },
              }
            : { id: "annotation.unknown-basis", params: { basis, bases } },
        );
      } else if (reason === "") {
        this.report(tag, { id: "annotation.basis-needs-reason", params: { basis } });
      } else {
        verdict = { basis, reason };
        break;
      }
    }
    this.bases.set(fn, verdict);
    return verdict ?? undefined;
  }

  /** Every lawful basis the functions of a file declare, for reports. */
  declared(sf: ts.SourceFile, functions: readonly ts.SignatureDeclaration[]): DeclaredBasis[] {
    const out: DeclaredBasis[] = [];
    if (!mentionsPipl(sf)) return out;
    for (const fn of functions) {
      const b = this.of(fn);
      if (b)
        out.push({
          ...b,
          functionName: functionName(fn),
          file: sf.fileName,
          start: fn.getStart(sf),
          end: fn.getEnd(),
        });
    }
    return out;
  }
}

/** `OrderService.exportOrders`, `exportOrders`, `<anonymous>`. */
function functionName(fn: ts.SignatureDeclaration): string {
  const own = fn.name && isIdentifier(fn.name) ? fn.name.text : undefined;
  const holder = fn.parent;
  if (own && isClassLike(holder) && holder.name) return `${holder.name.text}.${own}`;
  if (own) return own;
  if (isVariableDeclaration(holder) && isIdentifier(holder.name)) return holder.name.text;
  return "<anonymous>";
}
