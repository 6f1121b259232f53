import { buildDoc } from '../doc';
import { runPatternDetector, type PatternDetector } from './pattern';

const spans = (text: string, detector: PatternDetector) =>
  runPatternDetector(buildDoc(text), detector).map((h) => `${h.name}:${text.slice(h.start, h.end)}`);

describe('combined pattern detectors', () => {
  const patterns = [
    { name: 'records', score: 0.9, regex: /\b(?:our|the) records? (?:show|say)\b/g },
    { name: 'seen', score: 0.9, regex: /\byou were seen\b/g },
    { name: 'chart', score: 0.5, regex: /\bchart (?:notes|entry)\b/g, group: undefined },
  ];
  const combined: PatternDetector = { lower: true, combined: true, minScore: 0, patterns };
  const separate: PatternDetector = { lower: true, minScore: 0, patterns };

  test.each([
    'Our records show you were seen on Monday.',
    'yourrecords show nothing; the records say otherwise. youwere seen? you were seen!',
    'the chart notes and the chart entry, not the flowchart notes',
    'nothing here at all',
  ])('find what the patterns find one by one: %j', (text) => {
    expect(spans(text, combined)).toEqual(spans(text, separate));
  });

  test('a pattern with a top-level | keeps its unanchored branch (its \\b is not hoisted)', () => {
    const detector: PatternDetector = {
      lower: true,
      combined: true,
      minScore: 0,
      patterns: [
        { name: 'a', score: 1, regex: /\bvisit\b/g },
        { name: 'b', score: 1, regex: /\bchart\b|xray/g },
      ],
    };
    // "xray" inside "noxray" has no word start before it, and is still found.
    expect(spans('a visit and noxray', detector)).toEqual(['a:visit', 'b:xray']);
  });

  test('a pattern whose top-level branches all open with \\b is hoisted and finds the same', () => {
    const patterns = [
      { name: 'a', score: 1, regex: /\bvisit\b/g },
      { name: 'b', score: 1, regex: /\bchart (?:notes|entry)\b|\b(?:x-?ray|scan) (?:results|today)\b/g },
    ];
    const text = 'a visit, the chart notes, noxray results, an x-ray today and a scan results';
    const found = spans(text, { lower: true, combined: true, minScore: 0, patterns });
    expect(found).toEqual(['a:visit', 'b:chart notes', 'b:x-ray today', 'b:scan results']);
    expect(found).toEqual(spans(text, { lower: true, minScore: 0, patterns }));
  });

  test('a capture group of a pattern is reported after the hoisting', () => {
    const detector: PatternDetector = {
      lower: true,
      combined: true,
      minScore: 0,
      patterns: [
        { name: 'x', score: 1, regex: /\bnever (?:been )?here\b/g },
        { name: 'age', score: 1, regex: /\b(?:turns|aged) (9\d)\b/g, group: 1 },
      ],
    };
    expect(spans('She turns 93 and was never been here', detector)).toEqual(['age:93', 'x:never been here']);
  });
});

