// `npm run corpus [-- CORPUS_DIR]`: measures `pipl-guard scan` on the development corpus, real
// repositories at fixed commits whose sites are labelled `flag` (PI reaches a sink there) or
// `silent` (a look-alike). Prints flag recall, silent-site accuracy, findings, time and peak
// memory per repo, the sites to act on, and writes a deterministic sample of unlabelled findings
// for precision judgements. Run after `npm run build`. See test/corpus/README.md.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { clearTimeout, setTimeout } from "node:timers";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const cli = path.join(root, "dist/analyzers/cli/main.js");
const timeBin = "/usr/bin/time";
// The bench's preload records the child's own peak RSS when /usr/bin/time is not installed.
const rssPreload = path.join(root, "test/bench/support/record-peak-rss.mjs");
const resultsFile = path.join(root, "reports/corpus/results.json");

const usage = `usage: node test/corpus/run-corpus.mjs [CORPUS_DIR] [options]
  CORPUS_DIR            extracted repos as owner+name folders (default $PIPL_CORPUS_DIR or /work/corpus)
  --corpus-file FILE    corpus description (default ../shared/corpus/dev-corpus.json)
  --with-holdout        also scan the hold-out repos and report them in a separate section
  --no-holdout          leave the hold-out repos out entirely (the default)
  --repo OWNER/NAME     only this repo (repeatable)
  --sample N            unlabelled findings to sample for precision (default 40)
  --sample-out FILE     where to write the sample (default reports/corpus/sample.json)
  --timeout SECONDS     per-repo scan time limit (default 900)
  --json                print the summary as JSON`;

