import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCorpus, toAnalyzable } from '../../../src/engines/text/corpus.ts';
import { analyzeItem } from '../../../src/engines/text/index.ts';

// Hand-written descriptions in the style of real servers (filesystem, fetch, Context7, GitHub,
// Stripe, Linear…) and attacks phrased unlike the development corpus. Not a measurement (the
// rules were adjusted after reading these): a regression guard that generic phrasing keeps
// working and honest imperative wording stays quiet. generality-2 was written after the rules had
// been tuned on the first set and scored recall 0.40 / FPR 0.10 on its first run; generality-3,
// written after that, scored recall 0.21 / FPR 0.00 on its first run, generality-4 recall 0.38 /
// FPR 0.00, generality-5 recall 0.25 / FPR 0.00, generality-6 recall 0.10 / FPR 0.00,
// generality-7 recall 0.30 / FPR 0.00, generality-8 (hidden and schema-borne) recall 0.83 / FPR
// 0.00, generality-9 (long real-style honest descriptions) recall 0.40 / FPR 0.00,
// generality-10 recall 0.30 / FPR 0.12, generality-11 recall 0.33 / FPR 0.00,
// generality-12 recall 0.38 / FPR 0.00, generality-13 recall 0.17 / FPR 0.00,
// generality-14 recall 0.33 / FPR 0.00, generality-j (structural cues: parameters fed with
// dotfiles, env vars or personal data, notes addressed to the AI, other tools re-specified,
// non-English secrecy) recall 0.46 / FPR 0.16 (docs/detection.md).
const sets = [
  'generality.jsonl',
  'generality-2.jsonl',
  'generality-3.jsonl',
  'generality-4.jsonl',
  'generality-5.jsonl',
  'generality-6.jsonl',
  'generality-7.jsonl',
  'generality-8.jsonl',
  'generality-9.jsonl',
  'generality-10.jsonl',
  'generality-11.jsonl',
  'generality-12.jsonl',
  'generality-13.jsonl',
  'generality-14.jsonl',
  'generality-j.jsonl',
].map((f) => ({ f, ...readCorpus(new URL(`../../fixtures/text/${f}`, import.meta.url).pathname) }));

// A malformed or missing line would silently drop its case from the guard below.
test('every generality fixture loads whole', () => {
  for (const { f, items, skipped } of sets) {
    assert.equal(skipped, 0, `${f}: malformed lines`);
    assert.ok(items.length > 0, `${f}: no items`);
  }
});

const items = sets.flatMap((s) => s.items);

for (const item of items) {
  test(`${item.label} ${item.name} is ${item.label === 'malicious' ? '' : 'not '}flagged`, () => {
    const a = analyzeItem(toAnalyzable(item));
    const why = JSON.stringify(a.hits.map((h) => h.rule));
    assert.equal(a.flagged, item.label === 'malicious', `score ${a.score.toFixed(2)} ${why}`);
  });
}