describe('long alternations tried only at the words that can start them', () => {
  // 30+ patterns turn on the word-by-word dispatch; a pattern whose first character cannot be
  // told ("\b[,;]zq") turns it off again, which gives the plain scan to compare with.
  const base = [
    { name: 'records', score: 1, regex: /\b(?:our|the|my) (?:[a-z-]{2,12} )?records? (?:show|say)\b/g },
    { name: 'xray', score: 1, regex: /\bx-?rays? (?:today|results)\b/g },
    { name: 'is-age', score: 1, regex: /(?:\b(?:is|was)|'s|'re) (9\d)\b/g, group: 1 },
    { name: 'date', score: 1, regex: /\b(?:0?[1-9]|1[0-2])\/\d{1,2}\b/g },
    { name: 'ago', score: 1, regex: /\b(?:\d{1,3}|a few|two) days ago\b/g },
    { name: 'any', score: 1, regex: /\b[a-z]{3,12}ing (?:home|out)\b/g },
    { name: 'came', score: 1, regex: /\byou (?:came|walked) in\b|\bstayed late for you\b/g },
    { name: 'prefix', score: 1, regex: /\bpre-?auth/g },
    { name: 'the-one', score: 1, regex: /\bthe (?:lady|kid) (?:who|that) (?!is )[a-z]{3,15}\b/g },
  ];
  const filler = Array.from({ length: 24 }, (_, k) => ({ name: `f${k}`, score: 1, regex: new RegExp(String.raw`\bzz${k}q(?:x|y)\b`, 'g') }));
  const patterns = [...base, ...filler];
  const dispatched: PatternDetector = { lower: true, combined: true, minScore: 0, patterns };
  const plain: PatternDetector = { lower: true, combined: true, minScore: 0, patterns: [...patterns, { name: 'off', score: 1, regex: /\b[,;]zq/g }] };

  const pieces = ['our', 'the', 'chart', 'records', 'show', 'say', "you're", '94', "she's", '95', 'is', 'x-ray', 'xrays', 'today', 'results',
    '3/14', '12/5', '2', 'a few', 'days', 'ago', 'going', 'home', 'you', 'came', 'in', 'stayed', 'late', 'for', 'preauth', 'pre-authorization',
    'the lady who', 'cried', 'is', 'kid', 'that', 'my_records', 'Records', 'zz3qx', 'prefix', '_94', 'was', '99'];
  const seps = [' ', ' ', ' ', ', ', '. ', '\n', "'", '-', '_', '/'];
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const texts = Array.from({ length: 300 }, () => {
    let t = '';
    for (let k = 0, n = 3 + rand(25); k < n; k++) t += pieces[rand(pieces.length)]! + seps[rand(seps.length)]!;
    return t;
  });

  test('find exactly what one scan of the whole alternation finds', () => {
    let found = 0;
    for (const text of texts) {
      const a = spans(text, dispatched);
      expect(a).toEqual(spans(text, plain));
      found += a.length;
    }
    expect(found).toBeGreaterThan(200); // the texts do exercise the patterns
  });

  test.each([
    ["Our records show you came in. She's 94 and you're 95.", ['records:Our records show', 'came:you came in', 'is-age:94', 'is-age:95']],
    ['x-ray results 3/14, 2 days ago; preauthorization; the kid who cried', ['xray:x-ray results', 'date:3/14', 'ago:2 days ago', 'prefix:preauth', 'the-one:the kid who cried']],
    ['my_records show; abcyou came in; she_is 94', []],
  ])('%j', (text, expected) => {
    expect(spans(text, dispatched)).toEqual(expected);
  });
});

describe('patterns with a required part', () => {
  const host = { name: 'blog', score: 1, regex: /(?<![\w.])[a-z0-9]{1,20}\.blogspot\.com\b/g };
  const withRequired: PatternDetector = { lower: true, minScore: 0, patterns: [{ ...host, requires: /\.blogspot\.com\b/ }] };
  const without: PatternDetector = { lower: true, minScore: 0, patterns: [host] };

  test.each([
    'Read jakesmiles.blogspot.com for more',
    'two: a.blogspot.com and b.blogspot.com',
    'no link here, just blogspot and .com',
    'x.blogspot.community is not the host',
  ])('find what the pattern finds without the check: %j', (text) => {
    expect(spans(text, withRequired)).toEqual(spans(text, without));
  });

  test('skip the scan when the text lacks the required part', () => {
    const regex = /[a-z]{1,20}\.blogspot\.com/g;
    const scans = (requires?: RegExp) => {
      const exec = vi.spyOn(RegExp.prototype, 'exec');
      runPatternDetector(buildDoc('nothing to see here'), { minScore: 0, patterns: [{ name: 'blog', score: 1, regex, requires }] });
      const count = exec.mock.contexts.filter((re) => (re as RegExp).source === regex.source).length;
      exec.mockRestore();
      return count;
    };
    expect(scans()).toBeGreaterThan(0);
    expect(scans(/\.blogspot\./)).toBe(0);
  });
});
