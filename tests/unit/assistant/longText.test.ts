import { createPieceAnalyzer, splitIntoPieces } from '@/lib/assistant/longText';
import { fakeAnalyze } from './fakes';

const PARAGRAPH = 'Thank you for your note about your root canal on March 3. We hope to see you soon. ';
/** Numbered paragraphs, so no two pieces are the same text. */
const numbered = (count: number) => Array.from({ length: count }, (_, i) => `${i}. ${PARAGRAPH}`).join('\n');

describe('long texts are checked in pieces', () => {
  it('splits at line breaks or sentence ends, never inside a word, and loses nothing', () => {
    const text = `${PARAGRAPH.repeat(40)}\n${'word '.repeat(2000)}${'x'.repeat(7000)}`;
    const pieces = splitIntoPieces(text, 3000);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const [i, piece] of pieces.entries()) {
      expect(text.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
      expect(piece.text.length).toBeLessThanOrEqual(3000);
      const next = pieces[i + 1];
      // A cut inside a word only happens in a "word" longer than a piece (the x run).
      if (next && !piece.text.endsWith('x')) expect(/[\s.!?]$/.test(piece.text)).toBe(true);
    }
  });

  it('maps findings back to offsets in the whole text, and re-analyses only the edited piece', () => {
    const analyze = fakeAnalyze({ 'root canal': { severity: 'block' } });
    const pieces = createPieceAnalyzer(analyze);
    const options = { context: 'review-reply' as const };
    const text = numbered(1100); // ~100,000 characters
    expect(text.length).toBeGreaterThan(95_000);
    const found = pieces.analyzeNow(text, options);
    expect(found).toHaveLength(1100);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe('root canal');
    expect(analyze.mock.calls.length).toBeGreaterThan(30);

    // An edit in the middle (one word for another) re-analyses one piece.
    analyze.mockClear();
    const at = text.indexOf('550. Thank');
    const edited = `${text.slice(0, at)}550. Thanx${text.slice(at + 10)}`;
    const again = pieces.analyzeNow(edited, options);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(again).toHaveLength(1100);
    for (const f of again) expect(edited.slice(f.start, f.end)).toBe('root canal');

    // An unchanged text costs nothing.
    analyze.mockClear();
    pieces.analyzeNow(edited, options);
    expect(analyze).not.toHaveBeenCalled();
  });

  it('re-analyses when the options change', () => {
    const analyze = fakeAnalyze({});
    const pieces = createPieceAnalyzer(analyze);
    const text = numbered(200);
    pieces.analyzeNow(text, { context: 'post' });
    const calls = analyze.mock.calls.length;
    pieces.analyzeNow(text, { context: 'comment' });
    expect(analyze.mock.calls.length).toBe(calls * 2);
  });

  it('gives up between slices when a newer edit makes the result stale', async () => {
    const analyze = fakeAnalyze({});
    analyze.mockImplementation(() => {
      const until = performance.now() + 5;
      while (performance.now() < until) {
        /* a slow piece */
      }
      return [];
    });
    const pieces = createPieceAnalyzer(analyze);
    let stale = false;
    const result = pieces.analyzeInSlices(numbered(400), { context: 'post' }, () => stale);
    stale = true;
    expect(await result).toBeNull();
    expect(analyze.mock.calls.length).toBeLessThan(10);
  });
});
