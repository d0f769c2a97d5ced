/**
 * Trains the local injection classifier on a labelled description corpus and writes the weights
 * the engine ships with. Reproducible: fixed seed, pure TypeScript, no network.
 *
 *   npm run train:classifier [-- CORPUS.jsonl … ] [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TRAIN_OPTIONS, trainClassifier } from '../src/engines/text/classifier.ts';
import { readCorpus, trainingExamples } from '../src/engines/text/corpus.ts';
import { proseOf } from '../src/engines/text/index.ts';

const DEFAULT_CORPUS = fileURLToPath(
  new URL('../../shared/corpus/tool-descriptions.dev.jsonl', import.meta.url),
);
const DEFAULT_OUT = fileURLToPath(
  new URL('../src/engines/text/classifier-model.json', import.meta.url),
);

function main(): void {
  const args = process.argv.slice(2);
  let out = DEFAULT_OUT;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--out') out = resolve(args[++i] ?? '');
    else files.push(resolve(a));
  }
  if (files.length === 0) files.push(DEFAULT_CORPUS);
  const items = files.flatMap((f) => readCorpus(f).items);
  const examples = trainingExamples(items, (it) => proseOf(it));
  const model = trainClassifier(examples, DEFAULT_TRAIN_OPTIONS);
  model.meta = {
    trainedOn: files.map((f) => f.split('/').pop()),
    examples: examples.length,
    positives: examples.filter((e) => e.label === 1).length,
    options: DEFAULT_TRAIN_OPTIONS,
  };
  const body = `${JSON.stringify(model, null, 0).replace(/,"/g, ',\n"')}\n`;
  writeFileSync(out, body);
  const n = Object.keys(model.weights).length;
  console.log(
    `trained on ${examples.length} examples; ${n} features; ${(body.length / 1024).toFixed(0)} KiB → ${out}`,
  );
}

main();