let opts;
try {
  opts = parseArgs({
    allowPositionals: true,
    options: {
      "corpus-file": { type: "string" },
      "with-holdout": { type: "boolean", default: false },
      "no-holdout": { type: "boolean", default: false },
      repo: { type: "string", multiple: true },
      sample: { type: "string", default: "40" },
      "sample-out": { type: "string" },
      timeout: { type: "string", default: "900" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
} catch (error) {
  fail(`${error.message}\n${usage}`);
}
const { values, positionals } = opts;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length > 1) fail(`one CORPUS_DIR at most\n${usage}`);
if (values["with-holdout"] && values["no-holdout"])
  fail("--with-holdout and --no-holdout contradict each other");
const sampleSize = Number(values.sample);
const timeoutSeconds = Number(values.timeout);
if (!Number.isInteger(sampleSize) || sampleSize < 0)
  fail(`--sample: not a count: ${values.sample}`);
if (!(timeoutSeconds > 0)) fail(`--timeout: not a number of seconds: ${values.timeout}`);
if (!existsSync(cli)) fail("dist/analyzers/cli/main.js is missing: run `npm run build` first.");

const corpusDir = path.resolve(positionals[0] ?? process.env.PIPL_CORPUS_DIR ?? "/work/corpus");
const corpusFile = values["corpus-file"]
  ? path.resolve(values["corpus-file"])
  : path.resolve(root, "../shared/corpus/dev-corpus.json");
const sampleOut = values["sample-out"]
  ? path.resolve(values["sample-out"])
  : path.join(root, "reports/corpus/sample.json");
const withHoldout = values["with-holdout"];
const say = values.json ? () => {} : (line = "") => console.log(line);
// Progress goes to stderr so that --json output stays parseable.
const progress = (line) => process.stderr.write(`${line}\n`);

function fail(message) {
  console.error(`run-corpus: ${message}`);
  process.exit(2);
}

function readJson(file, what) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return fail(`cannot read ${what} ${file}: ${error.message}`);
  }
}

// --- The corpus: dev-corpus.json, plus labels added in this repo, minus hidden hold-outs. ---

const corpus = readJson(corpusFile, "corpus file");
const repos = corpus.repos.map((r) => ({
  ...r,
  root: r.root ?? ".",
  sites: r.sites.map((s) => ({ ...s, origin: "corpus" })),
}));
// An extra-labels entry with a `commit` adds a repo to the corpus (same shape as dev-corpus.json's
// entries); without one, its sites are appended to a repo already in the corpus.
const extraFile = path.join(here, "extra-labels.json");
const extraWarnings = [];
let extraCount = 0;
let extraRepoCount = 0;
if (existsSync(extraFile)) {
  for (const extra of readJson(extraFile, "extra labels").repos ?? []) {
    const target = repos.find((r) => r.repo === extra.repo);
    const sites = (extra.sites ?? []).map((s) => ({ ...s, origin: "extra" }));
    if (extra.commit !== undefined) {
      if (target)
        fail(`extra-labels.json: ${extra.repo} has a commit but is already in the corpus`);
      if (typeof extra.commit !== "string" || !/^[0-9a-f]{40}$/i.test(extra.commit))
        fail(`extra-labels.json: ${extra.repo}: commit must be 40 hex digits`);
      repos.push({ ...extra, root: extra.root ?? ".", sites, extraRepo: true });
      extraRepoCount += 1;
      extraCount += sites.length;
    } else if (!target) extraWarnings.push(`extra-labels.json: ${extra.repo} is not in the corpus`);
    else {
      target.sites.push(...sites);
      extraCount += sites.length;
    }
  }
}
for (const r of repos)
  for (const s of r.sites) {
    s.path = s.path.replace(/^\.\//, "");
    if (!["flag", "silent"].includes(s.expect) || !(s.from <= s.to))
      fail(`${r.repo} ${s.path}: a site needs expect flag|silent and from <= to`);
  }
const holdout = new Set(readJson(path.join(here, "holdout.json"), "hold-out list"));
const judgementsFile = path.join(here, "judgements.json");
const judgementsDoc = existsSync(judgementsFile)
  ? readJson(judgementsFile, "judgements")
  : { criteria: "", judgements: [] };
const judgements = new Map(judgementsDoc.judgements.map((j) => [j.key, j]));

const wanted = values.repo;
for (const name of wanted ?? [])
  if (!repos.some((r) => r.repo === name)) fail(`--repo ${name} is not in the corpus`);
const selected = repos.filter((r) => !wanted || wanted.includes(r.repo));
// Hold-outs stay unseen unless asked for, so that labels are not tuned against them.
const hiddenHoldouts = withHoldout ? [] : selected.filter((r) => holdout.has(r.repo));
const toScan = selected.filter((r) => withHoldout || !holdout.has(r.repo));

// --- Which files to scan ---

const excludedDirs = new Set(["node_modules", "dist", "unpackage", ".git"]);
const sourceFile = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const declarationFile = /\.d\.[cm]?ts$/;
const minifiedName = /[.-]min\.[cm]?js$/;

// Minified bundles (vendored uni_modules etc.) are not the project's code and cost the checker
// most; hand-written files average well under 300 characters a line even with long literals.
function looksMinified(file) {
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n").length;
  return text.length / lines > 300;
}

function listSources(dir, rel = "") {
  const files = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!excludedDirs.has(entry.name)) files.push(...listSources(dir, relPath));
    } else if (
      entry.isFile() &&
      sourceFile.test(entry.name) &&
      !declarationFile.test(entry.name) &&
      !minifiedName.test(entry.name) &&
      !looksMinified(path.join(dir, relPath))
    )
      files.push(relPath);
  }
  return files.sort();
}

// --- Running the scanner ---

