// One normalised view of the text that every rule reads, with a map back to the original.
// Normalising once (instead of in each rule) is what keeps analyze() linear and lets rules
// see "５５５" and "5​5​5" (zero-width spaces) as the digits staff meant to hide.
import type { AnalyzeOptions, Context, PracticeProfile, Site } from './types';

export interface Span {
  start: number;
  end: number;
}

/** A word of `norm`: letters and digits, with one inner apostrophe ("son's", "o'brien"). */
export interface Word extends Span {
  /** As written in `norm`. */
  readonly text: string;
  /** Lower-cased. */
  readonly lower: string;
  /** Lower-cased without a possessive 's ("son's" → "son"): the form lexicons are keyed by. */
  readonly base: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Index of the sentence (in `sentences`) the word stands in. */
  readonly sentence: number;
}

export interface Doc {
  /** The text as given. */
  readonly original: string;
  /** Normalised text: invisible characters removed, look-alikes folded to ASCII. */
  readonly norm: string;
  /** `norm` lower-cased, same length as `norm` (index i in one is index i in the other). */
  readonly lower: string;
  readonly context: Context;
  readonly site: Site | undefined;
  readonly profile: PracticeProfile;
  readonly watchWords: readonly string[];
  /** Sentence spans in `norm` offsets (split on . ! ? followed by space, and on newlines). */
  readonly sentences: readonly Span[];
  /** Words of `norm` in order (built on first use, then shared by every rule). */
  readonly words: readonly Word[];
  /** Original offsets of a span given in `norm` offsets (end exclusive). */
  toOriginal(span: Span): Span;
}

// Characters that render as nothing but break up words and digits: zero-width space/joiners,
// word joiner, BOM, soft hyphen, Mongolian vowel separator, bidi marks and embeddings.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

function foldChar(code: number): string | null {
  // Fullwidth ASCII forms (Ｊｏｈｎ, ５５５) → ASCII.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  // Arabic-Indic and extended Arabic-Indic digits → ASCII digits.
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  switch (code) {
    case 0x00a0: // no-break space
    case 0x2007:
    case 0x202f:
    case 0x3000: // ideographic space
    case 0x2002:
    case 0x2003:
    case 0x2009:
      return ' ';
    case 0x2018:
    case 0x2019:
    case 0x02bc:
    case 0xff07:
      return "'";
    case 0x201c:
    case 0x201d:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return '-';
    case 0x2024: // one dot leader
      return '.';
    default:
      return null;
  }
}

export function buildDoc(text: string, options: AnalyzeOptions = {}): Doc {
  const len = text.length;
  const normParts: string[] = [];
  const lowerParts: string[] = [];
  const map = new Int32Array(len + 1);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const code = text.charCodeAt(i);
    let ch: string;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A valid pair (emoji, rare scripts): keep both units, mapped one to one.
        normParts.push(text[i]!, text[i + 1]!);
        lowerParts.push(text[i]!, text[i + 1]!);
        map[n++] = i;
        map[n++] = i + 1;
        i++;
        continue;
      }
      ch = '\uFFFD'; // lone high surrogate
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      ch = '\uFFFD'; // lone low surrogate
    } else {
      const c = text[i]!;
      if (code >= 0x80 && INVISIBLE.test(c)) continue;
      ch = foldChar(code) ?? c;
    }
    normParts.push(ch);
    const low = ch.toLowerCase();
    // Keep `lower` aligned with `norm`: a few characters lower-case to two units (İ).
    lowerParts.push(low.length === 1 ? low : ch);
    map[n++] = i;
  }
  map[n] = len;
  const norm = normParts.join('');
  const lower = lowerParts.join('');
  const offsets = map.subarray(0, n + 1);

  let sentences: Span[] | undefined;
  let words: Word[] | undefined;
  return {
    original: text,
    norm,
    lower,
    context: options.context ?? 'post',
    site: options.site,
    profile: options.profile ?? {},
    watchWords: options.watchWords ?? [],
    get sentences() {
      sentences ??= splitSentences(norm);
      return sentences;
    },
    get words() {
      sentences ??= splitSentences(norm);
      words ??= splitWords(norm, lower, sentences);
      return words;
    },
    toOriginal({ start, end }) {
      const s = offsets[Math.max(0, Math.min(start, n))]!;
      const e = end <= start ? s : offsets[Math.min(end, n) - 1]! + 1;
      return { start: s, end: e };
    },
  };
}

// Words before which a full stop does not end a sentence: titles and common abbreviations.
// Without this "Mrs. Patel had surgery" would split between the title and the name.
const NO_BREAK_AFTER = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'sr', 'jr', 'prof', 'vs', 'etc', 'e.g', 'i.e', 'pt', 'apt', 'no', 'ste',
  'ave', 'rd', 'blvd', 'a.m', 'p.m', 'sra', 'srta', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx',
]);

// A hand-written scanner, not a regex: a run of punctuation followed by a non-space would make
// a regex retry the run from every position (quadratic on "!!!…!a").
function splitSentences(norm: string): Span[] {
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

const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{M}]+)?/gu;

function splitWords(norm: string, lower: string, sentences: readonly Span[]): Word[] {
  const words: Word[] = [];
  let s = 0;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(norm); m; m = WORD_RE.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    while (s < sentences.length - 1 && sentences[s]!.end <= start) s++;
    const low = lower.slice(start, end);
    const first = m[0].charCodeAt(0);
    words.push({
      start,
      end,
      text: m[0],
      lower: low,
      base: low.endsWith("'s") ? low.slice(0, -2) : low,
      cap: first !== low.charCodeAt(0),
      sentence: s,
    });
  }
  return words;
}
