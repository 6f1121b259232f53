// The words of the normalised text, each with its lower-case and lexicon (base) form and the
// sentence it stands in.
import type { Span, Word } from '../doc';

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Letter, digit or combining mark. ASCII is decided by code; the rest by a Unicode class. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return NON_ASCII_WORD_CHAR.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return NON_ASCII_WORD_CHAR.test(text[i]!);
}

/** Width in UTF-16 units of the character at i (2 for a surrogate pair). */
const charWidth = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
};

// Words are runs of letters, digits and marks, with one inner apostrophe allowed ("son's",
// "o'brien"). A hand-written scan: the Unicode-class regex it replaces cost a third of analyze().
export function splitWords(norm: string, lower: string, sentences: readonly Span[]): Word[] {
  const words: Word[] = [];
  const len = norm.length;
  let s = 0;
  let i = 0;
  while (i < len) {
    // ASCII is decided inline; only other characters go through isWordChar.
    const c = norm.charCodeAt(i);
    if (c < 128 ? !isAsciiAlnum(c) : !isWordChar(norm, i)) {
      i++;
      continue;
    }
    const start = i;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    while (i < len) {
      const d = norm.charCodeAt(i);
      if (d < 128) {
        if (!isAsciiAlnum(d)) break;
        i++;
      } else {
        if (!isWordChar(norm, i)) break;
        i += charWidth(norm, i);
      }
    }
    if (norm.charCodeAt(i) === 39 /* ' */ && i + 1 < len && isWordChar(norm, i + 1) && norm.charCodeAt(i + 1) > 64) {
      let j = i + 1;
      while (j < len && isWordChar(norm, j) && !isDigitCode(norm.charCodeAt(j))) j += charWidth(norm, j);
      i = j;
    }
    const end = i;
    while (s < sentences.length - 1 && sentences[s]!.end <= start) s++;
    const low = lower.slice(start, end);
    const possessive = end - start >= 2 && lower.charCodeAt(end - 1) === 115 /* s */ && lower.charCodeAt(end - 2) === 39; /* ' */
    words.push(new DocWord(norm, start, end, low, possessive ? low.slice(0, -2) : low, norm.charCodeAt(start) !== lower.charCodeAt(start), s));
  }
  return words;
}

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

const isDigitCode = (c: number) => c >= 48 && c <= 57;

// A class (one hidden shape for every word) with the as-written text sliced only when asked:
// most words are only ever looked up by their lower-case form, and fewer strings per word
// means less garbage to collect on every keystroke.
class DocWord implements Word {
  constructor(
    private readonly norm: string,
    readonly start: number,
    readonly end: number,
    readonly lower: string,
    readonly base: string,
    readonly cap: boolean,
    readonly sentence: number,
  ) {}

  get text(): string {
    return this.norm.slice(this.start, this.end);
  }
}