// Scans the listed files with the CLI's own compiler defaults: no --project, because the repos'
// tsconfigs (when present) were written for their build, not for analysing every source file.
// cwd is the scan root, so the report's paths are relative to it like the labels.
function runScan(scanRoot, files) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "pipl-corpus-"));
  const reportFile = path.join(tmp, "report.json");
  const rssFile = path.join(tmp, "peak-rss");
  // `--` keeps a file named like an option from being read as one.
  const scanArgs = [cli, "scan", "--format", "json", "--output", reportFile, "--", ...files];
  let command = process.execPath;
  let args = scanArgs;
  const env = { ...process.env };
  if (existsSync(timeBin)) {
    command = timeBin;
    args = ["-f", "%M", "-o", rssFile, process.execPath, ...scanArgs];
  } else if (existsSync(rssPreload)) {
    args = ["--import", pathToFileURL(rssPreload).href, ...scanArgs];
    env.PIPL_BENCH_RSS_FILE = rssFile;
  }
  const started = performance.now();
  return new Promise((resolve) => {
    // Own process group, so that a timeout kills node too and not only /usr/bin/time.
    const child = spawn(command, args, {
      cwd: scanRoot,
      env,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      if (stderr.length < 1 << 20) stderr += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, "SIGKILL");
    }, timeoutSeconds * 1000);
    const finish = (code, signal, spawnError) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      // GNU time writes "Command exited with non-zero status 1" before %M: take the last line.
      const rssLines = existsSync(rssFile) ? readFileSync(rssFile, "utf8").trim().split("\n") : [];
      const peakKb = Number(rssLines.at(-1));
      let report;
      if ((code === 0 || code === 1) && existsSync(reportFile))
        report = JSON.parse(readFileSync(reportFile, "utf8"));
      rmSync(tmp, { recursive: true, force: true });
      const status = report
        ? "ok"
        : timedOut
          ? "timeout"
          : spawnError
            ? `spawn failed: ${spawnError.message}`
            : code === 2
              ? "error (exit 2)"
              : `crashed (${signal ?? `exit ${code}`})`;
      resolve({
        status,
        exitCode: code,
        signal,
        seconds,
        peakMb: Number.isFinite(peakKb) && peakKb > 0 ? peakKb / 1024 : null,
        // The scanner's one-line summary of a report written with --output is not a problem.
        stderr: stderr
          .split("\n")
          .filter((l) => l.trim() !== "" && !l.endsWith(`report written to ${reportFile}`)),
        report,
      });
    };
    child.on("error", (error) => finish(null, null, error));
    child.on("close", (code, signal) => finish(code, signal));
  });
}

// --- Scoring ---

// A finding scores for a site when it starts within one line of the labelled range.
const near = (finding, site) =>
  finding.file === site.path && finding.line >= site.from - 1 && finding.line <= site.to + 1;

function slim(f) {
  return {
    file: f.range.file,
    line: f.range.line,
    column: f.range.column,
    ruleId: f.ruleId,
    category: f.category,
    fieldPath: f.fieldPath,
    sink: f.sink.label,
    fingerprint: f.fingerprint,
  };
}

async function measure(entry) {
  const dir = path.join(corpusDir, entry.repo.replace("/", "+"));
  const scanRoot = path.join(dir, entry.root);
  const base = {
    repo: entry.repo,
    root: entry.root,
    scanRoot,
    holdout: holdout.has(entry.repo),
    extraRepo: entry.extraRepo === true,
  };
  if (!existsSync(scanRoot)) return { ...base, status: "missing" };
  const files = listSources(scanRoot);
  if (files.length === 0) return { ...base, status: "no source files" };
  progress(`scanning ${entry.repo} (${files.length} files)…`);
  const run = await runScan(scanRoot, files);
  const findings = run.report ? run.report.findings.map(slim) : [];
  const scanned = new Set(files);
  const sites = entry.sites.map((site) => {
    const matched = findings.filter((f) => near(f, site));
    // A label on a file that was not scanned cannot score either way: ok null, listed apart.
    const note = scanned.has(site.path)
      ? undefined
      : existsSync(path.join(scanRoot, site.path))
        ? "file excluded from the scan"
        : "file not found under the root";
    const ok = note ? null : site.expect === "flag" ? matched.length > 0 : matched.length === 0;
    return { ...site, ok, matched, ...(note ? { note } : {}) };
  });
  return {
    ...base,
    status: run.status,
    exitCode: run.exitCode,
    signal: run.signal,
    files: files.length,
    filesScanned: run.report?.filesScanned ?? null,
    notAnalysed: run.report?.notAnalysed ?? [],
    seconds: Math.round(run.seconds * 100) / 100,
    peakMb: run.peakMb === null ? null : Math.round(run.peakMb),
    scannerStderr: run.stderr,
    sites,
    findings,
  };
}

