/**
 * Measures the description engine on labelled JSONL corpora with the same code the scanner runs.
 *
 *   npm run eval:descriptions [-- FILE.jsonl …] [--verdicts OUT.jsonl] [--loso-verdicts OUT.jsonl] [--no-loso] [--rules-only] [--classifier-gain G]
 *
 * Prints precision / recall / F1 / FPR per source and per attack family on the injection track,
 * false-positive rate on long benign items (200+ characters), the overt-capability track apart,
 * throughput, and leave-one-source-out figures (the classifier retrained without each source).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TRAIN_OPTIONS, trainClassifier } from '../src/engines/text/classifier.ts';
import {
  type CorpusItem,
  injectionLabel,
  isOvert,
  readCorpus,
  toAnalyzable,
  trainingExamples,
} from '../src/engines/text/corpus.ts';
import {
  type AnalyzeOptions,
  analyzeItem,
  type ClassifierModel,
  type ItemAnalysis,
  proseOf,
} from '../src/engines/text/index.ts';

const DEFAULT_CORPUS = fileURLToPath(
  new URL('../../shared/corpus/tool-descriptions.dev.jsonl', import.meta.url),
);
const LONG = 200;

interface Counts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

const zero = (): Counts => ({ tp: 0, fp: 0, tn: 0, fn: 0 });

function add(c: Counts, label: 0 | 1, flagged: boolean): void {
  if (label === 1) flagged ? c.tp++ : c.fn++;
  else flagged ? c.fp++ : c.tn++;
}

function ratio(a: number, b: number): string {
  return b === 0 ? '   -  ' : (a / b).toFixed(3).padStart(6);
}

function row(name: string, c: Counts): string {
  const p = ratio(c.tp, c.tp + c.fp);
  const r = ratio(c.tp, c.tp + c.fn);
  const prec = c.tp / (c.tp + c.fp);
  const rec = c.tp / (c.tp + c.fn);
  const f1 =
    c.tp + c.fp > 0 && c.tp + c.fn > 0 && prec + rec > 0
      ? ((2 * prec * rec) / (prec + rec)).toFixed(3).padStart(6)
      : '   -  ';
  const fpr = ratio(c.fp, c.fp + c.tn);
  const n = c.tp + c.fn;
  const m = c.fp + c.tn;
  return `${name.padEnd(58)} ${String(n).padStart(4)} ${String(m).padStart(4)}  ${p} ${r} ${f1} ${fpr}`;
}

const HEADER = `${''.padEnd(58)} ${'pos'.padStart(4)} ${'neg'.padStart(4)}  ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)} ${'FPR'.padStart(6)}`;

function descLen(it: CorpusItem): number {
  return typeof it.description === 'string' ? it.description.length : 0;
}

interface Evaluated {
  item: CorpusItem;
  a: ItemAnalysis;
}

function report(title: string, rows: readonly Evaluated[]): void {
  console.log(`\n== ${title}`);
  console.log(HEADER);
  const all = zero();
  const bySource = new Map<string, Counts>();
  const byFamily = new Map<string, Counts>();
  const long = zero();
  for (const { item, a } of rows) {
    const label = injectionLabel(item);
    if (label === null) continue;
    add(all, label, a.flagged);
    const s = bySource.get(item.source) ?? zero();
    bySource.set(item.source, s);
    add(s, label, a.flagged);
    if (label === 1) {
      const fam = item.attack ?? 'unknown';
      const f = byFamily.get(fam) ?? zero();
      byFamily.set(fam, f);
      add(f, label, a.flagged);
    } else if (descLen(item) >= LONG) add(long, 0, a.flagged);
  }
  console.log(row('injection track, all sources', all));
  console.log(row(`benign with description >= ${LONG} chars (FPR)`, long));
  for (const [s, c] of [...bySource].sort()) console.log(row(`  source ${s}`, c));
  for (const [f, c] of [...byFamily].sort()) console.log(row(`  attack ${f}`, c));
  const overt = zero();
  const overtBySource = new Map<string, Counts>();
  // Overt track: overt items against the benign items of the same sources.
  const overtSources = new Set(rows.filter((r) => isOvert(r.item)).map((r) => r.item.source));
  for (const { item, a } of rows) {
    if (!isOvert(item) && !(item.label === 'benign' && overtSources.has(item.source))) continue;
    const label = isOvert(item) ? 1 : 0;
    add(overt, label, a.overt);
    const s = overtBySource.get(item.source) ?? zero();
    overtBySource.set(item.source, s);
    add(s, label, a.overt);
  }
  if (overt.tp + overt.fn > 0) {
    console.log(row('overt-capability track (overt verdict; benign of same sources)', overt));
    for (const [s, c] of [...overtBySource].sort()) console.log(row(`  source ${s}`, c));
  }
}

/**
 * Items per second of CPU time (user + system) of this process, so the figure means "on one
 * core" even when the machine is shared; wall-clock rate printed alongside.
 */
