// A regular expression's source as first-words.ts reads it: atoms (character tests, groups,
// assertions) and what a character class can match, worked out once when it is parsed.

export type CharTest = (c: number) => boolean;

/** What a character class can match, worked out once when it is parsed. */
interface CharsKind {
  /** Some letter or digit. */
  alnum: boolean;
  /** Letters and digits only. */
  onlyAlnum: boolean;
  /** Digits only. */
  onlyDigits: boolean;
}

function charsKind(test: CharTest, literal: number | null): CharsKind {
  if (literal !== null) {
    const alnum = isAlnum(literal);
    return { alnum, onlyAlnum: alnum, onlyDigits: isDigit(literal) };
  }
  const onlyAlnumChars = onlyAlnum(test);
  return { alnum: anyAlnum(test), onlyAlnum: onlyAlnumChars, onlyDigits: onlyAlnumChars && onlyDigits(test) };
}

export const chars = (test: CharTest, literal: number | null): Atom => ({ kind: 'chars', test, literal, min: 1, max: 1, is: charsKind(test, literal) });

export type Atom =
  | { kind: 'chars'; test: CharTest; literal: number | null; min: number; max: number; is: CharsKind }
  | { kind: 'group'; alts: Atom[][]; min: number; max: number }
  | { kind: 'wordBoundary' }
  | { kind: 'end' }
  | { kind: 'skip' } // an assertion that only narrows the match (look-arounds, ^, \B)
  | { kind: 'unknown' }; // a back-reference or anything not parsed

export const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isWordChar = (c: number) => isAlnum(c) || (c >= 65 && c <= 90) || c === 95;
export const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
export const ANY: CharTest = () => true;

// Class tests. Beyond Latin-1 and Latin Extended-A, a few samples stand for the rest: the
// classes in these patterns are ASCII ranges, escapes (\s, \w) or negations of them.
const SAMPLES = [0x2019, 0x2028, 0x202f, 0x3000, 0x4e00, 0xd800, 0xfeff, 0xfffd, 0xffff];
function anyAlnum(test: CharTest): boolean {
  for (let c = 48; c <= 57; c++) if (test(c)) return true;
  for (let c = 97; c <= 122; c++) if (test(c)) return true;
  return false;
}
function onlyAlnum(test: CharTest): boolean {
  for (let c = 0; c < 0x180; c++) if (!isAlnum(c) && test(c)) return false;
  return !SAMPLES.some(test);
}
function onlyDigits(test: CharTest): boolean {
  for (let c = 97; c <= 122; c++) if (test(c)) return false;
  return onlyAlnum(test);
}
