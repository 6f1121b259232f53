import { firstWords } from './first-words';

const words = (source: string) => {
  const f = firstWords(source);
  return { words: [...f.words].sort(), digit: f.digit, anyWord: f.anyWord, marks: [...f.marks].map((c) => String.fromCharCode(c)), unsupported: f.unsupported };
};

describe('firstWords: the words a match can begin with', () => {
  test.each([
    [String.raw`\b(?:our|the|my) (?:[a-z-]{2,12} )?records? show\b`, ['my', 'our', 'the']],
    [String.raw`\brecords?\b`, ['record', 'records']],
    [String.raw`\bx-?rays?\b`, ['x', 'xray', 'xrays']],
    [String.raw`\b(?:don't|do not) (?:come|return)\b`, ['do', 'don']],
    [String.raw`\bcelebrat(?:es|ed|ing) (?:her|his)\b`, ['celebrated', 'celebrates', 'celebrating']],
    [String.raw`\b(?:(?:this|last) )?(?:monday|tues)\b`, ['last', 'monday', 'this', 'tues']],
    [String.raw`\bon file\b|\bas your (?:number|email)\b`, ['as', 'on']],
    [String.raw`\byou(?:'re| are) here$`, ['you']],
    [String.raw`\bsaw you$`, ['saw']],
  ])('%s', (source, expected) => {
    expect(words(source)).toEqual({ words: expected, digit: false, anyWord: false, marks: [], unsupported: false });
  });

  test('a match that can start with a digit is tried at every word that does', () => {
    expect(words(String.raw`\b(?:0?[1-9]|1[0-2])\/\d{1,2}\b`)).toMatchObject({ words: [], digit: true, unsupported: false });
    expect(words(String.raw`\b(?:\d{1,3}|a few|two) days ago\b`)).toMatchObject({ words: ['a', 'two'], digit: true, unsupported: false });
  });

  test('a first word that cannot be listed makes the pattern a candidate at every word', () => {
    expect(words(String.raw`\b[a-z]{2,20} clinic\b`)).toMatchObject({ anyWord: true, unsupported: false });
    expect(words(String.raw`\bre\w{0,3} free\b`)).toMatchObject({ anyWord: true, unsupported: false });
    // no \b after the word: "pre" also starts "prefix"
    expect(words(String.raw`\bpre`)).toMatchObject({ anyWord: true, unsupported: false });
  });

  test("a match can start with a mark right after a word (\"'s\")", () => {
    expect(words(String.raw`(?:\b(?:is|was)|'s|'re) 9\d\b`)).toEqual({ words: ['is', 'was'], digit: false, anyWord: false, marks: ["'"], unsupported: false });
  });

  test.each([
    String.raw`\b[,.]x`, // a first character that is no letter or digit, and no single one
    String.raw`\b(?:a)?`, // can match nothing
    String.raw`\b.{2}x`,
    String.raw`\bx{5,}y`,
    String.raw`\b[\p{L}]x`,
    String.raw`(?:\s|x)y`,
  ])('unsupported: %s', (source) => {
    expect(firstWords(source).unsupported).toBe(true);
  });
});
