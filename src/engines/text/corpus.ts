import { readFileSync } from 'node:fs';
import type { TrainExample } from './classifier.ts';
import type { AnalyzableItem } from './types.ts';

/** One labelled line of a description corpus (../shared/corpus/README.md). */
export interface CorpusItem {
  id: string;
  source: string;
  server?: string;
  kind: string;
  name?: string;
  description?: string;
  inputSchema?: unknown;
  label: 'malicious' | 'benign';
  attack?: string | null;
  [extra: string]: unknown;
}

const MAX_LINE = 5_000_000;

/** Reads a JSONL corpus; malformed or oversized lines are counted and skipped. */
export function readCorpus(path: string): { items: CorpusItem[]; skipped: number } {
  const items: CorpusItem[] = [];
  let skipped = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (line.length > MAX_LINE) {
      skipped++;
      continue;
    }
    try {
      const o = JSON.parse(line) as CorpusItem;
      if (typeof o.id !== 'string' || (o.label !== 'malicious' && o.label !== 'benign')) {
        skipped++;
        continue;
      }
      o.source ??= 'unknown';
      o.kind ??= 'tool';
      items.push(o);
    } catch {
      skipped++;
    }
  }
  return { items, skipped };
}

/** The overt-capability track: tools that openly state a harmful purpose (no injection). */
export function isOvert(item: CorpusItem): boolean {
  return item.label === 'malicious' && (item.attack ?? '').startsWith('overt-malicious-capability');
}

/** The injection track's label: 1 for injection-type malicious items, 0 for benign, null for overt. */
export function injectionLabel(item: CorpusItem): 0 | 1 | null {
  if (item.label === 'benign') return 0;
  return isOvert(item) ? null : 1;
}

/** The engine's view of a corpus line. */
export function toAnalyzable(item: CorpusItem): AnalyzableItem {
  const out: AnalyzableItem = { kind: item.kind, name: item.name ?? '' };
  if (typeof item.description === 'string') out.description = item.description;
  if (item.inputSchema != null) out.inputSchema = item.inputSchema;
  for (const k of ['title', 'outputSchema', 'annotations', 'arguments', 'uri', 'instructions']) {
    if (item[k] != null) out[k] = item[k];
  }
  return out;
}

/** Training examples for the injection classifier (overt items are their own track: left out). */
export function trainingExamples(
  items: readonly CorpusItem[],
  proseOf: (item: AnalyzableItem) => string,
): TrainExample[] {
  const out: TrainExample[] = [];
  for (const it of items) {
    const label = injectionLabel(it);
    if (label === null) continue;
    out.push({ text: proseOf(toAnalyzable(it)), label, source: it.source });
  }
  return out;
}
