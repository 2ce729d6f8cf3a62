import { suggestedSanitizerFor } from "../consent/choose-sanitizer.js";
import { sinkCallText } from "./sink-call-text.js";
import type { ts } from "ts-morph";
import {
  SymbolFlags,
  SyntaxKind,
  isArrowFunction,
  isBinaryExpression,
  isCallExpression,
  isClassLike,
  isFunctionDeclaration,
  isFunctionExpression,
  isFunctionLike,
  isIdentifier,
  isInterfaceDeclaration,
  isMethodDeclaration,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isPropertyDeclaration,
  isPropertySignature,
  isSpreadElement,
  isStringLiteral,
  isVariableDeclaration,
} from "./typescript-functions.js";
import type { CompiledSink } from "../sinks/compile-sink-catalog.js";
import { ConsentDominance, type ConsentCheck } from "./consent-dominance.js";
import { DeclaredTypes } from "./declared-types.js";
import { FileBindings } from "./file-bindings.js";
import type { EngineContext } from "./engine-context.js";
import { formatMessage } from "../messages/format-message.js";
import { lintMessages } from "../messages/lint-messages.js";
import type {
  AnnotationProblem,
  AnnotationProblemText,
  ConsentedFlow,
  FileAnalysis,
  PiSource,
} from "./file-analysis.js";
import type { Finding, FindingReason, FlowStep } from "./finding.js";
import type { FunctionSummary, ParamSinkFlow, SummaryStore } from "./function-summary.js";
import { PiClassifier } from "./pi-classifier.js";
import { columnTaints } from "./export-columns.js";
import { buildFileIndex, type FileIndex } from "./file-index.js";
import { LawfulBasisAnnotations } from "./lawful-basis-annotations.js";
import { programModules } from "./program-modules.js";
import { ProjectRecords } from "./project-records.js";
import { SinkMatcher } from "./sink-matcher.js";
import { TransferAnnotations } from "./transfer-annotations.js";
import { TransferDestinations } from "./transfer-destinations.js";
import { ownDestination } from "../transfers/compile-transfers.js";
import type { PiTaint } from "./taint.js";
import { recordPlacement, storesRecords } from "./record-placement.js";
import { calleeNameNode, unwrapExpression } from "./unwrap-expression.js";
import { returnedExpressions } from "./returned-expressions.js";
import { ValueFlow, type ReturnFlow } from "./value-flow.js";

/** Called when analysing one sink call or function failed on an unexpected shape. */
export type InternalErrorHandler = (
  error: unknown,
  location: { file: string; start: number },
) => void;

interface SinkHit {
  arg: ts.Expression;
  sink: CompiledSink;
  helper: ParamSinkFlow | undefined;
}

const emptyReturn: ReturnFlow = { params: [], taints: [] };

/**
 * One analysis over a type checker: the classifier, sink matcher, consent dominance and value
 * flow share their caches across the files it analyses (the scanner analyses a whole Project in
 * one run; a lint rule runs one file).
 */
