// Sentence spans of the normalised text: split on . ! ? followed by a space, and on newlines,
// but not after a title, an initial or a common abbreviation.
import type { Span } from '../doc';

// Words before which a full stop does not end a sentence: titles and common abbreviations.
// Without this "Mrs. Patel had surgery" would split between the title and the name.
const NO_BREAK_AFTER = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'sr', 'jr', 'prof', 'vs', 'etc', 'e.g', 'i.e', 'pt', 'apt', 'no', 'ste',
  'ave', 'rd', 'blvd', 'a.m', 'p.m', 'sra', 'srta', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx',
  // Ranks and callings before a name: "Sgt. Miller", "Rev. Adams".
  'sgt', 'cpl', 'lt', 'capt', 'col', 'maj', 'rev', 'gen',
]);

// A hand-written scanner, not a regex: a run of punctuation followed by a non-space would make
// a regex retry the run from every position (quadratic on "!!!…!a").
export function splitSentences(norm: string): Span[] {
  const spans: Span[] = [];
  const len = norm.length;
  let start = 0;
  let i = 0;
  while (i < len) {
    const c = norm.charCodeAt(i);
    if (c === 10 /* \n */) {
      let j = i;
      while (j < len && norm.charCodeAt(j) === 10) j++;
      if (j > start) spans.push({ start, end: j });
      start = i = j;
      continue;
    }
    if (c === 46 || c === 33 || c === 63 /* . ! ? */) {
      let j = i;
      while (j < len && isEndPunct(norm.charCodeAt(j))) j++;
      const next = j < len ? norm.charCodeAt(j) : -1;
      if (next === 10) {
        while (j < len && norm.charCodeAt(j) === 10) j++;
        spans.push({ start, end: j });
        start = i = j;
        continue;
      }
      if ((next === -1 || next === 32 || next === 9 || next === 13) && !(c === 46 && j === i + 1 && isAbbreviation(norm, i))) {
        spans.push({ start, end: j });
        start = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  if (start < len) spans.push({ start, end: len });
  return spans;
}

const isEndPunct = (c: number) => c === 46 || c === 33 || c === 63;

/** Is the full stop at `dot` the end of a title or abbreviation ("Dr.", "Mrs.", "F.")? */
function isAbbreviation(norm: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && k > dot - 6 && isLetterOrDot(norm.charCodeAt(k - 1))) k--;
  const word = norm.slice(k, dot).toLowerCase();
  if (word.length === 1) return /[a-z]/.test(word); // an initial: "Lorenzo F. came in"
  return NO_BREAK_AFTER.has(word);
}

const isLetterOrDot = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
