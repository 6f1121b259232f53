import { readFileSync } from 'node:fs';
import { parseCorpus } from '../cli/corpus';
import { weightChar, weightOf } from './model';
import { renderModelModule, trainingCasesOf } from './model-module';
import { KEPT_WEIGHTS, trainWordingModel } from './train';

describe('the shipped weights', () => {
  test.each([
    [0, 0],
    [0.04, 0],
    [0.06, 0.1],
    [-1.23, -1.2],
    [4.5, 4.5],
    [9, 4.5],
    [-9, -4.5],
  ])('%d is written as one character that reads back as %d', (weight, read) => {
    const c = weightChar(weight);
    expect(c).toHaveLength(1);
    expect(JSON.stringify(c)).toBe(`"${c}"`);
    expect(weightOf(c)).toBeCloseTo(read, 10);
  });
});

describe('training the wording score', () => {
  test('the committed model is exactly what training on the development corpus gives', () => {
    const cases = parseCorpus(readFileSync('tests/corpus/corpus.jsonl', 'utf8'), 'corpus');
    const profile = JSON.parse(readFileSync('tests/corpus/profile.json', 'utf8'));
    const model = trainWordingModel(trainingCasesOf(cases), profile);
    // On failure: the corpus or the features changed; run `npm run train:wording`.
    expect(renderModelModule(model, cases.length)).toBe(readFileSync('lib/checks/learned/phi-wording-model.ts', 'utf8'));
  }, 60_000);

  test('it learns which words go with which label, and keeps only the strongest weights', () => {
    const cases = [
      ...['your visit was great', 'thanks for your visit', 'your visit went well', 'loved your visit'].map((text) => ({ text, context: 'post' as const, positive: true })),
      ...['come visit the fair', 'hours are nine to five', 'free kits at the fair', 'fair hours this week'].map((text) => ({ text, context: 'post' as const, positive: false })),
    ];
    const model = trainWordingModel(cases, {});
    const weights = new Map(model.weights.split('\n').map((l) => [l.slice(0, -1), weightOf(l.slice(-1))]));
    expect(weights.get('b:your visit')).toBeGreaterThan(0);
    expect(weights.get('u:fair')).toBeLessThan(0);
    expect(weights.size).toBeLessThanOrEqual(KEPT_WEIGHTS);
    // the same cases give the same model
    expect(trainWordingModel(cases, {})).toEqual(model);
  });
});
