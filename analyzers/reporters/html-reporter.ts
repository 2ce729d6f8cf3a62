import { sinkName } from "../messages/sink-name.js";
import type {
  FlowStatus,
  InventoryFlow,
  ReportedFinding,
  ScanResult,
  SinkKind,
} from "../scan/scan-result.js";
import { escapeHtml as e } from "./escape-html.js";
import { htmlStyles } from "./html-styles.js";
import { reportLabels, type ReportLabels } from "./report-labels.js";
import type { Reporter } from "./reporter.js";

const kinds: readonly SinkKind[] = ["log", "export", "transfer"];
const statuses: readonly FlowStatus[] = ["unprotected", "consented", "lawful-basis"];

/**
 * A self-contained HTML page (inline CSS, no script, no external resource): summary cards, the
 * category × sink-kind matrix, the unprotected flows per category with source, path and sink, the
 * declared lawful bases and the inventory for the impact assessment.
 */
export const htmlReporter: Reporter = (result: ScanResult) => {
  const l = reportLabels[result.locale];
  const categoryIds = [
    ...new Set([
      ...result.inventory.categories.map((c) => c.category),
      ...result.findings.map((f) => f.category),
    ]),
  ].sort();
  const sections = [
    cards(result, l, categoryIds.length),
    matrix(result, l, categoryIds),
    flows(result, l, categoryIds),
    bases(result, l),
    inventory(result, l),
    crossBorder(result, l),
    notAnalysed(result, l),
    stale(result, l),
  ];
  return `<!doctype html>
<html lang="${result.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(l.title)}</title>
<style>${htmlStyles}</style>
</head>
<body>
<header><h1>${e(l.title)}</h1><p>${e(result.tool.name)} ${e(result.tool.version)} · ${e(result.root)}</p></header>
<main>
${sections.join("\n")}
</main>
</body>
</html>
`;
};

function categoryName(result: ScanResult, id: string): string {
  const c = result.categories[id];
  return c ? `${c.name[result.locale]}` : id;
}

function categoryHeading(result: ScanResult, l: ReportLabels, id: string): string {
  const c = result.categories[id];
  const sens = c
    ? `<span class="sens ${c.sensitivity}">${e(l.sensitivity[c.sensitivity])}</span>`
    : "";
  return `${e(categoryName(result, id))} <code>${e(id)}</code>${sens}`;
}

function cards(result: ScanResult, l: ReportLabels, categories: number): string {
  const n = result.findings.length;
  return `<section class="cards" id="summary">
<div class="card${n > 0 ? " bad" : ""}" data-testid="finding-count"><b>${n}</b>${e(l.findings)}</div>
<div class="card"><b>${categories}</b>${e(l.categories)}</div>
<div class="card"><b>${result.filesScanned}</b>${e(l.filesScanned)}</div>
${result.notAnalysed?.length ? `<div class="card" data-testid="not-analysed-count"><b>${result.notAnalysed.length}</b>${e(l.notAnalysedCount)}</div>` : ""}
${result.baseline ? `<div class="card"><b>${result.baseline.matched}</b>${e(l.baselined)}</div>` : ""}
</section>`;
}

function matrix(result: ScanResult, l: ReportLabels, categoryIds: string[]): string {
  const flowsOf = new Map<string, InventoryFlow[]>(
    result.inventory.categories.map((c) => [c.category, c.flows]),
  );
  const rows = categoryIds.map((id) => {
    const cells = kinds.map((kind) => {
      const inKind = (flowsOf.get(id) ?? []).filter((f) => f.kind === kind);
      if (inKind.length === 0) return `<td data-kind="${kind}"><span class="empty">·</span></td>`;
      const pills = statuses
        .map((s) => [s, inKind.filter((f) => f.status === s).length] as const)
        .filter(([, count]) => count > 0)
        .map(
          ([s, count]) =>
            `<span class="pill ${s}" title="${e(l.statuses[s])}" data-status="${s}">${count}</span>`,
        );
      return `<td data-kind="${kind}">${pills.join("")}</td>`;
    });
    return `<tr data-category="${e(id)}"><td class="cat">${categoryHeading(result, l, id)}</td>${cells.join("")}</tr>`;
  });
  const legend = statuses
    .map((s) => `<span class="pill ${s}">${e(l.statuses[s])}</span>`)
    .join(" ");
  return `<section id="matrix">
<h2>${e(l.matrix)}</h2>
<p class="note">${e(l.matrixNote)} ${legend}</p>
<table class="matrix">
<thead><tr><th>${e(l.category)}</th>${kinds.map((k) => `<th>${e(l.sinkKinds[k])}</th>`).join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</section>`;
}

