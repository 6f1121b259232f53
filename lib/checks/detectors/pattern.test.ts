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
