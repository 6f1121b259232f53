// Bad input for the tone rules: empty, huge, adversarial repetition, broken surrogates,
// right-to-left text. Each returns quickly with offsets that are valid UTF-16 indices.
import { runRules } from '@/lib/checks/engine';
import { TONE_RULES } from '@/lib/checks/rules/tone';
import type { Context } from '@/lib/checks/types';

const CONTEXTS: Context[] = ['post', 'comment', 'review-reply'];

function checkOffsets(text: string, context: Context) {
  const findings = runRules(TONE_RULES, text, { context });
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.end).toBeGreaterThan(f.start);
    // Never cut an emoji in half.
    const first = text.charCodeAt(f.start);
    expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
  }
  return findings;
}

describe('tone rules on bad input', () => {
  test.each(['', '   \n\t ', '\u200B\u200B'])('finds nothing in empty or blank text %j', (text) => {
    for (const context of CONTEXTS) expect(runRules(TONE_RULES, text, { context })).toEqual([]);
  });

  test.each([
    ['letters', 'a'.repeat(1_000_000)],
    ['words with no full stop', 'you need an MRI and you failed to call '.repeat(25_000)],
    ['capitals', 'WE ARE SO DONE. '.repeat(60_000)],
    ['marks', '!?'.repeat(500_000)],
    ['quotes', "' a '".repeat(200_000)],
    ['starred symbols', 'sh*t @@ $$ '.repeat(90_000)],
    ['at signs', '@'.repeat(1_000_000)],
  ])('handles 1,000,000 characters of %s in linear time', (_name, text) => {
    for (const context of ['post', 'review-reply'] as const) {
      const t0 = performance.now();
      checkOffsets(text, context);
      // Generous for a shared, busy machine; a quadratic rule would take minutes here.
      expect(performance.now() - t0).toBeLessThan(30_000);
    }
  }, 120_000);

  test('keeps emoji whole and survives lone surrogates', () => {
    const text = 'thanks for the review 🙄\uD800 and \uDC00 WE ARE SO DONE WITH THIS 😤';
    const found = checkOffsets(text, 'review-reply');
    expect(found.some((f) => text.slice(f.start, f.end) === '🙄')).toBe(true);
    expect(found.some((f) => text.slice(f.start, f.end) === '😤')).toBe(true);
  });

  test('maps offsets through zero-width characters and right-to-left text', () => {
    const text = '\u202Bשלום\u202C — that\u200B’s false.';
    const found = checkOffsets(text, 'review-reply');
    const denial = found.find((f) => f.type === 'defensive' && f.severity === 'warn');
    expect(denial && text.slice(denial.start, denial.end)).toBe('that\u200B’s false');
  });
});