function totals(results) {
  const ok = results.filter((r) => r.status === "ok");
  const sites = ok.flatMap((r) => r.sites).filter((s) => s.ok !== null);
  const flags = sites.filter((s) => s.expect === "flag");
  const silents = sites.filter((s) => s.expect === "silent");
  const pct = (n, d) => (d === 0 ? null : (100 * n) / d);
  const flagFound = flags.filter((s) => s.ok).length;
  const silentOk = silents.filter((s) => s.ok).length;
  return {
    repos: ok.length,
    failed: results.filter((r) => r.status !== "ok" && r.status !== "missing").length,
    flag: { found: flagFound, total: flags.length, recallPct: pct(flagFound, flags.length) },
    silent: { ok: silentOk, total: silents.length, accuracyPct: pct(silentOk, silents.length) },
    findings: ok.reduce((n, r) => n + r.findings.length, 0),
    seconds: Math.round(ok.reduce((n, r) => n + r.seconds, 0) * 100) / 100,
  };
}

// --- Precision sample ---

function sourceLines(scanRoot, file) {
  try {
    return readFileSync(path.join(scanRoot, file), "utf8").split(/\r?\n/);
  } catch {
    return [];
  }
}

// Unlabelled findings ordered by a hash of their key: the sample does not depend on scan order,
// and a judged finding stays in it as long as the scanner still reports it (and few new ones sort
// before it).
function precisionSample(results) {
  const byKey = new Map();
  for (const r of results) {
    for (const f of r.findings) {
      if (r.sites.some((s) => near(f, s))) continue;
      const key = [r.repo, f.file, f.line, f.ruleId, f.fieldPath].join("|");
      if (!byKey.has(key)) byKey.set(key, { r, f });
    }
  }
  const hash = (key) => createHash("sha1").update(key).digest("hex");
  const picked = [...byKey.keys()]
    .map((key) => ({ key, order: hash(key) }))
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .slice(0, sampleSize);
  const entries = picked.map(({ key }) => {
    const { r, f } = byKey.get(key);
    const lines = sourceLines(r.scanRoot, f.file);
    const context = [];
    for (let n = Math.max(1, f.line - 2); n <= Math.min(lines.length, f.line + 2); n++)
      context.push({ line: n, text: lines[n - 1] });
    const judged = judgements.get(key);
    return {
      key,
      repo: r.repo,
      path: f.file,
      line: f.line,
      rule: f.ruleId,
      fieldPath: f.fieldPath,
      category: f.category,
      sink: f.sink,
      text: lines[f.line - 1] ?? "",
      context,
      ...(judged ? { judgement: judged.judgement, why: judged.why } : {}),
    };
  });
  const verdict = (e) => String(e.judgement);
  const judgedTrue = entries.filter((e) => verdict(e) === "true").length;
  const judgedFalse = entries.filter((e) => verdict(e) === "false").length;
  return {
    candidates: byKey.size,
    size: entries.length,
    true: judgedTrue,
    false: judgedFalse,
    unjudged: entries.length - judgedTrue - judgedFalse,
    precisionPct:
      judgedTrue + judgedFalse === 0 ? null : (100 * judgedTrue) / (judgedTrue + judgedFalse),
    entries,
  };
}

// --- Report ---

const fmtPct = (p) => (p === null ? "n/a" : `${p.toFixed(1)}%`);
const fmtMb = (mb) => (mb === null || mb === undefined ? "n/a" : `${Math.round(mb)} MB`);
const fmtS = (s) => (s === undefined ? "" : `${s.toFixed(1)} s`);

