import { buildDoc } from './doc';

describe('buildDoc', () => {
  test.each([
    ['zero-width characters are removed', 'Ma\u200Bria', 'Maria'],
    ['fullwidth digits become ASCII', '５５５-０１４２', '555-0142'],
    ['Arabic-Indic digits become ASCII', '٥٥٥', '555'],
    ['curly apostrophes become straight', 'son’s', "son's"],
    ['no-break spaces become spaces', 'Dr.\u00A0Ruiz', 'Dr. Ruiz'],
    ['dashes become hyphens', '555–0142', '555-0142'],
    ['bidi marks are removed', '\u202Bשלום\u202C', 'שלום'],
    ['emoji pairs are kept', 'ok 💪', 'ok 💪'],
    ['a lone surrogate becomes U+FFFD', 'a\uD800b', 'a\uFFFDb'],
    ['keycap digits become digits', '5\uFE0F\u20E34\u20E3-1\uFE0E\u20E3', '54-1'],
    ['a keycap that is no digit stays', '#\uFE0F\u20E3 *\uFE0F\u20E3', '#\uFE0F\u20E3 *\uFE0F\u20E3'],
    ['superscript and subscript digits become digits', '⁵⁴¹-¹²³ ₀₉', '541-123 09'],
    ['circled and dingbat digits become digits', '⓪①⑨ ⑴⓹❺➄➎ ⓿', '019 15555 0'],
    ['mathematical and segmented digits become digits', '𝟎𝟗 𝟘𝟡 𝟢𝟫 𝟬𝟵 𝟶𝟿 🯰🯹', '09 09 09 09 09 09'],
    ['one or two small digits after a letter stay (footnote, unit, formula)', 'Dr. Lee¹ m² H₂O x¹²', 'Dr. Lee¹ m² H₂O x¹²'],
    ['three small digits after a letter are a number', 'XJH⁴⁴⁸', 'XJH448'],
    ['mathematical letters are not digits', '𝐀𝐁 𝟓', '𝐀𝐁 5'],
  ])('%s', (_name, text, norm) => {
    expect(buildDoc(text).norm).toBe(norm);
  });

  test('lower stays aligned with norm even where lower-casing grows a character', () => {
    const doc = buildDoc('İstanbul ABC');
    expect(doc.lower.length).toBe(doc.norm.length);
    expect(doc.lower.endsWith('abc')).toBe(true);
  });

  test('maps spans in the normalised text back to the original', () => {
    const text = 'Call 5\u200B5\u200B5-０１４２ now';
    const doc = buildDoc(text);
    const start = doc.norm.indexOf('555');
    const span = doc.toOriginal({ start, end: start + '555-0142'.length });
    expect(text.slice(span.start, span.end)).toBe('5\u200B5\u200B5-０１４２');
  });

  // A finding on a folded number must cover every unit of what was written: the variation
  // selector and keycap mark of "5️⃣", both halves of "𝟓", and nothing of a neighbouring
  // invisible character.
  test.each([
    ['keycaps', 'Call 5\uFE0F\u20E34\u20E31\uFE0F\u20E3 now', '541', '5\uFE0F\u20E34\u20E31\uFE0F\u20E3'],
    ['mathematical digits', 'Call 𝟓𝟒𝟏 now', '541', '𝟓𝟒𝟏'],
    ['a keycap then a zero-width space', 'Call 5\uFE0F\u20E3\u200B4\u20E3\u200B now', '54', '5\uFE0F\u20E3\u200B4\u20E3'],
    ['mixed forms', '⁵𝟒1\uFE0F\u20E3②', '5412', '⁵𝟒1\uFE0F\u20E3②'],
    ['a number ending the text', 'x 𝟓𝟒', '54', '𝟓𝟒'],
    ['a number starting the text', '\u200B5\uFE0F\u20E34 x', '54', '5\uFE0F\u20E34'],
  ])('maps a folded number back to the whole original: %s', (_name, text, folded, original) => {
    const doc = buildDoc(text);
    const start = doc.norm.indexOf(folded);
    expect(start).toBeGreaterThanOrEqual(0);
    const span = doc.toOriginal({ start, end: start + folded.length });
    expect(text.slice(span.start, span.end)).toBe(original);
    // each single digit maps to its own original character, and spans after it stay right
    const after = doc.toOriginal({ start: doc.norm.length - 1, end: doc.norm.length });
    expect(after.end).toBe(text.length);
  });

  test('splits sentences on end punctuation and newlines', () => {
    const doc = buildDoc('Thanks. We care!\nCall us');
    expect(doc.sentences.map((s) => doc.norm.slice(s.start, s.end).trim())).toEqual(['Thanks.', 'We care!', 'Call us']);
  });

  test.each([
    ['Mrs. Patel had surgery. She is fine.', ['Mrs. Patel had surgery.', 'She is fine.']],
    ['Sgt. Miller and Rev. Adams came by. Thanks!', ['Sgt. Miller and Rev. Adams came by.', 'Thanks!']],
    ['pt Lorenzo F. came in. All good.', ['pt Lorenzo F. came in.', 'All good.']],
    ['We open at 8 a.m. on Monday. See you.', ['We open at 8 a.m. on Monday.', 'See you.']],
    ['It was great. Dr. Greene agrees.', ['It was great.', 'Dr. Greene agrees.']],
  ])('a title, initial or abbreviation does not end a sentence: %j', (text, expected) => {
    const doc = buildDoc(text);
    expect(doc.sentences.map((s) => doc.norm.slice(s.start, s.end).trim())).toEqual(expected);
  });

  test.each([
    ["Emma's crown", ["Emma's:emma's:emma:cap", 'crown:crown:crown:']],
    ['O\'Brien said hi', ["O'Brien:o'brien:o'brien:cap", 'said:said:said:', 'hi:hi:hi:']],
    ['Zoë и Ёлка 42nd', ['Zoë:zoë:zoë:cap', 'и:и:и:', 'Ёлка:ёлка:ёлка:cap', '42nd:42nd:42nd:']],
    ['jess_runs 𝐀bc 5\'s', ['jess:jess:jess:', 'runs:runs:runs:', '𝐀bc:𝐀bc:𝐀bc:', "5's:5's:5:"]],
  ])('words of %j: text, lower, base, capital', (text, expected) => {
    expect(buildDoc(text).words.map((w) => `${w.text}:${w.lower}:${w.base}:${w.cap ? 'cap' : ''}`)).toEqual(expected);
  });
});
