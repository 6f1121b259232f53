// The corpus evaluation: definitions from ../shared/corpus/README.md, checked on a tiny corpus
// with a fake analyze so each number can be worked out by hand.
import { parseCorpus } from '@/lib/checks/cli/corpus';
import { evaluate, formatEval } from '@/lib/checks/cli/eval';
import { runEval } from '@/lib/checks/cli/eval-main';
import type { AnalyzeOptions, Finding } from '@/lib/checks/types';

const line = (o: object) => JSON.stringify(o);
const CORPUS = [
  line({ id: '1', context: 'review-reply', text: 'PHI-NAME', phi: true, phi_types: ['name'], tone: [] }),
  line({ id: '2', context: 'post', text: 'PHI-INFO-ONLY', phi: true, phi_types: ['health_info'], tone: [] }),
  line({ id: '3', context: 'post', text: 'safe', phi: false, phi_types: [], tone: [] }),
  line({ id: '4', context: 'post', text: 'FALSE-ALARM', phi: false, phi_types: [], tone: [] }),
  line({ id: '5', context: 'comment', text: 'TONE-HOSTILE', phi: false, phi_types: [], tone: ['hostile', 'shouting'] }),
].join('\n');

// Finds what the text says: an info finding never counts, a warn does.
function fakeAnalyze(text: string, _options?: AnalyzeOptions): Finding[] {
  const f = (category: 'phi' | 'tone', type: Finding['type'], severity: Finding['severity']): Finding => ({
    rule: `${category}/${type}`, category, type, severity, start: 0, end: 1, message: 'm',
  });
  if (text === 'PHI-NAME') return [f('phi', 'name', 'block')];
  if (text === 'PHI-INFO-ONLY') return [f('phi', 'health_info', 'info')];
  if (text === 'FALSE-ALARM') return [f('phi', 'phone', 'warn')];
  if (text === 'TONE-HOSTILE') return [f('tone', 'hostile', 'warn')];
  return [];
}

describe('evaluate', () => {
  test('recall over positives, false positives over negatives; info never counts', () => {
    const r = evaluate(parseCorpus(CORPUS), fakeAnalyze);
    expect(r.phi.recall).toEqual({ hits: 1, total: 2 });
    expect(r.phi.falsePositives).toEqual({ hits: 1, total: 3 });
    expect(r.tone.recall).toEqual({ hits: 1, total: 1 });
    expect(r.tone.falsePositives).toEqual({ hits: 0, total: 4 });
  });

  test('per type, a case counts as caught only by a finding of its own type', () => {
    const r = evaluate(parseCorpus(CORPUS), fakeAnalyze);
    const tone = Object.fromEntries(r.tone.types.map((t) => [t.type, t.recall]));
    expect(tone.hostile).toEqual({ hits: 1, total: 1 });
    expect(tone.shouting).toEqual({ hits: 0, total: 1 });
    const phi = Object.fromEntries(r.phi.types.map((t) => [t.type, t]));
    expect(phi.name!.recall).toEqual({ hits: 1, total: 1 });
    expect(phi.phone!.falsePositives).toEqual({ hits: 1, total: 3 });
  });

  test('passes each case its context and the profile', () => {
    const seen: AnalyzeOptions[] = [];
    evaluate(parseCorpus(CORPUS), (_t, o) => (seen.push(o!), []), { practiceName: 'X' });
    expect(seen[0]).toEqual({ context: 'review-reply', profile: { practiceName: 'X' } });
  });

  test('the table names recall and false positives with counts', () => {
    const text = formatEval('tiny', evaluate(parseCorpus(CORPUS), fakeAnalyze));
    expect(text).toContain('PHI               0.500 (1/2)      0.333 (1/3)');
    expect(text).toContain('hostile         1.000 (1/1)');
  });

  test('a malformed corpus line is an error naming the line', () => {
    expect(() => parseCorpus('{"id":"1"}\n', 'c.jsonl')).toThrow('c.jsonl:1');
    expect(() => parseCorpus(line({ id: '1', context: 'post', text: 't', phi: false, tone: ['rude'] }))).toThrow('unknown tone type');
  });
});

describe('runEval', () => {
  const files: Record<string, string> = {
    'c.jsonl': CORPUS,
    'h.jsonl': CORPUS,
    'p.json': '{"practiceName":"X"}',
  };
  const sources = [
    { title: 'corpus', cases: 'c.jsonl', profile: 'p.json' },
    { title: 'holdout', cases: 'h.jsonl', profile: 'p.json', holdout: true },
    { title: 'shared', cases: 'missing.jsonl', profile: 'p.json', optional: true },
  ];

  test('prints each corpus, skips an optional one that is absent, and never lists holdout misses', () => {
    const out: string[] = [];
    const code = runEval(['--misses'], { readFile: (p) => files[p], out: (t) => out.push(t), err: () => {} }, fakeAnalyze, sources);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('corpus — 5 cases');
    expect(text).toContain('holdout — 5 cases');
    expect(text).not.toContain('shared');
    expect(text.match(/misses:/g)).toHaveLength(1);
    expect(text).toContain('2 [post] PHI missed (health_info)');
  });

  test('--no-holdout leaves the holdout out, totals included', () => {
    const read: string[] = [];
    const out: string[] = [];
    const io = { readFile: (p: string) => (read.push(p), files[p]), out: (t: string) => out.push(t), err: () => {} };
    expect(runEval(['--no-holdout'], io, fakeAnalyze, sources)).toBe(0);
    expect(out.join('\n')).toContain('corpus — 5 cases');
    expect(out.join('\n')).not.toContain('holdout');
    expect(read).not.toContain('h.jsonl');
  });

  test('a corpus the learned score was trained on is scored by the rules alone', () => {
    const out: string[] = [];
    const io = { readFile: (p: string) => files[p], out: (t: string) => out.push(t), err: () => {} };
    const trained = [{ ...sources[0]!, trainsTheModel: true }, sources[1]!];
    const nothingFound = () => [];
    // the full engine finds nothing; the rules alone are fakeAnalyze
    expect(runEval([], io, nothingFound, trained, fakeAnalyze)).toBe(0);
    const [corpus, holdout] = out;
    expect(corpus).not.toMatch(/PHI\s+0\.000/);
    expect(holdout).toMatch(/PHI\s+0\.000/);
  });

  test('an unknown option exits 2', () => {
    const err: string[] = [];
    expect(runEval(['--bogus'], { readFile: () => undefined, out: () => {}, err: (t) => err.push(t) }, fakeAnalyze, sources)).toBe(2);
    expect(err[0]).toContain('unknown option --bogus');
  });
});
