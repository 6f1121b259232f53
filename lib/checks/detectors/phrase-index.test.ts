import { wordKey } from './phrase-index';

describe('wordKey: the rough singular lexicons are keyed by', () => {
  test.each([
    ['cavities', 'cavity'],
    ['flies', 'fly'],
    ['ties', 'tie'], // too short for -ies → -y: a plain -s
    ['boxes', 'box'],
    ['stitches', 'stitch'],
    ['rashes', 'rash'],
    ['glasses', 'glass'],
    ['braces', 'brace'],
    ['crowns', 'crown'],
    ['dress', 'dress'],
    ['virus', 'virus'],
    ['diagnosis', 'diagnosis'],
    ['gas', 'gas'],
    ['axes', 'axe'],
    ['xes', 'xes'],
    ['caries', 'cary'],
    ['x-rays', 'x-ray'],
    ['visit', 'visit'],
    ['', ''],
  ])('%s → %s', (base, key) => {
    expect(wordKey(base)).toBe(key);
  });
});
