// Fitting the wording score: logistic regression over wording-features.ts, trained on the
// development corpus only (never the holdout), with AdaGrad steps and a fixed, seeded order so
// the same corpus always gives the same weights (a test checks that the committed weights are
// exactly what this gives). Then only the strongest weights are kept, rounded: the model ships in
// the content script, which has a size budget.
import { buildDoc } from '../doc';
import type { AnalyzeOptions, PracticeProfile } from '../types';
import { weightChar, weightOf, type WordingModel } from './model';
import { wordingChunks } from './wording-features';

export interface TrainingCase {
  text: string;
  context: NonNullable<AnalyzeOptions['context']>;
  positive: boolean;
}

const EPOCHS = 40;
const STEP = 0.5;
const L2 = 1e-4;
/** How many weights are kept: about 5 KB gzipped (the content script's budget is 250 KB). */
export const KEPT_WEIGHTS = 1200;

/** The case's features, as the score sees the whole case (one stretch when it is short). */
export function caseFeatures(c: TrainingCase, profile: PracticeProfile): string[] {
  const doc = buildDoc(c.text, { context: c.context, profile });
  return wordingChunks(doc).flatMap((chunk) => chunk.features);
}

export function trainWordingModel(cases: readonly TrainingCase[], profile: PracticeProfile, keep = KEPT_WEIGHTS): WordingModel {
  const xs = cases.map((c) => [...new Set(caseFeatures(c, profile))]);
  const ys = cases.map((c) => (c.positive ? 1 : 0));
  const weight = new Map<string, number>();
  const squares = new Map<string, number>();
  let bias = 0;
  let biasSquares = 1e-8;
  const order = xs.map((_, i) => i);
  let seed = 20261125;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = xs[i]!;
      let z = bias;
      for (const f of x) z += weight.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - ys[i]!;
      for (const f of x) {
        const w = weight.get(f) ?? 0;
        const gf = g + L2 * w;
        const s = (squares.get(f) ?? 1e-8) + gf * gf;
        squares.set(f, s);
        weight.set(f, w - (STEP * gf) / Math.sqrt(s));
      }
      biasSquares += g * g;
      bias -= (STEP * g) / Math.sqrt(biasSquares);
    }
  }
  const kept = [...weight]
    .map(([f, w]) => [f, weightChar(w)] as const)
    .filter(([, c]) => weightOf(c) !== 0)
    .sort((a, b) => Math.abs(weightOf(b[1])) - Math.abs(weightOf(a[1])) || (a[0] < b[0] ? -1 : 1))
    .slice(0, keep)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { bias: Math.round(bias * 10), weights: kept.map(([f, c]) => f + c).join('\n') };
}
