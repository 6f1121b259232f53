import { applySuggestion, isSpanWithin, sameEditorText } from '@/lib/editors/edit';

describe('applySuggestion', () => {
  test('replaces exactly the span, keeping the text around it', () => {
    expect(applySuggestion('Thanks Dana, see you Tuesday.', { start: 7, end: 11 }, 'there')).toBe('Thanks there, see you Tuesday.');
  });

  test('inserts at a caret and deletes with an empty replacement', () => {
    expect(applySuggestion('Call us', { start: 7, end: 7 }, ' today')).toBe('Call us today');
    expect(applySuggestion('your root canal visit', { start: 4, end: 15 }, '')).toBe('your visit');
  });

  test('works across paragraphs and with surrogate pairs before the span', () => {
    expect(applySuggestion('Hi 😀\nDana\nBye', { start: 6, end: 10 }, 'friend')).toBe('Hi 😀\nfriend\nBye');
  });

  test('refuses a span from an older, longer text instead of guessing', () => {
    expect(() => applySuggestion('short', { start: 3, end: 9 }, 'x')).toThrow(RangeError);
    expect(() => applySuggestion('short', { start: 4, end: 2 }, 'x')).toThrow(RangeError);
    expect(() => applySuggestion('short', { start: -1, end: 2 }, 'x')).toThrow(RangeError);
  });
});

describe('isSpanWithin', () => {
  test.each([
    [{ start: 0, end: 0 }, 0, true],
    [{ start: 0, end: 5 }, 5, true],
    [{ start: 2, end: 6 }, 5, false],
    [{ start: 1.5, end: 2 }, 5, false],
  ])('%o in a text of length %i → %s', (span, length, expected) => {
    expect(isSpanWithin(span, length)).toBe(expected);
  });
});

describe('sameEditorText', () => {
  test("treats the browser's non-breaking spaces and CRLF as what the person sees", () => {
    expect(sameEditorText('a\u00a0 b\r\nc', 'a  b\nc')).toBe(true);
    expect(sameEditorText('a b', 'a b ')).toBe(false);
  });
});