function flows(result: ScanResult, l: ReportLabels, categoryIds: string[]): string {
  const byCategory = new Map<string, ReportedFinding[]>();
  for (const f of result.findings) {
    byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f]);
  }
  const blocks = categoryIds
    .filter((id) => byCategory.has(id))
    .map((id) => {
      const c = result.categories[id];
      const basis = c
        ? `<p class="meta">${e(l.legalBasis)}: ${c.legalBases.map((b) => e(b.citation[result.locale])).join("; ")}</p>`
        : "";
      const items = byCategory.get(id)!.map((f) => flowBlock(f, l));
      return `<h3 data-category="${e(id)}">${categoryHeading(result, l, id)}</h3>${basis}\n${items.join("\n")}`;
    });
  return `<section id="flows">
<h2>${e(l.flows)}</h2>
${blocks.length > 0 ? blocks.join("\n") : `<p class="note">${e(l.noFindings)}</p>`}
</section>`;
}

function flowBlock(f: ReportedFinding, l: ReportLabels): string {
  const steps = f.flow.length > 0 ? f.flow : [{ ...f.range, label: f.fieldPath }];
  const path = steps.map((s, i) => {
    const cls = i === 0 ? ' class="src"' : "";
    return `<li${cls}>${e(s.label)} <span class="loc">${e(s.file)}:${s.line}</span></li>`;
  });
  path.push(
    `<li class="snk">${e(l.sinkKinds[f.kind])}: <code>${e(sinkName(f.sink))}</code> <span class="loc">${e(f.range.file)}:${f.range.line}</span></li>`,
  );
  const fix =
    f.fix.kind === "mask"
      ? `<code>${e(f.fix.sanitizer)}(…)</code>`
      : `${e(l.consentFor)} <code>${e(f.fix.category)}</code>`;
  const via = f.via
    ? ` · ${e(l.via)} <code>${e(f.via.callee)}</code> <span class="loc">${e(f.via.file)}:${f.via.line}</span>`
    : "";
  return `<div class="flow" data-rule="${e(f.ruleId)}" data-field="${e(f.fieldPath)}">
<p class="msg">${e(f.message)}</p>
<ol class="path">${path.join("")}</ol>
<p class="meta">${e(l.field)}: <code>${e(f.fieldPath)}</code> · ${e(l.fix)}: ${fix} · <code>${e(f.ruleId)}</code>${via}</p>
</div>`;
}

