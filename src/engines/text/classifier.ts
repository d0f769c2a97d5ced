import { featuresOf } from './features.ts';
import type { ClassifierVerdict } from './types.ts';

/** A trained logistic-regression model over named features (see scripts/train-classifier.ts). */
export interface ClassifierModel {
  version: 1;
  bias: number;
  weights: Record<string, number>;
  /** How it was trained, for the record. */
  meta?: Record<string, unknown>;
}

export interface TrainExample {
  text: string;
  label: 0 | 1;
  /** Where the example comes from; features seen in fewer than `minSources` sources are dropped. */
  source: string;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Keep only features seen in at least this many distinct sources (generalisation over authors). */
  minSources: number;
  /** Keep at most this many features, largest |weight| first. */
  maxFeatures: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 40,
  learningRate: 0.2,
  l2: 1e-3,
  seed: 1337,
  minSources: 2,
  maxFeatures: 4_000,
};

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

// mulberry32: a tiny seeded PRNG so training is reproducible bit for bit.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains L2-regularised logistic regression by SGD with a fixed seed, class-balanced, on
 * presence features scaled by 1/√n. Pure TypeScript, deterministic, no network.
 */
export function trainClassifier(
  examples: readonly TrainExample[],
  opts: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): ClassifierModel {
  const sets = examples.map((e) => featuresOf(e.text));
  const sourcesOf = new Map<string, Set<string>>();
  sets.forEach((fs, i) => {
    for (const f of fs) {
      const s = sourcesOf.get(f) ?? new Set<string>();
      sourcesOf.set(f, s);
      s.add(examples[i]!.source);
    }
  });
  const index = new Map<string, number>();
  for (const [f, s] of sourcesOf) if (s.size >= opts.minSources) index.set(f, index.size);
  const rows = sets.map((fs) => [...fs].map((f) => index.get(f)).filter((x) => x !== undefined));
  const w = new Float64Array(index.size);
  let b = 0;
  const pos = examples.filter((e) => e.label === 1).length;
  const neg = examples.length - pos;
  const wPos = pos > 0 ? examples.length / (2 * pos) : 1;
  const wNeg = neg > 0 ? examples.length / (2 * neg) : 1;
  const rand = rng(opts.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = opts.learningRate / (1 + epoch * 0.1);
    for (const i of order) {
      const r = rows[i]!;
      const scale = r.length > 0 ? 1 / Math.sqrt(r.length) : 0;
      let z = b;
      for (const k of r) z += w[k]! * scale;
      const y = examples[i]!.label;
      const g = (sigmoid(z) - y) * (y === 1 ? wPos : wNeg);
      b -= lr * g;
      for (const k of r) w[k] = w[k]! - lr * (g * scale + opts.l2 * w[k]!);
    }
  }
  const ranked = [...index.entries()]
    .map(([f, k]) => [f, w[k]!] as const)
    .filter(([, v]) => Math.abs(v) > 1e-3)
    .sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]) || (x[0] < y[0] ? -1 : 1))
    .slice(0, opts.maxFeatures);
  const weights: Record<string, number> = {};
  for (const [f, v] of ranked.sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    weights[f] = Math.round(v * 1e4) / 1e4;
  }
  return { version: 1, bias: Math.round(b * 1e4) / 1e4, weights };
}

/** Scores a text with a model; returns the probability and the strongest contributing features. */
export function classify(model: ClassifierModel, text: string, top = 5): ClassifierVerdict {
  const fs = featuresOf(text);
  // Scale by all features present (known or not) exactly as in training, where unknown
  // features were dropped after counting.
  const known: [string, number][] = [];
  for (const f of fs) {
    const v = model.weights[f];
    if (v !== undefined) known.push([f, v]);
  }
  const scale = known.length > 0 ? 1 / Math.sqrt(known.length) : 0;
  let z = model.bias;
  for (const [, v] of known) z += v * scale;
  const topFeatures = known
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .filter(([, v]) => v > 0)
    .map(([feature, v]) => ({ feature, weight: Math.round(v * scale * 1000) / 1000 }));
  return { score: sigmoid(z), topFeatures };
}