export class AnalysisRun {
  private readonly classifier: PiClassifier;
  private readonly matcher: SinkMatcher;
  private readonly dominance: ConsentDominance;
  private readonly flow: ValueFlow;
  private readonly records: ProjectRecords;
  /** Files analysed so far, for {@link records} when there is no program. */
  private readonly analysed = new Set<ts.SourceFile>();
  private readonly indexes = new WeakMap<ts.SourceFile, FileIndex>();
  /** Bindings of files the sink matcher meets that are not indexed (see the constructor). */
  private readonly otherBindings = new WeakMap<ts.SourceFile, FileBindings>();
  private readonly assignments = new WeakMap<ts.Node, ts.Expression[]>();
  private readonly summarising = new Set<ts.Node>();
  /** {@link sinkHelperNames} by file, or under {@link globalKey} across files; null: unknowable. */
  private readonly helperNames = new WeakMap<object, Set<string> | null>();
  private readonly globalKey = {};
  private readonly bases: LawfulBasisAnnotations;
  private readonly destinations: TransferDestinations;
  private readonly mechanisms: TransferAnnotations;
  /** Annotation problems by file, deduplicated: verdicts are cached, so each is found once. */
  private readonly problems = new Map<string, Map<string, AnnotationProblem>>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly ctx: EngineContext,
    private readonly summaries: SummaryStore,
    private readonly crossFile: boolean,
    public onInternalError: InternalErrorHandler,
    private readonly program?: ts.Program,
  ) {
    const types = new DeclaredTypes(checker);
    this.classifier = new PiClassifier(checker, types, ctx, (node, text) =>
      this.problem(node, text),
    );
    this.matcher = new SinkMatcher(
      checker,
      ctx.sinks,
      programModules(program),
      // The file being analysed is indexed; another file (a module an import leads to) only
      // has its declarations counted: indexing it would record its assignments too, which a
      // lint of this file does not otherwise see.
      (sf) => this.indexes.get(sf)?.bindings ?? this.bindingsOnly(sf),
    );
    this.dominance = new ConsentDominance(checker, types, ctx, () =>
      (program?.getSourceFiles() ?? []).filter((f) => !f.isDeclarationFile),
    );
    this.bases = new LawfulBasisAnnotations((node, text) => this.problem(node, text));
    this.destinations = new TransferDestinations(checker, ctx.transfers, this.matcher, (from) =>
      program ? program.getSourceFiles().filter((f) => !f.isDeclarationFile) : [from],
    );
    this.mechanisms = new TransferAnnotations(ctx.transfers.mechanisms, (node, text) =>
      this.problem(node, text),
    );
    // Whole untyped records are read against the whole program when there is one (the scanner,
    // a typed lint); an isolated lint knows only the file it lints.
    this.records = new ProjectRecords(
      () => program?.getSourceFiles() ?? [...this.analysed],
      this.classifier,
      checker,
      ctx.taxonomy,
    );
    this.flow = new ValueFlow(checker, ctx, this.classifier, types, {
      assignmentsTo: (d) => {
        this.index(d.getSourceFile());
        return this.assignments.get(d) ?? [];
      },
      returnFlowOf: (call) => {
        const fn = this.target(call);
        return fn ? this.summaryOf(fn).returns : undefined;
      },
      recordFields: (path, at) => this.records.fieldsOf(path, at),
      collectionFields: (collection, at) => this.records.fieldsOfCollection(collection, at),
    });
  }

  /** The file's index, built once (see buildFileIndex). */
  private index(sf: ts.SourceFile): FileIndex {
    let index = this.indexes.get(sf);
    if (!index) {
      index = buildFileIndex(sf, this.checker, (d, value) => {
        const list = this.assignments.get(d) ?? [];
        list.push(value);
        this.assignments.set(d, list);
      });
      this.indexes.set(sf, index);
    }
    return index;
  }

  private bindingsOnly(sf: ts.SourceFile): FileBindings {
    let bindings = this.otherBindings.get(sf);
    if (!bindings) {
      bindings = FileBindings.of(sf);
      this.otherBindings.set(sf, bindings);
    }
    return bindings;
  }

  /** Analyses one file. */
  analyzeFile(sf: ts.SourceFile): FileAnalysis {
    this.analysed.add(sf);
    const index = this.index(sf);
    const findings = new Map<string, Finding>();
    const consented: ConsentedFlow[] = [];
    const literalSources: PiSource[] = [];
    for (const call of index.calls) {
      try {
        const hits = this.sinkHits(call);
        // An export of untyped rows names its columns: the first argument stands for them.
        const exported = hits.find((h) => h.sink.kind === "export" && !h.helper);
        const columns = exported ? columnTaints(call, this.classifier.names) : [];
        for (const hit of hits) {
          const taints = this.flow.taintsAlong(hit.arg, hit.helper?.path ?? []);
          if (hit === exported) taints.push(...columns);
          for (const t of taints) {
            if (t.kind !== "pi") continue;
            // One finding per sink too: a helper that both logs and sends reports both.
            const key = `${call.pos}\u0000${t.category.id}\u0000${t.fieldPath}\u0000${hit.sink.id}`;
            if (findings.has(key)) continue;
            const decided = this.decide(t, hit, call, sf);
            if (decided.kind === "finding") {
              if (this.reported(decided.finding, t)) findings.set(key, decided.finding);
            } else if (decided.kind === "consented") consented.push(decided.flow);
            if (t.origin === "literal" && t.steps[0])
              literalSources.push(this.source(t.category.id, t.fieldPath, "literal", t.steps[0]));
          }
        }
      } catch (error) {
        this.onInternalError(error, { file: sf.fileName, start: call.getStart() });
      }
    }
    const declaredBases = this.bases.declared(sf, index.functions);
    // Every `@pipl-transfer` tag is validated, not only those on a function with a send abroad.
    for (const fn of index.functions) this.mechanisms.of(fn);
    for (const d of index.tagged) this.classifier.tagCategory(d);
    const problems = [...(this.problems.get(sf.fileName)?.values() ?? [])];
    const sorted = [...findings.values()].sort(
      (a, b) =>
        a.start - b.start ||
        a.end - b.end ||
        cmp(a.category, b.category) ||
        cmp(a.fieldPath, b.fieldPath) ||
        cmp(a.sink.id, b.sink.id),
    );
    let sources: PiSource[] | undefined;
    const sourcesOf = () =>
      (sources ??= [...this.declaredSources(sf, index), ...literalSources].sort(
        (a, b) => a.start - b.start || cmp(a.category, b.category),
      ));
    return {
      findings: sorted,
      get sources() {
        return sourcesOf();
      },
      consentedFlows: consented.sort(
        (a, b) => a.start - b.start || cmp(a.category, b.category) || cmp(a.fieldPath, b.fieldPath),
      ),
      declaredBases,
      problems: problems.sort((a, b) => a.start - b.start),
    };
  }

  /** Whether a finding clears the config's confidence floor and network-log exemption. */
  private reported(finding: Finding, t: PiTaint): boolean {
    const options = this.ctx.config.analysis;
    if (finding.confidence === "medium" && options?.minConfidence === "high") return false;
    return !(
      finding.kind === "log" &&
      t.category.networkLogIdentifier === true &&
      options?.reportNetworkLogIdentifiers !== true
    );
  }

  private decide(
    t: PiTaint,
    hit: SinkHit,
    call: ts.Node,
    sf: ts.SourceFile,
  ):
    | { kind: "finding"; finding: Finding }
    | { kind: "consented"; flow: ConsentedFlow }
    | { kind: "own-organisation" } {
    // A relative URL or one of the organisation's own hosts: not a transfer to another party.
    const destination = hit.helper
      ? this.destinations.of(hit.helper.sinkCall, hit.sink, call)
      : this.destinations.of(call, hit.sink);
    if (destination === ownDestination) return { kind: "own-organisation" };
    // What the flow is and where, completed below by the verdict (each path returns it once).
    // Assigned, not spread into a new object: a spread followed by new keys takes V8's slow path
    // (about 2 us per object on Node 20), and a lint decides every flow it meets. The steps are
    // plain data, worked out now: an editor's incremental parse moves the nodes they come from.
    // A stored record's finding points at the field that carries the PI (see recordPlacement).
    const at = (storesRecords(hit.sink) && recordPlacement(t.steps, call, sf)) || hit.arg;
    const located = {
      kind: hit.sink.kind,
      category: t.category.id,
      fieldPath: t.fieldPath,
      sink: sinkOf(hit, sf),
      file: sf.fileName,
      start: at.getStart(sf),
      end: at.getEnd(),
      flow: this.flowSteps(t, hit, sf),
    };
    const crossBorder = destination?.jurisdiction === "cross-border";
    if (destination) {
      const mechanism = crossBorder
        ? (this.mechanisms.at(call, sf) ??
          (hit.helper
            ? this.mechanisms.at(hit.helper.sinkCall, hit.helper.sinkCall.getSourceFile())
            : undefined))
        : undefined;
      Object.assign(located, mechanism ? { destination, mechanism } : { destination });
    }
    const consented = (coveredBy: ConsentedFlow["coveredBy"]) => ({
      kind: "consented" as const,
      flow: Object.assign(located, { coveredBy }),
    });
    const basis = this.bases.at(call, sf)?.basis ?? hit.helper?.basis;
    if (basis !== undefined) return consented({ kind: "basis", basis });
    const checks: ConsentCheck[] = [
      ...this.dominance.checksAt(call),
      ...(hit.helper?.checks ?? []),
    ];
    for (const step of t.steps) {
      if (step.pos >= call.pos && step.end <= call.end && step.getSourceFile() === sf)
        checks.push(...this.dominance.checksAt(step));
    }
    const sensitive = t.category.sensitivity === "sensitive";
    const covering = checks.filter((c) =>
      c.categories.length === 0
        ? !sensitive
        : c.categories.some((id) => this.ctx.taxonomy.covers(id, t.category.id)),
    );
    // A cross-border send needs the person's separate consent to providing PI abroad (Art. 39).
    const abroadConsented = !crossBorder || checks.some((c) => c.crossBorder === true);
    if (covering.length > 0 && abroadConsented) {
      return consented({
        kind: "consent",
        categories: [...new Set(covering.flatMap((c) => c.categories))],
      });
    }
    let reason: FindingReason = "no-consent";
    if (covering.length > 0) reason = "no-cross-border-consent";
    else if (checks.some((c) => c.categories.length === 0) && sensitive)
      reason = "general-consent-for-sensitive";
    else if (checks.length > 0) reason = "consent-for-other-category";
    const fix: Finding["fix"] =
      hit.sink.kind === "log"
        ? {
            kind: "mask",
            sanitizer: suggestedSanitizerFor(t.category.id, this.ctx.consent, this.ctx.taxonomy),
          }
        : { kind: "consent", category: t.category.id };
    const confidence: Finding["confidence"] = t.untyped || hit.sink.inferred ? "medium" : "high";
    return { kind: "finding", finding: Object.assign(located, { reason, fix, confidence }) };
  }

  private flowSteps(t: PiTaint, hit: SinkHit, sf: ts.SourceFile): FlowStep[] {
    const nodes = [...t.steps];
    if (hit.helper) nodes.push(hit.helper.sinkCall);
    const steps: FlowStep[] = [];
    for (const n of nodes) {
      const file = n.getSourceFile();
      const label =
        t.masked !== undefined && n === t.steps[0] ? JSON.stringify(t.masked) : labelOf(n, file);
      steps.push({ file: file.fileName, start: n.getStart(file), end: n.getEnd(), label });
    }
    const last = steps[steps.length - 1];
    const argStart = hit.arg.getStart(sf);
    if (!last || last.start !== argStart || last.file !== sf.fileName) {
      steps.push({
        file: sf.fileName,
        start: argStart,
        end: hit.arg.getEnd(),
        label:
          t.masked !== undefined && hit.arg === t.steps[0]
            ? JSON.stringify(t.masked)
            : labelOf(hit.arg, sf),
      });
    }
    return steps;
  }

  /** The data arguments of a call that reach a sink: directly, or through a summarised helper. */
  private sinkHits(call: ts.CallExpression | ts.NewExpression): SinkHit[] {
    const hits: SinkHit[] = [];
    const args = call.arguments ?? [];
    const sink = this.matcher.match(call);
    if (sink) {
      const spec = sink.arguments;
      args.forEach((arg, i) => {
        const carries =
          spec === "all" ||
          (Array.isArray(spec) ? spec.includes(i) : i >= (spec as { from: number }).from);
        if (carries)
          hits.push({
            arg: isSpreadElement(arg) ? arg.expression : arg,
            sink,
            helper: undefined,
          });
      });
      return hits;
    }
    // Without arguments nothing can reach a helper's sink parameters: no need to resolve it.
    if (!isCallExpression(call) || args.length === 0) return hits;
    const fn = this.target(call, true);
    if (!fn) return hits;
    for (const p of this.summaryOf(fn).sinkParams) {
      args.forEach((arg, i) => {
        if (i === p.index || (p.rest && i > p.index))
          hits.push({
            arg: isSpreadElement(arg) ? arg.expression : arg,
            sink: p.sink,
            helper: p,
          });
      });
    }
    return hits;
  }

  /**
   * The function a call runs, when its body is visible and the engine may summarise it. With
   * `forSinks`, only a function that may reach a sink (see {@link sinkHelperNames}) is looked for.
   */
  private target(call: ts.CallExpression, forSinks = false): ts.SignatureDeclaration | undefined {
    const at = calleeNameNode(call);
    if (!at) return undefined;
    // A call whose name no candidate function bears cannot run one, so the checker (which
    // resolves the whole call, narrowing its receiver, to answer) is not asked.
    const names = forSinks
      ? this.sinkHelperNames(call.getSourceFile())
      : this.crossFile
        ? undefined
        : this.index(call.getSourceFile()).callableNames;
    if (names && !names.has(at.text)) return undefined;
    let symbol = this.checker.getSymbolAtLocation(at);
    if (symbol && symbol.flags & SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    let d: ts.Node | undefined = symbol?.valueDeclaration;
    if (!d) return undefined;
    // CommonJS `exports.send = function (...) {...}`: the assignment declares the member.
    if (isPropertyAccessExpression(d) && d.parent && isBinaryExpression(d.parent)) d = d.parent;
    if (isBinaryExpression(d) && d.operatorToken.kind === SyntaxKind.EqualsToken) {
      const value = unwrapExpression(d.right);
      d = isArrowFunction(value) || isFunctionExpression(value) ? value : undefined;
      if (!d) return undefined;
    }
    if (isVariableDeclaration(d) || isPropertyDeclaration(d) || isPropertyAssignment(d)) {
      const init = d.initializer ? unwrapExpression(d.initializer) : undefined;
      d = init && (isArrowFunction(init) || isFunctionExpression(init)) ? init : undefined;
    }
    if (
      !d ||
      !(
        isFunctionDeclaration(d) ||
        isMethodDeclaration(d) ||
        isArrowFunction(d) ||
        isFunctionExpression(d)
      )
    )
      return undefined;
    if (!d.body) return undefined;
    if (!this.crossFile && d.getSourceFile() !== call.getSourceFile()) return undefined;
    if (d.getSourceFile().isDeclarationFile) return undefined;
    return d;
  }

  /**
   * Names of the functions that may pass a parameter to a sink, plus alias names (see
   * {@link FileIndex.aliasNames}); `undefined` when unknowable (then every call is resolved).
   * A function may reach a sink when a call inside it (callbacks included, as in its summary)
   * with arguments is a sink, or calls such a function by name: a fixpoint over names, from the
   * calls of the file (or of every file of the program when helpers are followed across files).
   * Resolving the target of every call made large files quadratic: each resolution narrows the
   * receiver by control flow back through the enclosing function.
   */
  private sinkHelperNames(sf: ts.SourceFile): Set<string> | undefined {
    const key = this.crossFile ? this.globalKey : sf;
    if (this.helperNames.has(key)) return this.helperNames.get(key) ?? undefined;
    const files = this.crossFile
      ? this.program?.getSourceFiles().filter((f) => !f.isDeclarationFile)
      : [sf];
    let names: Set<string> | undefined;
    if (files) names = this.computeSinkHelperNames(files.map((f) => this.index(f)));
    this.helperNames.set(key, names ?? null);
    return names;
  }

  private computeSinkHelperNames(indexes: readonly FileIndex[]): Set<string> | undefined {
    if (indexes.some((i) => i.callableNames === undefined)) return undefined;
    const nameOf = new Map<ts.Node, string>();
    const names = new Set<string>();
    const queue: string[] = [];
    for (const index of indexes) {
      for (const [fn, name] of index.functionNames) nameOf.set(fn, name);
      for (const alias of index.aliasNames) {
        if (!names.has(alias)) queue.push(alias);
        names.add(alias);
      }
    }
    const marked = new Set<ts.Node>();
    const mark = (fn: ts.Node) => {
      if (marked.has(fn)) return;
      marked.add(fn);
      const name = nameOf.get(fn);
      if (name !== undefined && !names.has(name)) {
        names.add(name);
        queue.push(name);
      }
    };
    const callers = new Map<string, ts.Node[]>();
    for (const index of indexes) {
      for (const call of index.calls) {
        if (!call.arguments?.length) continue;
        const enclosing: ts.Node[] = [];
        for (let n = call.parent; n; n = n.parent)
          if (isFunctionLike(n) && (n as { body?: ts.Node }).body) enclosing.push(n);
        if (enclosing.length === 0) continue;
        let sink: boolean;
        try {
          sink = this.matcher.match(call) !== undefined;
        } catch {
          sink = true;
        }
        if (sink) {
          enclosing.forEach(mark);
          continue;
        }
        const at = calleeNameNode(call);
        if (!at) continue;
        const list = callers.get(at.text) ?? [];
        list.push(...enclosing);
        callers.set(at.text, list);
      }
    }
    for (let name = queue.pop(); name !== undefined; name = queue.pop())
      for (const fn of callers.get(name) ?? []) mark(fn);
    return names;
  }

  /** The summary of a function: which parameters reach sinks, and what it returns. */
  summaryOf(fn: ts.SignatureDeclaration): FunctionSummary {
    const cached = this.summaries.get(fn);
    if (cached) return cached;
    if (this.summarising.has(fn)) return { sinkParams: [], returns: emptyReturn };
    this.summarising.add(fn);
    try {
      const summary = this.computeSummary(fn);
      this.summaries.set(fn, summary);
      return summary;
    } catch (error) {
      this.onInternalError(error, { file: fn.getSourceFile().fileName, start: fn.getStart() });
      const empty = { sinkParams: [], returns: emptyReturn };
      this.summaries.set(fn, empty);
      return empty;
    } finally {
      this.summarising.delete(fn);
    }
  }

  private computeSummary(fn: ts.SignatureDeclaration): FunctionSummary {
    const sf = fn.getSourceFile();
    const index = this.index(sf);
    const sinkParams: ParamSinkFlow[] = [];
    const seen = new Set<string>();
    const basis = this.bases.of(fn)?.basis;
    // The calls are sorted by position: the function's are one run of them, found by bisection
    // (scanning every call of the file for every function made large files quadratic).
    const calls = index.calls;
    for (let i = firstAtOrAfter(calls, fn.pos); i < calls.length; i++) {
      const call = calls[i]!;
      if (call.pos >= fn.end) break;
      if (call.end > fn.end) continue;
      for (const hit of this.sinkHits(call)) {
        for (const t of this.flow.taintsOf(hit.arg)) {
          if (t.kind !== "param" || t.fn !== fn) continue;
          const path = [...(t.path ?? []), ...(hit.helper?.path ?? [])];
          const key = `${t.index}\u0000${hit.sink.id}\u0000${path.join(".")}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const param = fn.parameters[t.index];
          sinkParams.push({
            index: t.index,
            ...(path.length > 0 ? { path } : {}),
            rest: param?.dotDotDotToken !== undefined,
            sink: hit.sink,
            sinkCall: hit.helper?.sinkCall ?? call,
            checks: [...this.dominance.checksAt(call), ...(hit.helper?.checks ?? [])],
            basis: basis ?? this.bases.at(call, sf)?.basis ?? hit.helper?.basis,
          });
        }
      }
    }
    const params = new Set<number>();
    const taints: PiTaint[] = [];
    for (const r of returnedExpressions(fn)) {
      for (const t of this.flow.taintsOf(r)) {
        if (t.kind === "param" && t.fn === fn) params.add(t.index);
        else if (t.kind === "pi") taints.push(t);
      }
    }
    return { sinkParams, returns: { params: [...params], taints } };
  }

  private declaredSources(sf: ts.SourceFile, index: FileIndex): PiSource[] {
    const out: PiSource[] = [];
    for (const d of index.declarations) {
      try {
        const v = this.classifier.declarationPi(d);
        if (!v) continue;
        out.push(
          this.source(
            v.category.id,
            declarationPath(d),
            v.origin,
            (d as ts.NamedDeclaration).name ?? d,
          ),
        );
      } catch (error) {
        this.onInternalError(error, { file: sf.fileName, start: d.getStart(sf) });
      }
    }
    return out;
  }

  private source(
    category: string,
    fieldPath: string,
    origin: PiSource["origin"],
    node: ts.Node,
  ): PiSource {
    const file = node.getSourceFile();
    return {
      category,
      fieldPath,
      origin,
      file: file.fileName,
      start: node.getStart(file),
      end: node.getEnd(),
    };
  }

  private problem(node: ts.Node, text: AnnotationProblemText): void {
    const message = formatMessage(lintMessages, "en", text.id, text.params);
    const file = node.getSourceFile();
    const start = node.getStart(file);
    const end = node.getEnd();
    const byFile = this.problems.get(file.fileName) ?? new Map<string, AnnotationProblem>();
    // The value follows the tag name (`@pipl <value>`): its first occurrence after the name.
    const at = text.replace ? file.text.indexOf(text.replace.value, start + 1) : -1;
    const valueEnd = at + (text.replace?.value.length ?? 0);
    byFile.set(`${start}\u0000${message}`, {
      message,
      text,
      file: file.fileName,
      start,
      end,
      ...(text.replace && at > start && valueEnd <= end
        ? { replacement: { start: at, end: valueEnd, text: text.replace.by } }
        : {}),
    });
    this.problems.set(file.fileName, byFile);
  }
}

/** The finding's sink: catalogue id and label, and the callee as written at the argument. */
function sinkOf(hit: SinkHit, sf: ts.SourceFile): Finding["sink"] {
  const call = sinkCallText(hit.arg, sf);
  return call === undefined
    ? { id: hit.sink.id, label: hit.sink.label }
    : { id: hit.sink.id, label: hit.sink.label, call };
}

/** Index of the first node (of nodes sorted by `pos`) whose `pos` is at or after `pos`. */
function firstAtOrAfter(nodes: readonly ts.Node[], pos: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (nodes[mid]!.pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Source text of a node for a flow step, shortened. */
function labelOf(node: ts.Node, sf: ts.SourceFile): string {
  const text = node.getText(sf).replace(/\s+/g, " ");
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** `UserProfile.mobile` for a property, the name for variables and parameters. */
function declarationPath(d: ts.Node): string {
  const name = (d as ts.NamedDeclaration).name;
  const text = name && (isIdentifier(name) || isStringLiteral(name)) ? name.text : d.getText();
  const holder = d.parent;
  if (
    (isPropertySignature(d) || isPropertyDeclaration(d)) &&
    (isInterfaceDeclaration(holder) || isClassLike(holder)) &&
    holder.name
  ) {
    return `${holder.name.text}.${text}`;
  }
  return text;
}
