import { analyze } from '@/lib/checks';
import { BUILT_IN_TEMPLATES, PLACEHOLDERS, allTemplates } from '@/lib/templates';
import { fillTemplate } from '@/lib/templates/fill';

const profile = {
  practiceName: 'Riverbend Family Health',
  contactName: 'Dana Whitfield',
  staffNames: ['Dana Whitfield', 'Dr. Alicia Ortiz'],
  phones: ['(555) 014-2200'],
  emails: ['care@riverbendfamilyhealth.com'],
  addresses: ['410 Mill Street, Suite 2, Dayton, OH 45402'],
  website: 'riverbendfamilyhealth.com',
};

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('built-in review-reply templates', () => {
  test.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s, filled, has no warn or block finding as a review reply', (_id, t) => {
    const { text, missing } = fillTemplate(t.text, profile);
    expect(missing).toEqual([]);
    const serious = analyze(text, { context: 'review-reply', site: 'yelp', profile }).filter((f) => f.severity !== 'info');
    expect(serious.map((f) => `${f.type}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });

  test.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s is sincere and brief: thanks, at most 80 words, only known placeholders', (_id, t) => {
    expect(t.title.length).toBeGreaterThan(3);
    expect(words(t.text)).toBeLessThanOrEqual(80);
    expect(t.text).toMatch(/thank/i);
    for (const [, name] of t.text.matchAll(/\{(\w+)\}/g)) expect(PLACEHOLDERS).toContain(name);
  });

  test.each(BUILT_IN_TEMPLATES.filter((t) => t.situation !== 'positive').map((t) => [t.id, t] as const))(
    '%s takes the conversation offline with a way to reach the practice',
    (_id, t) => {
      expect(t.text).toMatch(/\{contactPhone\}|\{contactEmail\}/);
    },
  );

  test('cover every situation the issue lists', () => {
    const situations = new Set(BUILT_IN_TEMPLATES.map((t) => t.situation));
    for (const s of ['wait-time', 'billing', 'staff-attitude', 'outcome', 'scheduling', 'not-found', 'suspected-fake', 'positive', 'general']) {
      expect(situations).toContain(s);
    }
    expect(BUILT_IN_TEMPLATES.filter((t) => t.situation === 'positive').length).toBe(2);
  });

  test('ids are unique', () => {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('allTemplates', () => {
  const custom = [{ id: 'c1', title: 'Ours', situation: 'general', text: 'Thank you! Call {contactPhone}.' }];

  test('puts templates in the saved order and the rest after, in their own order', () => {
    const ids = allTemplates(custom, ['c1', 'general']).map((t) => t.id);
    expect(ids.slice(0, 3)).toEqual(['c1', 'general', 'wait-time']);
    expect(ids).toHaveLength(BUILT_IN_TEMPLATES.length + 1);
  });

  test('marks custom templates as not built in', () => {
    expect(allTemplates(custom, []).find((t) => t.id === 'c1')?.builtIn).toBe(false);
  });
});