function throughput(items: readonly CorpusItem[]): { cpu: number; wall: number } {
  const inputs = items.map(toAnalyzable);
  for (const it of inputs.slice(0, 200)) analyzeItem(it);
  let n = 0;
  const start = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let cpuUs = 0;
  while (cpuUs < 3e6) {
    for (const it of inputs) analyzeItem(it);
    n += inputs.length;
    const c = process.cpuUsage(cpu0);
    cpuUs = c.user + c.system;
  }
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  return { cpu: n / (cpuUs / 1e6), wall: n / wall };
}

function verdictLines(rows: readonly Evaluated[]): string {
  const lines = rows.map(({ item, a }) =>
    JSON.stringify({
      id: item.id,
      flagged: a.flagged,
      score: Math.round(a.score * 1e4) / 1e4,
      rules: [...new Set(a.hits.map((h) => h.rule))],
      classifier: Math.round(a.classifier.score * 1e4) / 1e4,
      hidden: [...new Set(a.hidden.map((h) => h.kind))],
      overt: a.overt,
    }),
  );
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const args = process.argv.slice(2);
  const files: string[] = [];
  let verdicts: string | undefined;
  let losoVerdicts: string | undefined;
  let loso = true;
  let rulesOnly = false;
  let gain: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--verdicts') verdicts = resolve(args[++i] ?? 'verdicts.jsonl');
    else if (a === '--loso-verdicts') losoVerdicts = resolve(args[++i] ?? 'loso-verdicts.jsonl');
    else if (a === '--no-loso') loso = false;
    else if (a === '--rules-only') rulesOnly = true;
    else if (a === '--classifier-gain') gain = Number(args[++i]);
    else files.push(resolve(a));
  }
  if (files.length === 0) files.push(DEFAULT_CORPUS);
  const items: CorpusItem[] = [];
  for (const f of files) {
    const { items: got, skipped } = readCorpus(f);
    items.push(...got);
    console.log(
      `${f}: ${got.length} items${skipped ? `, ${skipped} malformed lines skipped` : ''}`,
    );
  }
  const opts: AnalyzeOptions = rulesOnly
    ? { model: null }
    : gain === undefined
      ? {}
      : { classifierGain: gain };
  const rows = items.map((item) => ({ item, a: analyzeItem(toAnalyzable(item), opts) }));
  report(
    rulesOnly
      ? 'rules only (no classifier)'
      : 'shipped engine (committed classifier; in-sample for the corpus it was trained on)',
    rows,
  );
  if (!rulesOnly) {
    report(
      'rules only (no classifier)',
      items.map((item) => ({ item, a: analyzeItem(toAnalyzable(item), { model: null }) })),
    );
  }
  if (verdicts) {
    writeFileSync(verdicts, verdictLines(rows));
    console.log(`\nverdicts → ${verdicts}`);
  }
  if (loso) {
    const sources = [...new Set(items.map((i) => i.source))].sort();
    const pooled: Evaluated[] = [];
    const clfOnly = zero();
    console.log(
      '\n== leave-one-source-out folds (classifier retrained without the held-out source)',
    );
    // Prose of every item once; each fold trains on the examples of the other sources.
    const examples = trainingExamples(items, (it) => proseOf(it));
    for (const held of sources) {
      const model: ClassifierModel = trainClassifier(
        examples.filter((e) => e.source !== held),
        DEFAULT_TRAIN_OPTIONS,
      );
      const test = items.filter((i) => i.source === held);
      for (const item of test) {
        const a = analyzeItem(toAnalyzable(item), { ...opts, model });
        pooled.push({ item, a });
        const label = injectionLabel(item);
        if (label !== null) add(clfOnly, label, a.classifier.score >= 0.5);
      }
    }
    report(
      'leave-one-source-out, full engine (each source scored by a model that never saw it)',
      pooled,
    );
    console.log(`\n${HEADER}`);
    console.log(row('leave-one-source-out, classifier alone (p >= 0.5)', clfOnly));
    if (losoVerdicts) writeFileSync(losoVerdicts, verdictLines(pooled));
  }
  const tp = throughput(items);
  console.log(
    `\nthroughput: ${Math.round(tp.cpu)} items per CPU-second on one core (wall clock ${Math.round(tp.wall)} items/s; ${items.length} items, full engine)`,
  );
}

main();