function bases(result: ScanResult, l: ReportLabels): string {
  const rows = result.inventory.declaredBases.map(
    (b) =>
      `<tr><td><code>${e(b.functionName)}</code></td><td>${e(b.basis)}</td><td>${e(b.reason)}</td><td class="loc">${e(b.file)}:${b.line}</td></tr>`,
  );
  return `<section id="bases">
<h2>${e(l.declaredBases)}</h2>
${
  rows.length > 0
    ? `<table><thead><tr><th>${e(l.function)}</th><th>${e(l.basis)}</th><th>${e(l.reason)}</th><th>${e(l.location)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
    : `<p class="note">${e(l.noDeclaredBases)}</p>`
}
</section>`;
}

function inventory(result: ScanResult, l: ReportLabels): string {
  const blocks = result.inventory.categories.map((c) => {
    const sources = c.sources.map(
      (s) => `<li><code>${e(s.label)}</code> <span class="loc">${e(s.file)}:${s.line}</span></li>`,
    );
    const flowRows = c.flows.map(
      (f) =>
        `<tr><td>${e(l.sinkKinds[f.kind])}</td><td><code>${e(sinkName(f.sink))}</code></td><td><code>${e(f.fieldPath)}</code></td><td><span class="pill ${f.status}">${e(l.statuses[f.status])}</span>${f.basis ? ` ${e(f.basis)}` : ""}</td><td class="loc">${e(f.file)}:${f.line}</td></tr>`,
    );
    return `<details open data-category="${e(c.category)}"><summary>${categoryHeading(result, l, c.category)} — ${c.sources.length} / ${c.flows.length}</summary>
<p class="meta">${e(l.readAt)}:</p><ul class="locs">${sources.join("")}</ul>
${flowRows.length > 0 ? `<p class="meta">${e(l.flowsTo)}:</p><table><thead><tr><th>${e(l.sinkKinds.log)}/${e(l.sinkKinds.export)}/${e(l.sinkKinds.transfer)}</th><th>${e(l.sink)}</th><th>${e(l.field)}</th><th>${e(l.basis)}</th><th>${e(l.location)}</th></tr></thead><tbody>${flowRows.join("")}</tbody></table>` : ""}
</details>`;
  });
  return `<section id="inventory">
<h2>${e(l.inventory)}</h2>
${blocks.join("\n")}
</section>`;
}

function crossBorder(result: ScanResult, l: ReportLabels): string {
  const recipients = result.inventory.crossBorder.map((r) => {
    const d = r.destination;
    const where = [d.host, d.place?.[result.locale] ?? d.region].filter(Boolean).join(" · ");
    const sites = r.sites.map(
      (s) =>
        `<tr><td>${categoryHeading(result, l, s.category)}</td><td><code>${e(s.fieldPath)}</code></td><td><code>${e(sinkName(s.sink))}</code></td><td><span class="pill ${s.status}">${e(l.statuses[s.status])}</span>${s.basis ? ` ${e(s.basis)}` : ""}</td><td>${s.mechanism ? `${e(s.mechanism.mechanism)} <span class="meta">${e(s.mechanism.reference)}</span>` : e(l.noMechanism)}</td><td class="loc">${e(s.file)}:${s.line}</td></tr>`,
    );
    return `<details open data-recipient="${e(r.recipient)}"><summary>${e(d.service ?? r.recipient)}${where ? ` <span class="meta">${e(where)}</span>` : ""} — ${r.categories.length} / ${r.sites.length}</summary>
<p class="meta">${e(l.consent)}: ${e(l.consentStates[r.consented])} · ${e(l.mechanism)}: ${r.mechanisms.length > 0 ? e(r.mechanisms.join(", ")) : e(l.noMechanism)}</p>
<table><thead><tr><th>${e(l.category)}</th><th>${e(l.field)}</th><th>${e(l.sink)}</th><th>${e(l.basis)}</th><th>${e(l.mechanism)}</th><th>${e(l.location)}</th></tr></thead><tbody>${sites.join("")}</tbody></table>
</details>`;
  });
  return `<section id="cross-border">
<h2>${e(l.crossBorder)}</h2>
<p class="note">${e(l.crossBorderNote)}</p>
${recipients.length > 0 ? recipients.join("\n") : `<p class="note">${e(l.noCrossBorder)}</p>`}
</section>`;
}

function notAnalysed(result: ScanResult, l: ReportLabels): string {
  const files = result.notAnalysed ?? [];
  if (files.length === 0) return "";
  const rows = files.map(
    (n) =>
      `<tr><td class="loc">${e(n.file)}</td><td>${n.bytes}</td><td>${n.limit}</td><td>${e(n.message)}</td></tr>`,
  );
  return `<section id="not-analysed">
<h2>${e(l.notAnalysed)}</h2>
<table><thead><tr><th>${e(l.location)}</th><th>${e(l.size)}</th><th>${e(l.limit)}</th><th>${e(l.fix)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>
</section>`;
}

function stale(result: ScanResult, l: ReportLabels): string {
  const entries = result.baseline?.stale ?? [];
  if (entries.length === 0) return "";
  const rows = entries.map(
    (s) =>
      `<tr><td class="loc">${e(s.file)}</td><td><code>${e(s.fieldPath)}</code></td><td>${e(s.category)}</td><td>${e(s.reason ?? "")}</td></tr>`,
  );
  return `<section id="stale">
<h2>${e(l.staleEntries)}</h2>
<p class="note">${e(l.staleNote)}</p>
<table><tbody>${rows.join("")}</tbody></table>
</section>`;
}