function printTable(results) {
  if (results.length === 0) return;
  const rows = [["repo", "files", "flag", "silent", "findings", "time", "peak", "status"]];
  for (const r of results) {
    const count = (expect) => {
      const s = (r.sites ?? []).filter((x) => x.expect === expect && x.ok !== null);
      return r.status === "ok" ? `${s.filter((x) => x.ok).length}/${s.length}` : "-";
    };
    rows.push([
      r.extraRepo ? `${r.repo} (extra)` : r.repo,
      String(r.files ?? "-"),
      count("flag"),
      count("silent"),
      r.status === "ok" ? String(r.findings.length) : "-",
      fmtS(r.seconds),
      r.seconds === undefined ? "" : fmtMb(r.peakMb),
      r.status,
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows)
    say(
      row
        .map((cell, i) => (i === 0 || i === 7 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
        .join("  ")
        .trimEnd(),
    );
}

function printTotals(label, t) {
  say(
    `${label}: flag recall ${t.flag.found}/${t.flag.total} (${fmtPct(t.flag.recallPct)}), ` +
      `silent-site accuracy ${t.silent.ok}/${t.silent.total} (${fmtPct(t.silent.accuracyPct)}), ` +
      `${t.findings} findings, ${fmtS(t.seconds)} scanning` +
      (t.failed ? `; ${t.failed} repo(s) failed and are not counted` : ""),
  );
}

function printSites(results) {
  const ok = results.filter((r) => r.status === "ok");
  const site = (r, s) =>
    `  ${r.repo}  ${s.path}:${s.from === s.to ? s.from : `${s.from}-${s.to}`}  ${s.what}` +
    (s.note ? `  [${s.note}]` : "");
  const missed = ok.flatMap((r) =>
    r.sites.filter((s) => s.expect === "flag" && s.ok === false).map((s) => site(r, s)),
  );
  say(`Missed flag sites (${missed.length}):`);
  for (const line of missed) say(line);
  const violated = ok.flatMap((r) =>
    r.sites
      .filter((s) => s.expect === "silent" && s.ok === false)
      .map(
        (s) =>
          `${site(r, s)}\n${s.matched
            .map(
              (f) =>
                `      reported: ${f.ruleId} ${f.category} ${f.fieldPath} → ${f.sink} (line ${f.line})`,
            )
            .join("\n")}`,
      ),
  );
  say(`Violated silent sites (${violated.length}):`);
  for (const line of violated) say(line);
  const unscored = ok.flatMap((r) => r.sites.filter((s) => s.ok === null).map((s) => site(r, s)));
  if (unscored.length > 0) say(`Labels not scored (${unscored.length}):`);
  for (const line of unscored) say(line);
}

function printProblems(results) {
  const lines = [];
  for (const r of results) {
    if (r.status === "missing") continue;
    if (r.status !== "ok") lines.push(`  ${r.repo}: ${r.status}`);
    const stderr = r.scannerStderr ?? [];
    if (stderr.length > 0) {
      const skipped = stderr.filter((l) => l.includes("analysis skipped")).length;
      lines.push(
        `  ${r.repo}: ${stderr.length} line(s) on the scanner's stderr` +
          (skipped ? ` (${skipped} "analysis skipped")` : ""),
      );
      // The first warnings and, for a crash, the last lines (the stack or V8's message).
      const shown =
        stderr.length <= 10 ? stderr : [...stderr.slice(0, 5), "…", ...stderr.slice(-5)];
      for (const l of shown) lines.push(`      ${l}`);
    }
  }
  if (lines.length === 0) return;
  say("Scanner problems:");
  for (const line of lines) say(line);
}

// --- Main ---

const results = [];
for (const entry of toScan) results.push(await measure(entry));
const missing = results.filter((r) => r.status === "missing");
const dev = results.filter((r) => r.status !== "missing" && !r.holdout);
const held = results.filter((r) => r.status !== "missing" && r.holdout);
const devTotals = totals(dev);
const heldTotals = withHoldout ? totals(held) : undefined;
const sample = precisionSample(dev.filter((r) => r.status === "ok"));

mkdirSync(path.dirname(sampleOut), { recursive: true });
writeFileSync(
  sampleOut,
  `${JSON.stringify({ criteria: judgementsDoc.criteria, entries: sample.entries }, null, 2)}\n`,
);
mkdirSync(path.dirname(resultsFile), { recursive: true });
writeFileSync(
  resultsFile,
  `${JSON.stringify({ corpusFile, corpusDir, totals: devTotals, holdoutTotals: heldTotals, repos: results }, null, 2)}\n`,
);

const rel = (f) => path.relative(process.cwd(), f) || ".";
if (values.json) {
  const repoSummary = (r) => ({
    repo: r.repo,
    extraRepo: r.extraRepo,
    status: r.status,
    files: r.files,
    flag: r.sites && {
      found: r.sites.filter((s) => s.expect === "flag" && s.ok === true).length,
      total: r.sites.filter((s) => s.expect === "flag" && s.ok !== null).length,
    },
    silent: r.sites && {
      ok: r.sites.filter((s) => s.expect === "silent" && s.ok === true).length,
      total: r.sites.filter((s) => s.expect === "silent" && s.ok !== null).length,
    },
    findings: r.findings?.length,
    seconds: r.seconds,
    peakMb: r.peakMb,
    scannerStderrLines: r.scannerStderr?.length,
  });
  const siteSummary = (r, keep) =>
    r.sites.filter(keep).map((s) => ({
      repo: r.repo,
      path: s.path,
      from: s.from,
      to: s.to,
      what: s.what,
      note: s.note,
    }));
  const okDev = dev.filter((r) => r.status === "ok");
  const { entries: _entries, ...sampleSummary } = sample;
  console.log(
    JSON.stringify(
      {
        corpusDir,
        corpusFile,
        missing: missing.map((r) => r.repo),
        hiddenHoldouts: hiddenHoldouts.length,
        repos: dev.map(repoSummary),
        totals: devTotals,
        ...(withHoldout ? { holdout: { repos: held.map(repoSummary), totals: heldTotals } } : {}),
        missedFlagSites: okDev.flatMap((r) =>
          siteSummary(r, (s) => s.expect === "flag" && s.ok === false),
        ),
        violatedSilentSites: okDev.flatMap((r) =>
          siteSummary(r, (s) => s.expect === "silent" && s.ok === false),
        ),
        unscoredSites: okDev.flatMap((r) => siteSummary(r, (s) => s.ok === null)),
        sample: { ...sampleSummary, file: rel(sampleOut) },
        resultsFile: rel(resultsFile),
        warnings: extraWarnings,
      },
      null,
      2,
    ),
  );
} else {
  say(
    `pipl-guard corpus: ${toScan.length} repo(s) from ${corpusDir}` +
      ` (${rel(corpusFile)}${extraCount ? ` + ${extraCount} extra label(s)` : ""}` +
      `${extraRepoCount ? `, ${extraRepoCount} repo(s) from extra-labels.json` : ""})`,
  );
  for (const w of extraWarnings) say(`warning: ${w}`);
  if (hiddenHoldouts.length)
    say(`${hiddenHoldouts.length} hold-out repo(s) not scanned (--with-holdout to report them)`);
  for (const r of missing)
    say(`missing: ${r.repo} (expected ${path.join(corpusDir, r.repo.replace("/", "+"), r.root)})`);
  say();
  printTable(dev);
  say();
  printTotals("Development totals", devTotals);
  say();
  printSites(dev);
  if (withHoldout) {
    say();
    say("=== Hold-out (not in the development totals) ===");
    printTable(held);
    printTotals("Hold-out totals", heldTotals);
    printSites(held);
  }
  say();
  printProblems(results);
  say(
    `Precision sample: ${sample.size} of ${sample.candidates} unlabelled findings → ${rel(sampleOut)}; ` +
      `judged ${sample.true} true, ${sample.false} false, ${sample.unjudged} unjudged; ` +
      `precision among judged ${fmtPct(sample.precisionPct)}`,
  );
  say(`Full results: ${rel(resultsFile)}`);
}
// A scan that crashed or timed out must not pass unnoticed in a script.
process.exit(results.some((r) => r.status !== "ok" && r.status !== "missing") ? 1 : 0);
