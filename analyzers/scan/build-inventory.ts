import { maskedSink } from "./report-finding.js";
import type { FileAnalysis } from "../engine/file-analysis.js";
import { maskLiteralValues } from "../messages/mask-literal-values.js";
import type { PositionResolver } from "./position-resolver.js";
import { describeDestination } from "../messages/describe-destination.js";
import type {
  CrossBorderRecipient,
  CrossBorderSite,
  Inventory,
  InventoryCategory,
  InventoryFlow,
  ReportedSink,
  TransferDestination,
} from "./scan-result.js";

/**
 * The inventory of a project: per category, where it is read and every flow into a sink with how
 * it is justified (consent, another declared basis, or nothing: the findings), plus the declared
 * bases. Includes findings a baseline accepts: they are still flows an assessment must list.
 */
export function buildInventory(
  analyses: readonly FileAnalysis[],
  position: PositionResolver,
): Inventory {
  const byCategory = new Map<string, InventoryCategory>();
  const entry = (category: string) => {
    let c = byCategory.get(category);
    if (!c) byCategory.set(category, (c = { category, sources: [], flows: [] }));
    return c;
  };
  const seenSources = new Set<string>();
  const declaredBases: Inventory["declaredBases"] = [];
  const recipients = new Map<
    string,
    { destination: TransferDestination; sites: CrossBorderSite[] }
  >();
  const abroad = (
    f: {
      file: string;
      start: number;
      category: string;
      fieldPath: string;
      sink: ReportedSink;
      destination?: TransferDestination;
      mechanism?: CrossBorderSite["mechanism"];
    },
    status: CrossBorderSite["status"],
    basis: string | undefined,
  ) => {
    if (f.destination?.jurisdiction !== "cross-border") return;
    // Reports name the recipient in English in the data; the HTML labels it per locale.
    const name = describeDestination(f.destination, "en");
    const r = recipients.get(name) ?? { destination: f.destination, sites: [] };
    recipients.set(name, r);
    r.sites.push({
      ...position(f.file, f.start),
      category: f.category,
      fieldPath: maskLiteralValues(f.fieldPath),
      sink: maskedSink(f.sink),
      status,
      ...(basis !== undefined ? { basis } : {}),
      ...(f.mechanism ? { mechanism: f.mechanism } : {}),
    });
  };
  for (const a of analyses) {
    for (const s of a.sources) {
      const pos = position(s.file, s.start);
      const label = maskLiteralValues(s.fieldPath);
      const key = `${s.category}\u0000${pos.file}\u0000${pos.line}\u0000${label}`;
      if (seenSources.has(key)) continue;
      seenSources.add(key);
      entry(s.category).sources.push({ ...pos, label });
    }
    for (const f of a.findings) {
      entry(f.category).flows.push({
        ...position(f.file, f.start),
        kind: f.kind,
        sink: maskedSink(f.sink),
        fieldPath: maskLiteralValues(f.fieldPath),
        status: "unprotected",
      });
      abroad(f, "unprotected", undefined);
    }
    for (const f of a.consentedFlows) {
      const flow: InventoryFlow = {
        ...position(f.file, f.start),
        kind: f.kind,
        sink: maskedSink(f.sink),
        fieldPath: maskLiteralValues(f.fieldPath),
        status: f.coveredBy.kind === "basis" ? "lawful-basis" : "consented",
        ...(f.coveredBy.kind === "basis" ? { basis: f.coveredBy.basis } : {}),
      };
      entry(f.category).flows.push(flow);
      abroad(f, flow.status, flow.basis);
    }
    for (const b of a.declaredBases) {
      declaredBases.push({
        ...position(b.file, b.start),
        functionName: b.functionName,
        basis: b.basis,
        reason: b.reason,
      });
    }
  }
  const byPos = (a: { file: string; line: number; column: number }, b: typeof a) =>
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
  const categories = [...byCategory.values()]
    .sort((a, b) => (a.category < b.category ? -1 : 1))
    .map((c) => ({
      ...c,
      sources: c.sources.sort(byPos),
      flows: c.flows.sort(
        (a, b) =>
          byPos(a, b) || (a.fieldPath < b.fieldPath ? -1 : a.fieldPath > b.fieldPath ? 1 : 0),
      ),
    }));
  const crossBorder: CrossBorderRecipient[] = [...recipients]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([recipient, r]) => {
      const covered = r.sites.filter((s) => s.status !== "unprotected").length;
      return {
        recipient,
        destination: r.destination,
        categories: [...new Set(r.sites.map((s) => s.category))].sort(),
        sites: r.sites.sort(
          (a, b) => byPos(a, b) || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0),
        ),
        consented: covered === r.sites.length ? "all" : covered > 0 ? "some" : "none",
        mechanisms: [
          ...new Set(r.sites.flatMap((s) => (s.mechanism ? [s.mechanism.mechanism] : []))),
        ].sort(),
      };
    });
  return { categories, declaredBases: declaredBases.sort(byPos), crossBorder };
}
