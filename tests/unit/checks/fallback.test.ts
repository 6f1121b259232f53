// A rule marked `fallback` runs after the others and is kept only when no other rule of its
// category found anything that counts (warn or block).
import { analyze } from '@/lib/checks';
import { runRules } from '@/lib/checks/engine';
import { defineRule, type Rule } from '@/lib/checks/rule';
import type { Category, Severity } from '@/lib/checks/types';

function ruleAt(id: string, category: Category, word: string, severity: Severity, fallback = false): Rule {
  return defineRule({
    meta: { id, category, type: category === 'phi' ? 'relationship' : 'defensive', severity, fallback },
    detect(doc) {
      const at = doc.lower.indexOf(word);
      return at === -1 ? [] : [{ start: at, end: at + word.length, message: id }];
    },
  });
}

const second = ruleAt('phi/second', 'phi', 'visit', 'warn', true);

describe('fallback rules', () => {
  test.each([
    ['no other finding', [ruleAt('phi/first', 'phi', 'chart', 'warn'), second], 'phi/second'],
    ['another PHI finding that counts', [ruleAt('phi/first', 'phi', 'your', 'warn'), second], 'phi/first'],
    ['a block', [ruleAt('phi/first', 'phi', 'your', 'block'), second], 'phi/first'],
    ['only info from the others', [ruleAt('phi/first', 'phi', 'your', 'info'), second], 'phi/first phi/second'],
    ['a tone finding only', [ruleAt('tone/first', 'tone', 'your', 'warn'), second], 'phi/second tone/first'],
    ['listed before the others', [second, ruleAt('phi/first', 'phi', 'your', 'warn')], 'phi/first'],
  ])('with %s', (_name, rules, expected) => {
    const found = runRules(rules, 'Thanks for your visit', {});
    expect(found.map((f) => f.rule).sort().join(' ')).toBe(expected);
  });

  test('the PHI wording score is quiet when a PHI rule names what it found', () => {
    const text = 'Thank you for trusting us with your daughter’s first visit! She was such a champ in the chair.';
    const found = analyze(text, { context: 'review-reply' });
    expect(found.some((f) => f.rule === 'phi/relationship')).toBe(true);
    expect(found.some((f) => f.rule === 'phi/wording')).toBe(false);
  });
});
