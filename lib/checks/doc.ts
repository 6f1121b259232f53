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
  /**
   * `compute(this)`, worked out once per document and kept with it (see detectors/memo.ts).
   * `key` names the computation; use the same key (the compute function itself) every time.
   */
  memo<T>(key: object, compute: (doc: Doc) => T): T;
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

// Characters buildDoc may change: invisible ones, look-alikes to fold, surrogates to check. Text
// without any of them (most posts) is used as is, with no per-character work or allocation.
const SPECIAL = /[\u00A0\u00AD\u02BC\u0660-\u0669\u06F0-\u06F9\u180E\u2000-\u206F\u2212\u3000\uD800-\uDFFF\uFEFF\uFF01-\uFF5E]/g;

export function buildDoc(text: string, options: AnalyzeOptions = {}): Doc {
  // The offset map is kept as segments: from norm index `normStarts[k]` on, norm index n is
  // original index `origStarts[k] + (n - normStarts[k])`. Only a removed character starts a
  // new segment, so the map stays tiny.
  const normStarts: number[] = [0];
  const origStarts: number[] = [0];
  const parts: string[] = [];
  let last = 0; // original index up to which text is copied into `parts`
  let n = 0; // norm length so far, up to `last`
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) {
    const i = m.index;
    const code = text.charCodeAt(i);
    let replacement: string | null;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        SPECIAL.lastIndex = i + 2; // a valid pair (emoji, rare scripts): kept as is
        continue;
      }
      replacement = '\uFFFD'; // lone high surrogate
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      replacement = '\uFFFD'; // lone low surrogate
    } else if (INVISIBLE.test(m[0])) {
      replacement = '';
    } else {
      replacement = foldChar(code);
      if (replacement === null) continue;
    }
    parts.push(text.slice(last, i), replacement);
    n += i - last + replacement.length;
    last = i + 1;
    if (replacement.length === 0) {
      normStarts.push(n);
      origStarts.push(last);
    }
  }
  const norm = last === 0 ? text : (parts.push(text.slice(last)), parts.join(''));
  const lowered = norm.toLowerCase();
  const lower = lowered.length === norm.length ? lowered : lowerAligned(norm);
  return new NormalisedDoc(text, norm, lower, options, normStarts, origStarts);
}

/** One shared empty profile: what is derived from a profile is cached per profile object. */
const NO_PROFILE: PracticeProfile = Object.freeze({});

/** Stands for a memo whose value is undefined (an empty slot reads as undefined). */
const NO_VALUE = Symbol('no value');

/** Whether `doc` keeps memos in numbered slots (documents made by buildDoc do). */
export function hasMemoSlots(doc: Doc): doc is Doc & { memoAt<T>(slot: number, compute: (doc: Doc) => T): T } {
  return doc instanceof NormalisedDoc;
}

// A class rather than an object literal with closures: the words, sentences and memos it
// computes on first use live in its fields, and die with it. Kept in a closure's context (or in
// module-level WeakMaps keyed by the document), V8's scavenger kept every word of every past
// document alive until a full collection, and building the words cost 3–6× more (measured with
// `--single-threaded-gc`: 9.7 ms against 1.5 ms on 63,206 characters).
class NormalisedDoc implements Doc {
  readonly context: Context;
  readonly site: Site | undefined;
  readonly profile: PracticeProfile;
  readonly watchWords: readonly string[];
  private sentenceSpans: Span[] | undefined;
  private wordList: Word[] | undefined;
  private memos: Map<object, unknown> | undefined;
  private slots: unknown[] | undefined;

  constructor(
    readonly original: string,
    readonly norm: string,
    readonly lower: string,
    options: AnalyzeOptions,
    /** From norm index `normStarts[k]` on, norm index n is original `origStarts[k] + (n - normStarts[k])`. */
    private readonly normStarts: readonly number[],
    private readonly origStarts: readonly number[],
  ) {
    this.context = options.context ?? 'post';
    this.site = options.site;
    this.profile = options.profile ?? NO_PROFILE;
    this.watchWords = options.watchWords ?? [];
  }

  get sentences(): readonly Span[] {
    this.sentenceSpans ??= splitSentences(this.norm);
    return this.sentenceSpans;
  }

  get words(): readonly Word[] {
    this.wordList ??= splitWords(this.norm, this.lower, this.sentences);
    return this.wordList;
  }

  memo<T>(key: object, compute: (doc: Doc) => T): T {
    this.memos ??= new Map();
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute(this);
    this.memos.set(key, value);
    return value;
  }

  /** `memo` by a number handed out once per computation (memoByDoc): an array read instead of
   *  two Map lookups, for the hundred-odd memo reads of every call. */
  memoAt<T>(slot: number, compute: (doc: Doc) => T): T {
    const values = (this.slots ??= []);
    const v = values[slot];
    if (v !== undefined) return (v === NO_VALUE ? undefined : v) as T;
    const value = compute(this);
    values[slot] = value === undefined ? NO_VALUE : value;
    return value;
  }

  toOriginal({ start, end }: Span): Span {
    const n = this.norm.length;
    const s = start >= n ? this.original.length : this.toOrig(Math.max(0, start));
    const e = end <= start ? s : this.toOrig(Math.min(end, n) - 1) + 1;
    return { start: s, end: e };
  }

  private toOrig(i: number): number {
    const { normStarts, origStarts } = this;
    let lo = 0;
    let hi = normStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (normStarts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return origStarts[lo]! + (i - normStarts[lo]!);
  }
}

/** Lower-case one character at a time, keeping any that would grow (İ → i̇) as they are, so
 *  index i of the result is index i of `norm`. */
function lowerAligned(norm: string): string {
  let out = '';
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i]!;
    const low = c.toLowerCase();
    out += low.length === 1 ? low : c;
  }
  return out;
}

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
function splitWords(norm: string, lower: string, sentences: readonly Span[]): Word[] {
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
