// The learned wording score: how much a stretch of text reads like the corpus's posts and
// replies that revealed someone's care, as a probability. It is the fallback behind the PHI
// rules (rules/phi/wording.ts): on text the rules were never tuned to, it caught a good share of
// what they missed (see README, "How well the checks do").
import type { Doc } from '../doc';
import { memoByDoc } from '../detectors/memo';
import { PHI_WORDING_MODEL } from './phi-wording-model';
import { weightOf, type WordingModel } from './model';
import { wordingChunks } from './wording-features';

/** A stretch is flagged at this probability or more. Chosen on earlier rounds of blind-written
 *  cases: a model trained without them flagged about 4% of their safe texts at 0.9. */
export const FLAG_AT = 0.9;

export interface FlaggedStretch {
  probability: number;
  /** The sentence that adds the most to the score: where the finding is shown. */
  sentence: number;
}

const parsed = new WeakMap<WordingModel, { bias: number; weights: Map<string, number> }>();

function weightsOf(model: WordingModel) {
  let p = parsed.get(model);
  if (!p) {
    const weights = new Map<string, number>();
    for (const line of model.weights.split('\n')) {
      weights.set(line.slice(0, -1), weightOf(line.slice(-1)));
    }
    p = { bias: model.bias / 10, weights };
    parsed.set(model, p);
  }
  return p;
}

export function flaggedStretches(doc: Doc, model: WordingModel = PHI_WORDING_MODEL, flagAt = FLAG_AT): FlaggedStretch[] {
  const { bias, weights } = weightsOf(model);
  const out: FlaggedStretch[] = [];
  for (const chunk of wordingChunks(doc)) {
    let z = bias;
    const bySentence = new Map<number, number>();
    for (let i = 0; i < chunk.features.length; i++) {
      const w = weights.get(chunk.features[i]!);
      if (w === undefined) continue;
      z += w;
      const s = chunk.sentenceOf[i]!;
      bySentence.set(s, (bySentence.get(s) ?? 0) + w);
    }
    const probability = 1 / (1 + Math.exp(-z));
    if (probability < flagAt) continue;
    let sentence = chunk.firstSentence;
    let best = -Infinity;
    for (const [s, sum] of bySentence) {
      if (sum > best || (sum === best && s < sentence)) [best, sentence] = [sum, s];
    }
    out.push({ probability, sentence });
  }
  return out;
}

export const phiWordingStretches = memoByDoc((doc: Doc) => flaggedStretches(doc));
