// Digits written as words, alone or mixed with numerals: "five five five", "oh one nine",
// "five5five", "0one9". Phone numbers and ID numbers are spelled out to slip past filters; a
// word counts only when the whole of it reads as digits, so "someone" or "often" never does.
import type { Doc, Span } from '../doc';
import { memoByDoc } from './memo';

const DIGIT_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['oh', 0], ['o', 0],
];

/** The digit words by their first letter (ASCII code), in DIGIT_WORDS order; null for the rest.
 *  Every word of every document is asked whether it spells digits, and most fail on their first
 *  letter: one array read then, instead of twelve startsWith calls. */
const DIGIT_WORDS_BY_FIRST: ReadonlyArray<readonly string[] | null> = (() => {
  const table: Array<string[] | null> = new Array<string[] | null>(128).fill(null);
  for (const [word] of DIGIT_WORDS) (table[word.charCodeAt(0)] ??= []).push(word);
  return table;
})();

/** How many digits the lower-case word `w` spells ("five5five" → 3), or 0 when it is not all digits. */
export function spelledDigitCount(w: string): number {
  let i = 0;
  let n = 0;
  outer: while (i < w.length) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      i++;
      n++;
      continue;
    }
    const words = c < 128 ? DIGIT_WORDS_BY_FIRST[c] : null;
    if (!words) return 0;
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      if (w.startsWith(word, i)) {
        i += word.length;
        n++;
        continue outer;
      }
    }
    return 0;
  }
  return n;
}

/** A word that may start a run of spelled digits: not "o"/"oh" alone, which are everyday words. */
const canStartRun = (lower: string) => lower !== 'o' && lower !== 'oh' && spelledDigitCount(lower) > 0;

export interface DigitRun extends Span {
  digits: number;
  /** At least one digit was spelled as a word (not just numerals). */
  spelled: boolean;
}

/**
 * Runs of words that all spell digits, separated by spaces, commas, dots or dashes ("five five
 * five, zero one nine"), with at least three digits and one of them spelled. Runs of plain
 * numerals only are left to the numeric scanners.
 */
export const findSpelledDigitRuns = memoByDoc((doc: Doc): DigitRun[] => {
  const words = doc.words;
  const out: DigitRun[] = [];
  let i = 0;
  while (i < words.length) {
    if (!canStartRun(words[i]!.lower)) {
      i++;
      continue;
    }
    let digits = 0;
    let spelled = false;
    let j = i;
    while (j < words.length) {
      const w = words[j]!;
      if (j > i && !/^[\s,.-]{1,3}$/.test(doc.norm.slice(words[j - 1]!.end, w.start))) break;
      const n = spelledDigitCount(w.lower);
      if (n === 0) break;
      if (/\D/.test(w.lower)) spelled = true;
      digits += n;
      j++;
    }
    if (spelled && digits >= 3) out.push({ start: words[i]!.start, end: words[j - 1]!.end, digits, spelled });
    i = Math.max(j, i + 1);
  }
  return out;
});
