// A number written across words, in any disguise: dashes, dots, spaces between single digits,
// letters mixed in, short capital prefixes ("OR DL"), digits spelled out ("zero seven eight").
import type { Doc, Span, Word } from '../doc';
import { spelledDigitCount } from './spelled-digits';

const GAP_INSIDE = /^(?:[ \t]{1,2}|[ \t]?[-./][ \t]?|[-./]{1,2})$/; // inside a number: "0 0 7 - 4 4 1", "CLM-2024", "S/N"

/** The number starting at word k: words with digits (or spelled digits) and short capital
 *  prefixes ("OR DL", "PA", "CLM"), joined by spaces, dashes, dots or slashes. */
export function collectNumber(doc: Doc, words: readonly Word[], k: number, sentence: number): (Span & { lastWord: number; digits: number }) | undefined {
  let digits = 0;
  let first = -1;
  let last = -1;
  for (let j = k; j < words.length && j < k + 24; j++) {
    const w = words[j]!;
    if (j > k) {
      const inner = doc.norm.slice(words[j - 1]!.end, w.start);
      // A comma only joins digits spelled as words: "zero seven eight, zero five, …".
      const spelledPair = /^, ?$/.test(inner) && /^[a-z]+$/.test(words[j - 1]!.lower) && /^[a-z]+$/.test(w.lower);
      if (w.sentence !== sentence || !(GAP_INSIDE.test(inner) || spelledPair)) break;
    }
    const d = countDigits(w);
    if (d > 0) {
      digits += d;
      if (first === -1) first = j;
      last = j;
      continue;
    }
    // A short code in capitals before or between digits: "OR DL 4829173", "MMT-1780 S/N NG44…".
    if (w.text.length <= 4 && w.text === w.text.toUpperCase() && /^[A-Za-z]+$/.test(w.text) && j + 1 < words.length) {
      if (first === -1) first = j;
      continue;
    }
    break;
  }
  if (first === -1 || last === -1) return undefined;
  return { start: words[first]!.start, end: words[last]!.end, lastWord: last, digits };
}

/** Digits a word stands for: numerals and letters mixed ("XJK449", "4ZT991") or spelled digits. */
function countDigits(w: Word): number {
  let n = 0;
  for (let c = 0; c < w.lower.length; c++) {
    const code = w.lower.charCodeAt(c);
    if (code >= 48 && code <= 57) n++;
  }
  if (n > 0) return n;
  const spelled = spelledDigitCount(w.lower);
  // "one" or "four" alone is a count, not part of a number; a run of them is ("zero seven eight").
  return spelled > 1 || (spelled === 1 && w.lower !== 'o' && w.lower !== 'oh') ? spelled : 0;
}

/** Does word k start the number itself ("four" in "ending four four seven one")? */
export function looksLikeNumberStart(doc: Doc, words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  if (/\d/.test(w.lower)) return true;
  const next = words[k + 1];
  return spelledDigitCount(w.lower) > 0 && !!next && spelledDigitCount(next.lower) > 0 && next.sentence === w.sentence &&
    /^[\s,.-]{1,3}$/.test(doc.norm.slice(w.end, next.start)) && !(w.lower === 'four' && words[k - 1]?.lower === 'last');
}
