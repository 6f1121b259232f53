import { readSettingsPatch } from '@/lib/settings/read';
import { BUILT_IN_TEMPLATES } from '@/lib/templates';
import {
  ADVISED_MAX_WORDS,
  canAddTemplate,
  checkTemplate,
  copyTitle,
  duplicateTemplate,
  insertAfter,
  moveToIndex,
  newTemplateId,
  unknownPlaceholders,
  upsertTemplate,
  wordCount,
} from '@/lib/templates/custom';

const good = { id: 'custom-abc', title: 'Parking', situation: 'other', text: 'Thank you for telling us. Please call {contactPhone}.' };

/** Whether lib/settings would keep this template when it is saved and read back. */
function settingsAccepts(template: typeof good): boolean {
  const { problems } = readSettingsPatch({ templates: { custom: [template] } }, 'patch');
  return problems.length === 0;
}

describe('new template ids', () => {
  test('are storage-key safe and accepted by the settings reader', () => {
    const id = newTemplateId([]);
    expect(id).toMatch(/^custom-[0-9a-z]{8}$/);
    expect(settingsAccepts({ ...good, id })).toBe(true);
  });

  test('never repeat an id already taken', () => {
    const values = [0.5, 0.5, 0.25];
    const random = () => values.shift()!;
    const first = newTemplateId([], () => 0.5);
    expect(newTemplateId([first], random)).not.toBe(first);
  });
});

describe('duplicating', () => {
  test('a built-in gives an editable copy with its situation and text under a new id', () => {
    const waitTime = BUILT_IN_TEMPLATES.find((t) => t.id === 'wait-time')!;
    const copy = duplicateTemplate(waitTime, BUILT_IN_TEMPLATES.map((t) => t.id));
    expect(copy).toEqual({ id: expect.stringMatching(/^custom-/), title: 'Long wait (copy)', situation: 'wait-time', text: waitTime.text });
    expect('builtIn' in copy).toBe(false);
  });

  test('keeps a copied long title within the title limit', () => {
    const title = copyTitle('x'.repeat(100));
    expect(title).toHaveLength(100);
    expect(title.endsWith(' (copy)')).toBe(true);
  });
});

describe('order', () => {
  test('moves a template up or down one place (Up and Down move to index ± 1)', () => {
    expect(moveToIndex(['a', 'b', 'c'], 'b', 0)).toEqual(['b', 'a', 'c']);
    expect(moveToIndex(['a', 'b', 'c'], 'b', 2)).toEqual(['a', 'c', 'b']);
  });

  test('leaves the order alone past either end', () => {
    expect(moveToIndex(['a', 'b'], 'a', -1)).toEqual(['a', 'b']);
    expect(moveToIndex(['a', 'b'], 'b', 2)).toEqual(['a', 'b']);
  });

  test('moves a dragged template to where it was dropped', () => {
    expect(moveToIndex(['a', 'b', 'c', 'd'], 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveToIndex(['a', 'b', 'c', 'd'], 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveToIndex(['a', 'b'], 'a', 9)).toEqual(['b', 'a']);
    expect(moveToIndex(['a', 'b'], 'z', 0)).toEqual(['a', 'b']);
  });

  test('puts a copy right after its original, or at the end', () => {
    expect(insertAfter(['a', 'b', 'c'], 'a', 'n')).toEqual(['a', 'n', 'b', 'c']);
    expect(insertAfter(['a', 'b'], undefined, 'n')).toEqual(['a', 'b', 'n']);
    expect(insertAfter(['a', 'n', 'b'], 'b', 'n')).toEqual(['a', 'b', 'n']);
  });

  test('replaces an edited template in place and adds a new one at the end', () => {
    const other = { ...good, id: 'custom-2', title: 'Other' };
    expect(upsertTemplate([good, other], { ...good, title: 'Parking lot' }).map((t) => t.title)).toEqual(['Parking lot', 'Other']);
    expect(upsertTemplate([good], other).map((t) => t.id)).toEqual(['custom-abc', 'custom-2']);
  });
});

describe('checking a template before saving', () => {
  test('a good template has no errors and no warnings', () => {
    expect(checkTemplate(good)).toEqual({ errors: [], warnings: [] });
  });

  test.each([
    ['title', { title: '   ' }, /title/],
    ['title', { title: 't'.repeat(101) }, /100 characters/],
    ['text', { text: ' \n ' }, /Write the reply/],
    ['text', { text: 'Thank you. '.repeat(400) }, /4000 characters/],
    ['situation', { situation: 's'.repeat(201) }, /200 characters/],
  ])('refuses a bad %s', (field, change, message) => {
    const { errors } = checkTemplate({ ...good, ...change });
    expect(errors).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(settingsAccepts({ ...good, ...change })).toBe(false);
  });

  test('refuses placeholders we cannot fill, naming each once and the ones we can', () => {
    const { errors } = checkTemplate({ ...good, text: 'Call {phone} or {phone}, or write to {email}.' });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe(
      '{phone} and {email} are not placeholders we can fill. Use {practiceName}, {contactName}, {contactPhone} or {contactEmail}.',
    );
    expect(unknownPlaceholders('{practiceName} {contactEmail} {} {Phone}')).toEqual(['{}', '{Phone}']);
  });

  test(`warns past ${ADVISED_MAX_WORDS} words but still allows saving`, () => {
    const text = Array.from({ length: 81 }, (_, i) => `word${i}`).join(' ');
    expect(wordCount(text)).toBe(81);
    const { errors, warnings } = checkTemplate({ ...good, text });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([{ field: 'text', message: expect.stringMatching(/^81 words/) }]);
    expect(checkTemplate({ ...good, text: text.replace(/ word80$/, '') }).warnings).toEqual([]);
  });

  test('refuses a template whose stored item would pass the 8 KB per-item quota', () => {
    // 2,800 characters, but each typographic apostrophe is 3 bytes of UTF-8: within the
    // character limit, over the browser's byte limit.
    const text = '’'.repeat(2800);
    expect(text.length).toBeLessThanOrEqual(4000);
    const { errors } = checkTemplate({ ...good, text });
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/too large for your browser's sync storage \(\d+ of 8192 bytes\)/)]);
  });

  test('stops offering new templates at the settings limit of 50', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ ...good, id: `custom-${i}` }));
    expect(canAddTemplate(many.slice(1))).toBe(true);
    expect(canAddTemplate(many)).toBe(false);
  });
});
