// analyze() must never throw, hang or report spans that do not fit the text, whatever it is
// given: editors hand us empty boxes, pasted novels, broken surrogates and mixed scripts.
import { analyze } from './index';
import type { Finding } from './types';

function expectSane(text: string, findings: Finding[]): void {
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    // never split a surrogate pair: a span edge is not between a high and a low surrogate
    for (const edge of [f.start, f.end]) {
      const before = text.charCodeAt(edge - 1);
      const after = text.charCodeAt(edge);
      expect(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff).toBe(false);
    }
    expect(f.message.length).toBeGreaterThan(10);
  }
}

const CONTEXTS = ['post', 'comment', 'review-reply'] as const;

describe('analyze() on bad input', () => {
  test.each(CONTEXTS)('returns nothing for empty and whitespace-only text (%s)', (context) => {
    expect(analyze('', { context })).toEqual([]);
    expect(analyze('   \n\t  \u00A0 ', { context })).toEqual([]);
  });

  test('treats a non-string like empty text instead of throwing', () => {
    expect(analyze(undefined as unknown as string)).toEqual([]);
    expect(analyze(42 as unknown as string)).toEqual([]);
  });

  test('lone surrogates do not break spans around them', () => {
    const text = '\uD800 Sorry about your root canal \uDC00 on March 3, Mrs. Patel \uD83D';
    const findings = analyze(text, { context: 'review-reply' });
    expectSane(text, findings);
    expect(findings.some((f) => text.slice(f.start, f.end) === 'your root canal')).toBe(true);
  });

  test('emoji around and inside PHI keep offsets right', () => {
    const text = '🎉🎉 Congrats Mateo Alvarez 🦷 on getting his braces off today! 💪🏽👨‍👩‍👧';
    const findings = analyze(text, { context: 'post' });
    expectSane(text, findings);
    const spans = findings.map((f) => text.slice(f.start, f.end));
    expect(spans).toContain('Mateo Alvarez');
    expect(spans).toContain('today');
  });

  test('right-to-left text and bidi marks', () => {
    const text = '\u202Bשלום\u202C we reviewed your chart \u200Fمرحبا\u200F and your visit on 3/14';
    const findings = analyze(text, { context: 'review-reply' });
    expectSane(text, findings);
    expect(findings.map((f) => text.slice(f.start, f.end))).toContain('reviewed your chart');
  });

  test('zero-width characters inside words and digits map back to the original', () => {
    const text = 'Ma\u200Bria Gon\u200Czalez, call 9\u200B3\u200B7-555-0129 about her root canal';
    const findings = analyze(text, { context: 'comment' });
    expectSane(text, findings);
    const spans = findings.map((f) => text.slice(f.start, f.end));
    expect(spans).toContain('Ma\u200Bria Gon\u200Czalez');
    expect(spans).toContain('9\u200B3\u200B7-555-0129');
  });

  test('digits in other forms (keycaps, superscripts, mathematical) map back whole', () => {
    const text = 'Her SSN is 2\uFE0F\u20E31\uFE0F\u20E39\uFE0F\u20E3-⁰⁹-𝟗𝟗𝟗𝟗, call 𝟓𝟒𝟏 ₅₅₅ ⓪①⑨② about her root canal';
    const findings = analyze(text, { context: 'comment' });
    expectSane(text, findings);
    const spans = findings.map((f) => text.slice(f.start, f.end));
    expect(spans).toContain('2\uFE0F\u20E31\uFE0F\u20E39\uFE0F\u20E3-⁰⁹-𝟗𝟗𝟗𝟗');
    expect(spans).toContain('𝟓𝟒𝟏 ₅₅₅ ⓪①⑨②');
  });

  // Each keycap or mathematical digit folds to one character and starts a segment of the
  // offset map: 100,000 of them must not make buildDoc or a lookup in the map slow.
  test.each([
    ['keycap digits', '5\uFE0F\u20E3'.repeat(100_000)],
    ['keycap digits spaced', '5\uFE0F\u20E3 '.repeat(100_000)],
    ['keycap digits with zero-width spaces', '5\uFE0F\u20E3\u200B'.repeat(100_000)],
    ['mathematical digits', '𝟓'.repeat(100_000)],
    ['superscript digits after letters', 'x¹ '.repeat(100_000)],
    ['keycap numbers', 'call 5\uFE0F\u20E34\u20E31\u20E3 555 0192. '.repeat(5_000)],
  ])('many folded digits: %s', (_name, text) => {
    const t0 = performance.now();
    const findings = analyze(text, { context: 'comment' });
    expectSane(text, findings);
    // generous for a busy machine; a quadratic map would take minutes
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);

  test('1,000,000 characters complete with sane, bounded output', () => {
    const chunk = 'Thanks for your review! We reviewed your chart, Mrs. Patel, and your visit on March 3 went fine. ';
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length)).slice(0, 1_000_000);
    const findings = analyze(text, { context: 'review-reply' });
    expectSane(text, findings);
    expect(findings.length).toBeGreaterThan(1000);
    expect(findings.length).toBeLessThan(text.length / 10);
  }, 120_000); // completion, not speed, is tested here: the machine may be busy

  // Inputs built to make a backtracking regex retry a long run from every position. Each must
  // finish; a quadratic pattern would take minutes here, past the test timeout.
  test.each([
    ['punctuation run', '!'.repeat(200_000) + 'a'],
    ['spaced digits', '1 '.repeat(100_000)],
    ['one long word', 'a'.repeat(300_000)],
    ['hyphen chain', 'a-'.repeat(150_000)],
    ['at-sign chain', 'a@'.repeat(150_000)],
    ['dot chain', 'a.'.repeat(150_000)],
    ['repeated names', 'Maria '.repeat(50_000)],
    ['repeated possessives', 'your '.repeat(60_000)],
    ['digit groups', '123 '.repeat(60_000)],
    ['slashes', '1/'.repeat(150_000)],
    // Each of these makes one finding per few characters: a rule comparing every finding with
    // every earlier one (as phi/url once did) takes minutes here.
    ['handles', '@a '.repeat(60_000)],
    ['emails', 'a@b.co '.repeat(25_000)],
    ['titled names', 'Dr. A '.repeat(30_000)],
  ])('no catastrophic backtracking: %s', (_name, text) => {
    expectSane(text, analyze(text, { context: 'review-reply' }));
  }, 60_000);
});
